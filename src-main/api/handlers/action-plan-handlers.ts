import type { actionPlanContract } from '../contract/action-plan.js';
import { createGoalAction, removeGoalAction, updateGoalAction } from '../../domain/action-plan/goal-action-commands.js';
import { createGoal, moveGoal, setGoalArchived, updateGoal } from '../../domain/action-plan/goal-commands.js';
import { listGoals } from '../../domain/action-plan/goal-view.js';
import type { HandlersFor } from './handler-context.js';

/** The network's action plan: goals and their actions. */
export const actionPlanHandlers: HandlersFor<typeof actionPlanContract> = {
  'goals.list': ({ lang, includeArchived }, context) => listGoals({ ...context, locale: lang ?? context.locale }, { includeArchived }),
  'goals.create': (fields, context) => createGoal(context, fields),
  'goals.update': ({ id, expectedVersion, ...fields }, context) => updateGoal(context, id, expectedVersion, fields),
  'goals.archive': ({ id, expectedVersion, archived }, context) => setGoalArchived(context, id, expectedVersion, archived),
  'goals.move': ({ id, expectedVersion, position }, context) => moveGoal(context, id, expectedVersion, position),
  'goalActions.create': ({ goalId, ...fields }, context) => createGoalAction(context, goalId, fields),
  'goalActions.update': ({ id, expectedVersion, ...fields }, context) => updateGoalAction(context, id, expectedVersion, fields),
  'goalActions.remove': ({ id, expectedVersion }, context) => removeGoalAction(context, id, expectedVersion),
};
