import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { changesOf } from './change-log-entries.js';
import { undoRowChange } from './row-undo.js';
import { UNDO_ADAPTERS } from './undo-adapters.js';
import { isRowTable, UNDOABLE_ENTITY_TYPES } from './undoable-types.js';

/**
 * Undoes an object's last change, named by the caller as it saw it: anything newer, or a row that
 * no longer is as that change left it, is refused rather than overwritten. Runs in the
 * dispatcher's one transaction, so a refusal part-way writes nothing.
 */
export async function undoLastChange(context: WriteContext, entityType: string, entityId: string, expectedChangeId: string): Promise<string> {
  if (!UNDOABLE_ENTITY_TYPES.has(entityType)) throw new AppError('history_not_undoable_type', { entityType }, ['entityType']);
  const [last] = await changesOf(context.db, entityType, entityId, 1);
  if (!last) throw new AppError('history_nothing_to_undo', {}, ['entityId']);
  if (last.id !== expectedChangeId) {
    throw new AppError('history_changed_since', { changedBy: last.changedBy, changedAt: last.changedAt }, ['expectedChangeId']);
  }
  const adapter = UNDO_ADAPTERS[entityType];
  if (adapter?.offers(last)) await adapter.undo(context, entityId, last);
  else if (isRowTable(entityType)) await undoRowChange(context, entityType, last);
  else throw new AppError('history_not_undoable_entry');
  return last.id;
}
