import type { ActorDetail, ActorNameVersion } from '../../api/contract/actors.js';
import { setActorArchived, updateActor } from '../actors/actor-commands.js';
import { getActorDetail } from '../actors/actor-queries.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import type { LoggedChange } from './change-log-entries.js';
import type { UndoAdapter } from './undo-adapter.js';

/** The actor's own data in its read model; representatives and successions change through their own entries. */
const OWN_FIELDS = ['id', 'type', 'isPublicAuthority', 'businessId', 'municipality', 'website', 'notes', 'validFrom', 'validTo', 'archived', 'rowVersion', 'name', 'shortName', 'names'] as const;

/**
 * An actor's log holds its read model (with its names), not a row, so undo goes through the
 * actor's own commands, which log the undo like any edit. Only an edit of the fields and of the
 * name valid today, and archive/restore, are undone; a dated rename, a create or a delete is refused.
 */
export async function undoActorChange(context: WriteContext, actorId: string, change: LoggedChange): Promise<void> {
  const before = change.before as ActorDetail | null;
  const after = change.after as ActorDetail | null;
  if (!before || !after || !['update', 'archive', 'restore'].includes(change.operation)) throw new AppError('history_not_undoable_entry');
  const current = await getActorDetail(context, actorId);
  if (!OWN_FIELDS.every((field) => JSON.stringify(current[field] ?? null) === JSON.stringify(after[field] ?? null))) {
    throw new AppError('history_row_differs');
  }
  if (change.operation !== 'update') {
    await setActorArchived(context, actorId, current.rowVersion, change.operation === 'restore');
    return;
  }
  const restoredName = nameToRestore(before.names, after.names, current);
  await updateActor(context, actorId, current.rowVersion, {
    name: restoredName.name,
    shortName: restoredName.shortName,
    type: before.type,
    isPublicAuthority: before.isPublicAuthority,
    businessId: before.businessId,
    municipality: before.municipality,
    website: before.website,
    notes: before.notes,
    validFrom: before.validFrom,
    validTo: before.validTo,
  });
}

export const actorUndo: UndoAdapter = {
  offers: (change) => change.operation !== 'create' && change.operation !== 'delete' && change.before !== null && change.after !== null,
  undo: undoActorChange,
};

/** `updateActor` corrects the name valid today: undo is safe only when that is the one name the change touched. */
function nameToRestore(before: readonly ActorNameVersion[], after: readonly ActorNameVersion[], current: ActorDetail): Pick<ActorNameVersion, 'name' | 'shortName'> {
  const sameVersions = before.length === after.length && before.every((version, index) => version.id === after[index]!.id && version.validFrom === after[index]!.validFrom);
  if (!sameVersions) throw new AppError('history_not_undoable_entry');
  const touched = before.filter((version, index) => JSON.stringify(version) !== JSON.stringify(after[index]));
  if (touched.length === 0) return { name: current.name, shortName: current.shortName };
  const todays = after.find((version) => version.id === touched[0]!.id)!;
  const isToday = JSON.stringify(todays.name) === JSON.stringify(current.name) && JSON.stringify(todays.shortName) === JSON.stringify(current.shortName);
  if (touched.length > 1 || !isToday) throw new AppError('history_not_undoable_entry');
  return { name: touched[0]!.name, shortName: touched[0]!.shortName };
}
