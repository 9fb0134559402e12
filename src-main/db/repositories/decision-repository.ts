import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { MeetingDecisionTable } from '../schema.js';

/** Reads of meeting decisions (päätökset). Writes live in the domain. */

export type DecisionRow = Selectable<MeetingDecisionTable>;

export async function findDecisionRows(db: Queryable, meetingId: string): Promise<DecisionRow[]> {
  return db.selectFrom('meeting_decision').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').orderBy('id').execute();
}

export async function findDecisionRow(db: Queryable, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('meeting_decision').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDecisionRowsById(db: Queryable, ids: readonly string[]): Promise<DecisionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('meeting_decision').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

/** The highest sort order of the decisions under an agenda item (-1 when none). */
export async function lastDecisionOrder(db: Queryable, agendaItemId: string): Promise<number> {
  const row = await db
    .selectFrom('meeting_decision')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('last'))
    .where('agenda_item_id', '=', agendaItemId)
    .executeTakeFirst();
  return row?.last ?? -1;
}
