import { sql } from 'kysely';
import type { Queryable } from '../../db/network-store.js';

type OrderedTable = 'process_group' | 'process' | 'process_target_group' | 'process_node';

/**
 * Puts one row at a position among its siblings and numbers them 0, 1, 2… Only `sort_order`
 * changes on the siblings: a list position is not an edit of their content, so their
 * `row_version` stays and nobody editing them gets a conflict from a move.
 */
export async function placeInOrder(
  db: Queryable,
  table: OrderedTable,
  siblings: ReadonlyArray<{ id: string; sort_order: number }>,
  movedId: string,
  position: number,
): Promise<void> {
  const order = siblings.filter((row) => row.id !== movedId);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, { id: movedId, sort_order: Number.NaN });
  await renumber(db, table, order);
}

/** Numbers the rows in the given order, touching only those whose number changes. */
export async function renumber(db: Queryable, table: OrderedTable, ordered: ReadonlyArray<{ id: string; sort_order: number }>): Promise<void> {
  for (const [index, row] of ordered.entries()) {
    if (row.sort_order !== index) await sql`update ${sql.table(table)} set sort_order = ${index} where id = ${row.id}`.execute(db);
  }
}
