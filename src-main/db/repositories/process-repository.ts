import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { ProcessEdgeTable, ProcessGroupTable, ProcessNodeTable, ProcessTable, ProcessTargetGroupTable } from '../schema.js';

/** Reads of process groups, processes, their target groups, nodes and edges. Writes live in the domain. */

export type ProcessGroupRow = Selectable<ProcessGroupTable>;
export type ProcessRow = Selectable<ProcessTable>;
export type TargetGroupRow = Selectable<ProcessTargetGroupTable>;
export type ProcessNodeRow = Selectable<ProcessNodeTable>;
export type ProcessEdgeRow = Selectable<ProcessEdgeTable>;

export async function findProcessGroupRows(db: Queryable): Promise<ProcessGroupRow[]> {
  return db.selectFrom('process_group').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export async function findProcessGroupRow(db: Queryable, id: string): Promise<ProcessGroupRow | undefined> {
  return db.selectFrom('process_group').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProcessRows(db: Queryable, filter: { includeArchived?: boolean; groupId?: string | null } = {}): Promise<ProcessRow[]> {
  let query = db.selectFrom('process').selectAll();
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  if (filter.groupId !== undefined) query = filter.groupId === null ? query.where('group_id', 'is', null) : query.where('group_id', '=', filter.groupId);
  return query.orderBy('sort_order').orderBy('id').execute();
}

export async function findProcessRow(db: Queryable, id: string): Promise<ProcessRow | undefined> {
  return db.selectFrom('process').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTargetGroupRows(db: Queryable, processId: string): Promise<TargetGroupRow[]> {
  return db.selectFrom('process_target_group').selectAll().where('process_id', '=', processId).orderBy('sort_order').orderBy('id').execute();
}

export async function findTargetGroupRow(db: Queryable, id: string): Promise<TargetGroupRow | undefined> {
  return db.selectFrom('process_target_group').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A process's nodes in list order; deleted ones only when asked (they wait for a possible undo). */
export async function findNodeRows(db: Queryable, processId: string, options: { includeDeleted?: boolean } = {}): Promise<ProcessNodeRow[]> {
  let query = db.selectFrom('process_node').selectAll().where('process_id', '=', processId);
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  return query.orderBy('sort_order').orderBy('id').execute();
}

export async function findNodeRow(db: Queryable, id: string): Promise<ProcessNodeRow | undefined> {
  return db.selectFrom('process_node').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findEdgeRows(db: Queryable, processId: string): Promise<ProcessEdgeRow[]> {
  return db.selectFrom('process_edge').selectAll().where('process_id', '=', processId).orderBy('sort_order').orderBy('id').execute();
}

export async function findEdgeRow(db: Queryable, id: string): Promise<ProcessEdgeRow | undefined> {
  return db.selectFrom('process_edge').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Removes arrows by id; none given, nothing is asked of the database. */
export async function deleteEdgeRows(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('process_edge').where('id', 'in', ids).execute();
}

/** Steps (kind `step`, not deleted) per process, for the process map. */
export async function countStepsByProcess(db: Queryable): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('process_node')
    .select(['process_id', db.fn.countAll<number>().as('count')])
    .where('kind', '=', 'step')
    .where('deleted_at', 'is', null)
    .groupBy('process_id')
    .execute();
  return new Map(rows.map((row) => [row.process_id, Number(row.count)]));
}

/** The responsibility matrices made of a process. */
export async function findMatrixRowsOfProcess(db: Queryable, processId: string) {
  return db
    .selectFrom('matrix')
    .select(['id', 'name_fi', 'name_sv', 'name_en'])
    .where('process_id', '=', processId)
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** The latest change-log entry of one operation on one row (e.g. the delete an undo reverses). */
export async function findLastChange(db: Queryable, entityType: string, entityId: string, operation: string) {
  return db
    .selectFrom('change_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('operation', '=', operation)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Deletes a row only at the version its user saw, in one statement: on a server another
 * editor's change may land between a command's read and its delete, and must not be lost.
 * False when nothing was deleted (the caller then names the conflict).
 */
export async function deleteRowAtVersion(
  db: Queryable,
  table: 'process_group' | 'process_target_group' | 'process_edge' | 'legal_reference',
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db.deleteFrom(table).where('id', '=', id).where('row_version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
