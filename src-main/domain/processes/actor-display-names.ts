import { findNameRows, nameRowAt } from '../../db/repositories/actor-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { ReadContext } from '../shared/contexts.js';
import { pickLocalized } from '../shared/localized-text.js';

/** Actors' names as valid today, in the reader's language (with fallback): lane and owner labels. */
export async function actorDisplayNames(context: ReadContext, actorIds: Iterable<string | null>): Promise<Map<string, string>> {
  const ids = [...new Set([...actorIds].filter((id): id is string => id !== null))];
  const rows = await findNameRows(context.db, ids);
  const names = new Map<string, string>();
  for (const id of ids) {
    const current = nameRowAt(
      rows.filter((row) => row.actor_id === id),
      context.today,
    );
    const picked = current ? pickLocalized(fromStoredLocalized(current, 'name'), context.locale) : null;
    names.set(id, picked?.text ?? '?');
  }
  return names;
}
