import type { GoalActionStatus, GoalActionView, NetworkGoalView } from '../../api/contract/action-plan.js';
import { countActionItemsByGoalAction } from '../../db/repositories/action-item-repository.js';
import { findGoalActionActorRows, findGoalActionRows, findGoalRow, findGoalRows, type GoalActionRow, type GoalRow } from '../../db/repositories/goal-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { actorsOnDate } from '../matrices/matrix-actors.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';

/** The action plan (toimintasuunnitelma): goals in their order, each with its actions and their actors as named today. */
export async function listGoals(context: ReadContext, options: { includeArchived?: boolean } = {}): Promise<NetworkGoalView[]> {
  return toGoalViews(context, await findGoalRows(context.db, options));
}

export async function getGoal(context: ReadContext, id: string): Promise<NetworkGoalView> {
  const row = await findGoalRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, ['id']);
  return (await toGoalViews(context, [row]))[0]!;
}

async function toGoalViews(context: ReadContext, goals: readonly GoalRow[]): Promise<NetworkGoalView[]> {
  const actions = await findGoalActionRows(context.db, goals.map((goal) => goal.id));
  const [actorRows, counts] = await Promise.all([
    findGoalActionActorRows(context.db, actions.map((action) => action.id)),
    countActionItemsByGoalAction(context.db),
  ]);
  const actors = await actorsOnDate(context.db, actorRows.map((row) => row.actor_id), context.today, context.locale);
  const actorsOf = (actionId: string) =>
    actorRows
      .filter((row) => row.goal_action_id === actionId)
      .map((row) => ({ id: row.actor_id, name: actors.get(row.actor_id)?.name ?? '?' }))
      .sort((a, b) => compareFinnish(a.name, b.name));
  return goals.map((goal): NetworkGoalView => {
    const names = fromStoredLocalized(goal, 'name');
    const name = pickLocalized(names, context.locale) ?? { text: '', language: context.locale };
    return {
      id: goal.id,
      name: name.text,
      nameLanguage: name.language,
      names,
      description: fromStoredLocalized(goal, 'description'),
      periodFrom: goal.period_from,
      periodTo: goal.period_to,
      archived: goal.archived_at !== null,
      actions: actions
        .filter((action) => action.goal_id === goal.id)
        .map((action) => toActionView(context, action, actorsOf(action.id), counts.get(action.id) ?? { open: 0, done: 0 })),
      sortOrder: goal.sort_order,
      rowVersion: goal.row_version,
    };
  });
}

function toActionView(
  context: ReadContext,
  row: GoalActionRow,
  actors: GoalActionView['actors'],
  actionItemCounts: GoalActionView['actionItemCounts'],
): GoalActionView {
  const names = fromStoredLocalized(row, 'name');
  const name = pickLocalized(names, context.locale) ?? { text: '', language: context.locale };
  return {
    id: row.id,
    goalId: row.goal_id,
    name: name.text,
    nameLanguage: name.language,
    names,
    description: fromStoredLocalized(row, 'description'),
    scheduleFrom: row.schedule_from,
    scheduleTo: row.schedule_to,
    scheduleText: fromStoredLocalized(row, 'schedule_text'),
    indicator: fromStoredLocalized(row, 'indicator'),
    status: row.status as GoalActionStatus,
    actors,
    actionItemCounts,
    sortOrder: row.sort_order,
    rowVersion: row.row_version,
  };
}
