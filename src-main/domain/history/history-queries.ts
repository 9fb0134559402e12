import type { ObjectHistory } from '../../api/contract/history.js';
import type { ReadContext } from '../shared/contexts.js';
import { changedFields } from './change-diff.js';
import { changesOf, type LoggedChange } from './change-log-entries.js';
import { holdsWholeRows } from './row-undo.js';
import { UNDO_ADAPTERS } from './undo-adapters.js';
import { isRowTable, UNDOABLE_ENTITY_TYPES } from './undoable-types.js';

/** What changed in one object, when and by whom, newest first; undo is offered on the newest entry only. */
export async function getObjectHistory(context: ReadContext, entityType: string, entityId: string): Promise<ObjectHistory> {
  const changes = await changesOf(context.db, entityType, entityId);
  const offered = changes[0] !== undefined && (await offersUndo(context, entityType, changes[0]));
  return {
    entityType,
    entityId,
    entries: changes.map((change, index) => ({
      changeId: change.id,
      changedAt: change.changedAt,
      changedBy: change.changedBy,
      operation: change.operation,
      fields: changedFields(entityType, change.before, change.after, context.locale),
      undoable: offered && index === 0,
    })),
  };
}

/** Offer the button only where undo can apply; whether the object is still as the change left it is checked on undo. */
async function offersUndo(context: ReadContext, entityType: string, change: LoggedChange): Promise<boolean> {
  if (!UNDOABLE_ENTITY_TYPES.has(entityType)) return false;
  if (UNDO_ADAPTERS[entityType]?.offers(change)) return true;
  return isRowTable(entityType) && holdsWholeRows(context.db, entityType, change);
}
