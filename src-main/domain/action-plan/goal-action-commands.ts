import type { GoalActionStatus, NetworkGoalView } from '../../api/contract/action-plan.js';
import type { LocalizedText } from '../../api/contract/common.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findGoalActionRow, findGoalActionRows, findGoalRow, replaceGoalActionActors } from '../../db/repositories/goal-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { getGoal } from './goal-view.js';

export interface GoalActionFields {
  name: LocalizedText;
  description?: LocalizedText;
  scheduleFrom?: string | null;
  scheduleTo?: string | null;
  scheduleText?: LocalizedText;
  indicator?: LocalizedText;
  status: GoalActionStatus;
  actorIds: readonly string[];
}

const actionColumns = (fields: GoalActionFields) => ({
  ...toStoredLocalized('name', fields.name),
  ...toStoredLocalized('description', fields.description ?? null),
  schedule_from: fields.scheduleFrom ?? null,
  schedule_to: fields.scheduleTo ?? null,
  ...toStoredLocalized('schedule_text', fields.scheduleText ?? null),
  ...toStoredLocalized('indicator', fields.indicator ?? null),
  status: fields.status,
});

/** An action (toimenpide) of a goal, added last under it, with the organisations that carry it out. */
export async function createGoalAction(context: WriteContext, goalId: string, fields: GoalActionFields): Promise<NetworkGoalView> {
  if (!(await findGoalRow(context.db, goalId))) throw new AppError('not_found', { id: goalId }, ['goalId']);
  await checkActors(context, fields.actorIds);
  const now = context.author.now.toISOString();
  const siblings = await findGoalActionRows(context.db, [goalId]);
  const id = newId(context.author.now.getTime());
  const row = {
    id,
    goal_id: goalId,
    ...actionColumns(fields),
    sort_order: Math.max(-1, ...siblings.map((sibling) => sibling.sort_order)) + 1,
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('goal_action').values(row).execute();
  await replaceGoalActionActors(context.db, id, fields.actorIds);
  await recordChange(context.db, context.author, { entityType: 'goal_action', entityId: id, operation: 'create', after: { ...row, actorIds: fields.actorIds } });
  return getGoal(context, goalId);
}

export async function updateGoalAction(context: WriteContext, id: string, expectedVersion: number, fields: GoalActionFields): Promise<NetworkGoalView> {
  const before = await findGoalActionRow(context.db, id);
  if (!before) return throwVersionProblem(context.db, 'goal_action', id);
  await checkActors(context, fields.actorIds);
  await bumpVersion(context.db, 'goal_action', id, expectedVersion, { ...actionColumns(fields), updated_at: context.author.now.toISOString() });
  await replaceGoalActionActors(context.db, id, fields.actorIds);
  const after = await findGoalActionRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'goal_action', entityId: id, operation: 'update', before, after: { ...after, actorIds: fields.actorIds } });
  return getGoal(context, before.goal_id);
}

/** Removes an action; meetings' action items linked to it keep their text and lose the link. */
export async function removeGoalAction(context: WriteContext, id: string, expectedVersion: number): Promise<NetworkGoalView> {
  const row = await findGoalActionRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'goal_action', id);
  const now = context.author.now.toISOString();
  const linked = await context.db.selectFrom('action_item').selectAll().where('goal_action_id', '=', id).execute();
  for (const item of linked) {
    await bumpVersion(context.db, 'action_item', item.id, item.row_version, { goal_action_id: null, updated_at: now });
    await recordChange(context.db, context.author, { entityType: 'action_item', entityId: item.id, operation: 'update', before: item, after: { ...item, goal_action_id: null } });
  }
  await replaceGoalActionActors(context.db, id, []);
  await context.db.deleteFrom('goal_action').where('id', '=', id).execute();
  await recordChange(context.db, context.author, { entityType: 'goal_action', entityId: id, operation: 'delete', before: row });
  return getGoal(context, row.goal_id);
}

async function checkActors(context: WriteContext, actorIds: readonly string[]): Promise<void> {
  const ids = [...new Set(actorIds)];
  if (ids.length === 0) return;
  const found = new Set((await context.db.selectFrom('actor').select('id').where('id', 'in', ids).execute()).map((row) => row.id));
  const index = actorIds.findIndex((id) => !found.has(id));
  if (index >= 0) throw new AppError('not_found', { id: actorIds[index]! }, ['actorIds', index]);
}
