import type { GoalActionStatus } from '../../api/contract/action-plan.js';
import { findGoalActionActorRows, findGoalActionRow, type GoalActionRow } from '../../db/repositories/goal-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { updateGoalAction } from '../action-plan/goal-action-commands.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { changesOf, type LoggedChange } from './change-log-entries.js';
import { fieldsAsLeft, same, type UndoAdapter } from './undo-adapter.js';

/**
 * A goal action (toimenpide) logs its row before an update and its row with `actorIds` after it.
 * The actors it had before are in the entry that wrote that earlier row (its create or last
 * update): with them the update is reversed through `updateGoalAction`; without them it is refused.
 */
export const goalActionUndo: UndoAdapter = {
  offers(change) {
    const { before, after } = change;
    return change.operation === 'update' && before !== null && after !== null && !Object.hasOwn(before, 'actorIds') && Array.isArray(after.actorIds);
  },

  async undo(context: WriteContext, id: string, change: LoggedChange) {
    const before = change.before as unknown as GoalActionRow;
    const { actorIds: actorsAfter, ...after } = change.after as unknown as GoalActionRow & { actorIds: string[] };
    const current = await findGoalActionRow(context.db, id);
    const currentActors = (await findGoalActionActorRows(context.db, [id])).map((row) => row.actor_id);
    if (!current || !fieldsAsLeft(current, after, Object.keys(current)) || !same(asSet(currentActors), asSet(actorsAfter))) {
      throw new AppError('history_row_differs');
    }
    if (before.goal_id !== after.goal_id || before.sort_order !== after.sort_order) throw new AppError('history_not_undoable_entry');
    await updateGoalAction(context, id, current.row_version, {
      name: fromStoredLocalized(before, 'name'),
      description: fromStoredLocalized(before, 'description'),
      scheduleFrom: before.schedule_from,
      scheduleTo: before.schedule_to,
      scheduleText: fromStoredLocalized(before, 'schedule_text'),
      indicator: fromStoredLocalized(before, 'indicator'),
      status: before.status as GoalActionStatus,
      actorIds: await actorsBefore(context, id, before),
    });
  },
};

/** The actors as the entry before this one left them, when that entry wrote exactly the row this one started from. */
async function actorsBefore(context: WriteContext, id: string, before: GoalActionRow): Promise<string[]> {
  const [, previous] = await changesOf(context.db, 'goal_action', id, 2);
  const actorIds = previous?.after?.actorIds;
  if (!Array.isArray(actorIds) || !fieldsAsLeft(before, previous!.after!, Object.keys(before))) throw new AppError('history_undo_earlier_unknown');
  return actorIds as string[];
}

function asSet(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}
