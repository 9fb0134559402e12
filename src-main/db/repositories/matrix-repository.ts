import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type {
  MatrixAcceptedWarningTable,
  MatrixCellTable,
  MatrixColumnTable,
  MatrixTable,
  MatrixTaskTable,
  MatrixVersionTable,
} from '../schema.js';

/** Reads of matrices, their versions and a version's rows, columns, cells and accepted warnings. */

export type MatrixRow = Selectable<MatrixTable>;
export type MatrixVersionRow = Selectable<MatrixVersionTable>;
export type MatrixTaskRow = Selectable<MatrixTaskTable>;
export type MatrixColumnRow = Selectable<MatrixColumnTable>;
export type MatrixCellRow = Selectable<MatrixCellTable>;
export type AcceptedWarningRow = Selectable<MatrixAcceptedWarningTable>;

export async function findMatrixRow(db: Queryable, id: string): Promise<MatrixRow | undefined> {
  return db.selectFrom('matrix').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMatrixRows(db: Queryable, filter: { includeArchived?: boolean; processId?: string }): Promise<MatrixRow[]> {
  let query = db.selectFrom('matrix').selectAll();
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  if (filter.processId) query = query.where('process_id', '=', filter.processId);
  return query.orderBy('id').execute();
}

export async function findVersionRow(db: Queryable, id: string): Promise<MatrixVersionRow | undefined> {
  return db.selectFrom('matrix_version').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first. */
export async function findVersionRows(db: Queryable, matrixIds: readonly string[]): Promise<MatrixVersionRow[]> {
  if (matrixIds.length === 0) return [];
  return db.selectFrom('matrix_version').selectAll().where('matrix_id', 'in', matrixIds).orderBy('number', 'desc').execute();
}

/** In row order. */
export async function findTaskRows(db: Queryable, versionId: string): Promise<MatrixTaskRow[]> {
  return db.selectFrom('matrix_task').selectAll().where('version_id', '=', versionId).orderBy('sort_order').orderBy('id').execute();
}

/** In column order. */
export async function findColumnRows(db: Queryable, versionId: string): Promise<MatrixColumnRow[]> {
  return db.selectFrom('matrix_column').selectAll().where('version_id', '=', versionId).orderBy('sort_order').orderBy('actor_id').execute();
}

export async function findCellRows(db: Queryable, versionId: string): Promise<MatrixCellRow[]> {
  return db.selectFrom('matrix_cell').selectAll().where('version_id', '=', versionId).orderBy('task_id').orderBy('actor_id').execute();
}

export async function findAcceptedWarningRows(db: Queryable, versionId: string): Promise<AcceptedWarningRow[]> {
  return db.selectFrom('matrix_accepted_warning').selectAll().where('version_id', '=', versionId).orderBy('id').execute();
}

/** How many rows and columns each version has (for lists). */
export async function countTasksAndColumns(db: Queryable, versionIds: readonly string[]): Promise<Map<string, { tasks: number; columns: number }>> {
  const counts = new Map<string, { tasks: number; columns: number }>(versionIds.map((id) => [id, { tasks: 0, columns: 0 }]));
  if (versionIds.length === 0) return counts;
  const [tasks, columns] = await Promise.all([
    db
      .selectFrom('matrix_task')
      .select(['version_id', db.fn.countAll<number>().as('count')])
      .where('version_id', 'in', versionIds)
      .groupBy('version_id')
      .execute(),
    db
      .selectFrom('matrix_column')
      .select(['version_id', db.fn.countAll<number>().as('count')])
      .where('version_id', 'in', versionIds)
      .groupBy('version_id')
      .execute(),
  ]);
  for (const row of tasks) counts.get(row.version_id)!.tasks = Number(row.count);
  for (const row of columns) counts.get(row.version_id)!.columns = Number(row.count);
  return counts;
}
