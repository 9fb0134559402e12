import type { actionPlanContract } from '../contract/action-plan.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

export const actionPlanHandlers: HandlersFor<typeof actionPlanContract> = {
  'goals.list': notYet,
  'goals.create': notYet,
  'goals.update': notYet,
  'goals.archive': notYet,
  'goals.move': notYet,
  'goalActions.create': notYet,
  'goalActions.update': notYet,
  'goalActions.remove': notYet,
};
