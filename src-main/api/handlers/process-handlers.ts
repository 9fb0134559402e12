import type { processesContract } from '../contract/processes.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// Being built in this session; replaced method by method.
const notYet = async (): Promise<never> => {
  throw new AppError('internal', { detail: 'not built yet' });
};

export const processHandlers: HandlersFor<typeof processesContract> = {
  'processes.map': notYet,
  'processes.get': notYet,
  'processes.swimlane': notYet,
  'processes.create': notYet,
  'processes.update': notYet,
  'processes.setStatus': notYet,
  'processes.archive': notYet,
  'processes.restore': notYet,
  'processes.move': notYet,
  'processGroups.create': notYet,
  'processGroups.update': notYet,
  'processGroups.delete': notYet,
  'targetGroups.create': notYet,
  'targetGroups.update': notYet,
  'targetGroups.delete': notYet,
  'processNodes.create': notYet,
  'processNodes.update': notYet,
  'processNodes.move': notYet,
  'processNodes.delete': notYet,
  'processNodes.undoDelete': notYet,
  'processEdges.create': notYet,
  'processEdges.update': notYet,
  'processEdges.delete': notYet,
  'legalActs.list': notYet,
  'legalActs.create': notYet,
  'legalActs.update': notYet,
  'legalReferences.create': notYet,
  'legalReferences.delete': notYet,
};
