import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { AgendaItemTable } from '../schema.js';

/** Reads of agenda items (§). */

export type AgendaItemRow = Selectable<AgendaItemTable>;

export async function findAgendaItemRows(db: Queryable, meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('agenda_item')
    .selectAll()
    .where('meeting_id', 'in', [...new Set(meetingIds)])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export async function findAgendaItemRow(db: Queryable, id: string): Promise<AgendaItemRow | undefined> {
  return db.selectFrom('agenda_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAgendaItemRowsByIds(db: Queryable, ids: readonly string[]): Promise<AgendaItemRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('agenda_item').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

export async function countDecisionsOfItem(db: Queryable, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('meeting_decision')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('agenda_item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
