import { AppError } from '../domain/shared/app-error.js';
import { lastChangeOf } from './change-log.js';
import type { Queryable } from './network-store.js';
import type { Database } from './schema.js';

type VersionedTable = { [T in keyof Database]: Database[T] extends { id: string; row_version: number } ? T : never }[keyof Database];

/**
 * Optimistic concurrency: an update names the version it was based on and bumps it. When the
 * row has moved on, the error names who changed it and when, so nothing is overwritten silently.
 */
export async function bumpVersion(
  db: Queryable,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<void> {
  // Kysely cannot type a table chosen at run time; the union above keeps the names honest.
  const result = await (db as Queryable & { updateTable: (t: string) => any }) // eslint-disable-line @typescript-eslint/no-explicit-any
    .updateTable(table)
    .set({ ...values, row_version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('row_version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  await throwVersionProblem(db, table, id);
}

export async function throwVersionProblem(db: Queryable, table: VersionedTable, id: string): Promise<never> {
  const exists = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw new AppError('not_found', { id });
  const last = await lastChangeOf(db, table, id);
  throw new AppError('version_conflict', { changedBy: last?.changedBy ?? '?', changedAt: last?.changedAt ?? '?' });
}
