import type { NetworkGoalView } from '../../api/contract/action-plan.js';
import { findGoalRow } from '../../db/repositories/goal-repository.js';
import { setGoalArchived, updateGoal } from '../action-plan/goal-commands.js';
import { getGoal } from '../action-plan/goal-view.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import type { LoggedChange } from './change-log-entries.js';
import { fieldsAsLeft, isReversibleEdit, type UndoAdapter } from './undo-adapter.js';

/**
 * The goal's own data in its read model. Not its actions (their own entries), nor its order: moving
 * another goal renumbers this one without a change of its own.
 */
const OWN_FIELDS = ['id', 'names', 'description', 'periodFrom', 'periodTo', 'archived', 'rowVersion'] as const;

/** A network goal (yhteisen työn tavoite) logs its read model: an edit or archive/restore is undone through the goal commands; a move is not. */
export const goalUndo: UndoAdapter = {
  offers(change) {
    if (!isReversibleEdit(change)) return false;
    const before = change.before as unknown as NetworkGoalView;
    const after = change.after as unknown as NetworkGoalView;
    return change.operation !== 'update' || (before.sortOrder === after.sortOrder && before.archived === after.archived);
  },

  async undo(context: WriteContext, id: string, change: LoggedChange) {
    if (!(await findGoalRow(context.db, id))) throw new AppError('history_row_differs');
    const current = await getGoal(context, id);
    if (!fieldsAsLeft(current, change.after!, OWN_FIELDS)) throw new AppError('history_row_differs');
    if (change.operation !== 'update') {
      await setGoalArchived(context, id, current.rowVersion, change.operation === 'restore');
      return;
    }
    const before = change.before as unknown as NetworkGoalView;
    await updateGoal(context, id, current.rowVersion, { name: before.names, description: before.description, periodFrom: before.periodFrom, periodTo: before.periodTo });
  },
};
