import type { Representative } from '../../api/contract/actors.js';
import { findRepresentativeRow, toRepresentative } from '../../db/repositories/actor-repository.js';
import { setRepresentativeArchived, updateRepresentative } from '../actors/representative-commands.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import type { LoggedChange } from './change-log-entries.js';
import { fieldsAsLeft, isReversibleEdit, type UndoAdapter } from './undo-adapter.js';

const FIELDS = ['id', 'actorId', 'name', 'title', 'email', 'phone', 'networkRole', 'validFrom', 'validTo', 'archived', 'rowVersion'] as const;
const EDITED = ['name', 'title', 'email', 'phone', 'networkRole', 'validFrom', 'validTo'] as const;

/**
 * A representative's log holds its read model: an edit of its fields or an archive/restore is
 * undone through the representative commands. An erasure of personal data (tietosuoja) is never
 * undone: its entry has no `before`, and the old data no longer exists anywhere to bring back.
 */
export const representativeUndo: UndoAdapter = {
  offers(change) {
    if (!isReversibleEdit(change) || Object.hasOwn(change.after!, 'personalDataErased')) return false;
    const before = change.before as unknown as Representative;
    const after = change.after as unknown as Representative;
    // an update that moved the person elsewhere or archived them is no edit the update command can reverse
    return change.operation !== 'update' || (before.actorId === after.actorId && before.archived === after.archived);
  },

  async undo(context: WriteContext, id: string, change: LoggedChange) {
    const row = await findRepresentativeRow(context.db, id);
    if (!row || !fieldsAsLeft(toRepresentative(row), change.after!, FIELDS)) throw new AppError('history_row_differs');
    if (change.operation !== 'update') {
      await setRepresentativeArchived(context, id, row.row_version, change.operation === 'restore');
      return;
    }
    const before = change.before as unknown as Representative;
    const fields = Object.fromEntries(EDITED.map((field) => [field, before[field]])) as Pick<Representative, (typeof EDITED)[number]>;
    await updateRepresentative(context, id, row.row_version, fields);
  },
};
