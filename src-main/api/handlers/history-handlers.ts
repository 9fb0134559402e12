import type { historyContract } from '../contract/history.js';
import { getObjectHistory } from '../../domain/history/history-queries.js';
import { undoLastChange } from '../../domain/history/history-undo.js';
import type { HandlersFor } from './handler-context.js';

export const historyHandlers: HandlersFor<typeof historyContract> = {
  'history.ofObject': ({ entityType, entityId, lang }, context) => getObjectHistory({ ...context, locale: lang ?? context.locale }, entityType, entityId),
  'history.undoLast': async ({ entityType, entityId, expectedChangeId }, context) => ({
    undoneChangeId: await undoLastChange(context, entityType, entityId, expectedChangeId),
    history: await getObjectHistory(context, entityType, entityId),
  }),
};
