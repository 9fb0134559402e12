import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { GoalActionTable, NetworkGoalTable } from '../schema.js';

/** Reads of the network's action plan: goals (tavoitteet), their actions (toimenpiteet) and the actions' actors. */

export type GoalRow = Selectable<NetworkGoalTable>;
export type GoalActionRow = Selectable<GoalActionTable>;

export async function findGoalRows(db: Queryable, options: { includeArchived?: boolean } = {}): Promise<GoalRow[]> {
  let query = db.selectFrom('network_goal').selectAll();
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  return query.orderBy('sort_order').orderBy('id').execute();
}

export async function findGoalRow(db: Queryable, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('network_goal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findGoalActionRows(db: Queryable, goalIds: readonly string[]): Promise<GoalActionRow[]> {
  if (goalIds.length === 0) return [];
  return db.selectFrom('goal_action').selectAll().where('goal_id', 'in', [...goalIds]).orderBy('sort_order').orderBy('id').execute();
}

export async function findGoalActionRow(db: Queryable, id: string): Promise<GoalActionRow | undefined> {
  return db.selectFrom('goal_action').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findGoalActionActorRows(db: Queryable, actionIds: readonly string[]): Promise<Array<{ goal_action_id: string; actor_id: string }>> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('goal_action_actor').selectAll().where('goal_action_id', 'in', [...actionIds]).execute();
}

/** The action's actors become exactly the given ones. */
export async function replaceGoalActionActors(db: Queryable, actionId: string, actorIds: readonly string[]): Promise<void> {
  await db.deleteFrom('goal_action_actor').where('goal_action_id', '=', actionId).execute();
  if (actorIds.length === 0) return;
  await db
    .insertInto('goal_action_actor')
    .values([...new Set(actorIds)].map((actorId) => ({ goal_action_id: actionId, actor_id: actorId })))
    .execute();
}
