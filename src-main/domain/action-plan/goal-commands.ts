import type { LocalizedText } from '../../api/contract/common.js';
import type { NetworkGoalView } from '../../api/contract/action-plan.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findGoalRow, findGoalRows } from '../../db/repositories/goal-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import type { WriteContext } from '../shared/contexts.js';
import { getGoal, listGoals } from './goal-view.js';

export interface GoalFields {
  name: LocalizedText;
  description?: LocalizedText;
  periodFrom?: string | null;
  periodTo?: string | null;
}

const goalColumns = (fields: GoalFields) => ({
  ...toStoredLocalized('name', fields.name),
  ...toStoredLocalized('description', fields.description ?? null),
  period_from: fields.periodFrom ?? null,
  period_to: fields.periodTo ?? null,
});

/** A shared goal (yhteisen työn tavoite), added last in the plan. */
export async function createGoal(context: WriteContext, fields: GoalFields): Promise<NetworkGoalView> {
  const now = context.author.now.toISOString();
  const goals = await findGoalRows(context.db, { includeArchived: true });
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('network_goal')
    .values({
      id,
      ...goalColumns(fields),
      sort_order: Math.max(-1, ...goals.map((goal) => goal.sort_order)) + 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
      row_version: 1,
    })
    .execute();
  const created = await getGoal(context, id);
  await recordChange(context.db, context.author, { entityType: 'network_goal', entityId: id, operation: 'create', after: created });
  return created;
}

export async function updateGoal(context: WriteContext, id: string, expectedVersion: number, fields: GoalFields): Promise<NetworkGoalView> {
  return changeGoal(context, id, expectedVersion, 'update', goalColumns(fields));
}

export async function setGoalArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<NetworkGoalView> {
  const now = context.author.now.toISOString();
  return changeGoal(context, id, expectedVersion, archived ? 'archive' : 'restore', { archived_at: archived ? now : null });
}

/**
 * Moves a goal to a position among the goals in use (archived ones follow them). The other goals'
 * order numbers change without a new row version: their own contents did not change.
 */
export async function moveGoal(context: WriteContext, id: string, expectedVersion: number, position: number): Promise<NetworkGoalView[]> {
  const goal = await findGoalRow(context.db, id);
  if (!goal || goal.row_version !== expectedVersion) return throwVersionProblem(context.db, 'network_goal', id);
  const all = await findGoalRows(context.db, { includeArchived: true });
  const others = all.filter((row) => row.id !== id);
  const inUse = others.filter((row) => row.archived_at === null);
  const archived = others.filter((row) => row.archived_at !== null);
  const order = goal.archived_at === null ? [...inUse] : [...archived];
  order.splice(Math.min(position, order.length), 0, goal);
  const final = goal.archived_at === null ? [...order, ...archived] : [...inUse, ...order];
  for (const [index, row] of final.entries()) {
    if (row.id === id) continue;
    if (row.sort_order !== index) await context.db.updateTable('network_goal').set({ sort_order: index }).where('id', '=', row.id).execute();
  }
  const before = await getGoal(context, id);
  await bumpVersion(context.db, 'network_goal', id, expectedVersion, { sort_order: final.indexOf(goal), updated_at: context.author.now.toISOString() });
  await recordChange(context.db, context.author, { entityType: 'network_goal', entityId: id, operation: 'update', before, after: await getGoal(context, id) });
  return listGoals(context, { includeArchived: true });
}

async function changeGoal(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  operation: 'update' | 'archive' | 'restore',
  values: Record<string, unknown>,
): Promise<NetworkGoalView> {
  if (!(await findGoalRow(context.db, id))) return throwVersionProblem(context.db, 'network_goal', id);
  const before = await getGoal(context, id);
  await bumpVersion(context.db, 'network_goal', id, expectedVersion, { ...values, updated_at: context.author.now.toISOString() });
  const after = await getGoal(context, id);
  await recordChange(context.db, context.author, { entityType: 'network_goal', entityId: id, operation, before, after });
  return after;
}
