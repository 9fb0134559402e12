import type { Insertable } from 'kysely';
import { AppError } from '../../domain/shared/app-error.js';
import type { ErrorCode } from '../../i18n/error-messages.js';
import type { Queryable } from '../network-store.js';
import type { MatrixAcceptedWarningTable, MatrixCellTable, MatrixColumnTable, MatrixTaskTable } from '../schema.js';
import { throwVersionProblem } from '../versioned-row.js';

/**
 * Writes into a version's content. The domain refuses edits of a frozen version first; every
 * update and delete here also names `status = 'draft'` in its WHERE, a second wall, so a frozen
 * version cannot change even through a path that forgot to ask.
 */

// SQLite allows 999 variables in a statement on old builds; four columns × 200 rows stays under.
const CHUNK = 200;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** A new draft version: nothing sent, approved or frozen yet. */
export async function insertDraftVersionRow(
  db: Queryable,
  draftVersion: { id: string; matrixId: string; number: number; basedOnVersionId: string | null; validOn: string; note: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('matrix_version')
    .values({
      id: draftVersion.id,
      matrix_id: draftVersion.matrixId,
      number: draftVersion.number,
      status: 'draft',
      based_on_version_id: draftVersion.basedOnVersionId,
      valid_on: draftVersion.validOn,
      note: draftVersion.note,
      sent_to_review_at: null,
      review_deadline: null,
      approved_at: null,
      approved_by: null,
      approval_reference: null,
      frozen_threshold_consulted: null,
      frozen_threshold_informed: null,
      created_at: draftVersion.now,
      updated_at: draftVersion.now,
      row_version: 1,
    })
    .execute();
}

/** The version, when it is a draft: `version_id in (…)` is empty for a frozen one. */
function draft(db: Queryable, versionId: string) {
  return db.selectFrom('matrix_version').select('matrix_version.id').where('matrix_version.id', '=', versionId).where('matrix_version.status', '=', 'draft');
}

/**
 * Moves a version from one status (or the same) to new values, bumping its row version. A version
 * in another status is refused with `refusal`; another writer's change with `version_conflict`.
 */
export async function changeVersionRow(
  db: Queryable,
  id: string,
  expectedVersion: number,
  requiredStatus: 'draft' | 'in_review',
  refusal: ErrorCode,
  values: Record<string, unknown>,
): Promise<void> {
  const result = await db
    .updateTable('matrix_version')
    .set({ ...values, row_version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('row_version', '=', expectedVersion)
    .where('status', '=', requiredStatus)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const row = await db.selectFrom('matrix_version').select(['status']).where('id', '=', id).executeTakeFirst();
  if (row && row.status !== requiredStatus) throw new AppError(refusal, {}, ['versionId']);
  return throwVersionProblem(db, 'matrix_version', id);
}

/** Every change to a draft's content bumps the version row, so two editors conflict clearly. */
export function bumpDraftVersion(db: Queryable, id: string, expectedVersion: number, now: string): Promise<void> {
  return changeVersionRow(db, id, expectedVersion, 'draft', 'version_frozen', { updated_at: now });
}

export async function insertTaskRows(db: Queryable, rows: ReadonlyArray<Insertable<MatrixTaskTable>>): Promise<void> {
  for (const part of chunks(rows, 40)) await db.insertInto('matrix_task').values(part).execute();
}

export async function insertColumnRows(db: Queryable, rows: ReadonlyArray<Insertable<MatrixColumnTable>>): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('matrix_column').values(part).execute();
}

export async function insertCellRows(db: Queryable, rows: ReadonlyArray<Insertable<MatrixCellTable>>): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('matrix_cell').values(part).execute();
}

export async function insertAcceptedWarningRows(db: Queryable, rows: ReadonlyArray<Insertable<MatrixAcceptedWarningTable>>): Promise<void> {
  for (const part of chunks(rows, 100)) await db.insertInto('matrix_accepted_warning').values(part).execute();
}

/** Empties cells of a draft (the positions given as task and actor). */
export async function deleteCellRows(db: Queryable, versionId: string, positions: ReadonlyArray<{ taskId: string; actorId: string }>): Promise<void> {
  for (const part of chunks(positions)) {
    await db
      .deleteFrom('matrix_cell')
      .where('version_id', 'in', draft(db, versionId))
      .where((eb) => eb(eb.refTuple('task_id', 'actor_id'), 'in', part.map((position) => eb.tuple(position.taskId, position.actorId))))
      .execute();
  }
}

export async function updateTaskRow(
  db: Queryable,
  versionId: string,
  taskId: string,
  values: { name_fi: string | null; name_sv: string | null; name_en: string | null; statutory: number; updated_at: string },
): Promise<void> {
  await db
    .updateTable('matrix_task')
    .set((eb) => ({ ...values, row_version: eb('row_version', '+', 1) }))
    .where('id', '=', taskId)
    .where('version_id', 'in', draft(db, versionId))
    .execute();
}

/** Writes the new order of rows; only the rows whose place changed are touched. */
export async function setTaskOrder(db: Queryable, versionId: string, order: ReadonlyArray<{ id: string; sortOrder: number }>, now: string): Promise<void> {
  for (const { id, sortOrder } of order) {
    await db
      .updateTable('matrix_task')
      .set((eb) => ({ sort_order: sortOrder, updated_at: now, row_version: eb('row_version', '+', 1) }))
      .where('id', '=', id)
      .where('sort_order', '!=', sortOrder)
      .where('version_id', 'in', draft(db, versionId))
      .execute();
  }
}

export async function setColumnOrder(db: Queryable, versionId: string, order: ReadonlyArray<{ actorId: string; sortOrder: number }>): Promise<void> {
  for (const { actorId, sortOrder } of order) {
    await db
      .updateTable('matrix_column')
      .set({ sort_order: sortOrder })
      .where('actor_id', '=', actorId)
      .where('sort_order', '!=', sortOrder)
      .where('version_id', 'in', draft(db, versionId))
      .execute();
  }
}

/** Removes a row with its letters and accepted warnings (reviews of a draft go with it by cascade). */
export async function deleteTaskRow(db: Queryable, versionId: string, taskId: string): Promise<void> {
  await db.deleteFrom('matrix_cell').where('task_id', '=', taskId).where('version_id', 'in', draft(db, versionId)).execute();
  await db.deleteFrom('matrix_accepted_warning').where('task_id', '=', taskId).where('version_id', 'in', draft(db, versionId)).execute();
  await db.deleteFrom('matrix_task').where('id', '=', taskId).where('version_id', 'in', draft(db, versionId)).execute();
}

/** Removes an actor's column with its letters and the warnings accepted about it. */
export async function deleteColumnRow(db: Queryable, versionId: string, actorId: string): Promise<void> {
  await db.deleteFrom('matrix_cell').where('actor_id', '=', actorId).where('version_id', 'in', draft(db, versionId)).execute();
  await db.deleteFrom('matrix_accepted_warning').where('actor_id', '=', actorId).where('version_id', 'in', draft(db, versionId)).execute();
  await db.deleteFrom('matrix_column').where('actor_id', '=', actorId).where('version_id', 'in', draft(db, versionId)).execute();
}

export async function deleteAcceptedWarningRow(
  db: Queryable,
  versionId: string,
  key: { code: string; taskId: string | null; actorId: string | null },
): Promise<number> {
  const result = await db
    .deleteFrom('matrix_accepted_warning')
    .where('code', '=', key.code)
    .where((eb) => (key.taskId === null ? eb('task_id', 'is', null) : eb('task_id', '=', key.taskId)))
    .where((eb) => (key.actorId === null ? eb('actor_id', 'is', null) : eb('actor_id', '=', key.actorId)))
    .where('version_id', 'in', draft(db, versionId))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
