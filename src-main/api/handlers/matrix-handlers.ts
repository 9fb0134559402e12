import type { matricesContract } from '../contract/matrices.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// Being built in this session; replaced method by method.
const notYet = async (): Promise<never> => {
  throw new AppError('internal', { detail: 'not built yet' });
};

export const matrixHandlers: HandlersFor<typeof matricesContract> = {
  'matrices.list': notYet,
  'matrices.get': notYet,
  'matrices.create': notYet,
  'matrices.update': notYet,
  'matrices.archive': notYet,
  'matrices.restore': notYet,
  'matrices.setCells': notYet,
  'matrices.addTask': notYet,
  'matrices.updateTask': notYet,
  'matrices.moveTask': notYet,
  'matrices.removeTask': notYet,
  'matrices.addColumn': notYet,
  'matrices.moveColumn': notYet,
  'matrices.removeColumn': notYet,
  'matrices.transferColumn': notYet,
  'matrices.acceptWarning': notYet,
  'matrices.withdrawAcceptance': notYet,
  'matrices.sendToReview': notYet,
  'matrices.approve': notYet,
  'matrices.returnToDraft': notYet,
  'matrices.newDraft': notYet,
  'matrices.compare': notYet,
  'reviews.record': notYet,
  'reviews.resolve': notYet,
  'acceptances.record': notYet,
  'acceptances.delete': notYet,
};
