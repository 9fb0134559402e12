import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { ActionItemTable } from '../schema.js';

/** Reads of action items (tehtävät) made at meetings. Writes live in the domain. */

export type ActionItemRow = Selectable<ActionItemTable>;

export async function findActionItemRow(db: Queryable, id: string): Promise<ActionItemRow | undefined> {
  return db.selectFrom('action_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ActionItemFilter {
  meetingIds?: readonly string[];
  ownerActorId?: string;
  ownerRepresentativeId?: string;
  /** 'open': still open; 'closed': done or dropped */
  status?: 'open' | 'closed';
}

export async function findActionItemRows(db: Queryable, filter: ActionItemFilter = {}): Promise<ActionItemRow[]> {
  if (filter.meetingIds && filter.meetingIds.length === 0) return [];
  let query = db.selectFrom('action_item').selectAll();
  if (filter.meetingIds) query = query.where('meeting_id', 'in', [...filter.meetingIds]);
  if (filter.ownerActorId) query = query.where('owner_actor_id', '=', filter.ownerActorId);
  if (filter.ownerRepresentativeId) query = query.where('owner_representative_id', '=', filter.ownerRepresentativeId);
  if (filter.status === 'open') query = query.where('status', '=', 'open');
  if (filter.status === 'closed') query = query.where('status', '!=', 'open');
  return query.orderBy('id').execute();
}

/** Action items per goal action, open and closed as done (dropped ones count in neither). */
export async function countActionItemsByGoalAction(db: Queryable): Promise<Map<string, { open: number; done: number }>> {
  const rows = await db
    .selectFrom('action_item')
    .select(['goal_action_id', 'status', db.fn.countAll<number>().as('count')])
    .where('goal_action_id', 'is not', null)
    .groupBy(['goal_action_id', 'status'])
    .execute();
  const counts = new Map<string, { open: number; done: number }>();
  for (const row of rows) {
    const entry = counts.get(row.goal_action_id!) ?? { open: 0, done: 0 };
    if (row.status === 'open') entry.open += Number(row.count);
    if (row.status === 'done') entry.done += Number(row.count);
    counts.set(row.goal_action_id!, entry);
  }
  return counts;
}
