import type { LocalizedText } from '../../api/contract/common.js';
import { actorIsPublicAuthority, findNameRows, nameRowAt } from '../../db/repositories/actor-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { calendarDateInHelsinki } from '../shared/calendar.js';
import { pickLocalized } from '../shared/localized-text.js';
import type { CheckedActor } from './matrix-checks.js';

/** An actor as a matrix version sees it: named and judged as on the version's date. */
export interface ActorOnDate extends CheckedActor {
  name: string;
  nameLanguage: Locale;
  shortName: string | null;
  names: LocalizedText;
}

/**
 * The actors as they stood on `validOn`: the name then in use, whether a succession had taken
 * effect by then (superseded), and whether the actor had been archived by then (an actor
 * archived later was active on the date, so an approved version's checks do not change when a
 * member leaves afterwards). Unknown ids are left out.
 */
export async function actorsOnDate(db: Queryable, actorIds: readonly string[], validOn: string, locale: Locale): Promise<Map<string, ActorOnDate>> {
  const ids = [...new Set(actorIds)];
  const result = new Map<string, ActorOnDate>();
  if (ids.length === 0) return result;
  const [actors, nameRows, successions] = await Promise.all([
    db.selectFrom('actor').selectAll().where('id', 'in', ids).execute(),
    findNameRows(db, ids),
    db.selectFrom('actor_succession').select('predecessor_id').where('predecessor_id', 'in', ids).where('effective_date', '<=', validOn).execute(),
  ]);
  const superseded = new Set(successions.map((row) => row.predecessor_id));
  for (const actor of actors) {
    const nameRow = nameRowAt(
      nameRows.filter((row) => row.actor_id === actor.id),
      validOn,
    );
    const names = nameRow ? fromStoredLocalized(nameRow, 'name') : { fi: null, sv: null, en: null };
    const picked = pickLocalized(names, locale) ?? { text: '?', language: locale };
    const shortName = nameRow ? pickLocalized(fromStoredLocalized(nameRow, 'short_name'), locale) : null;
    result.set(actor.id, {
      id: actor.id,
      name: picked.text,
      nameLanguage: picked.language,
      shortName: shortName?.text ?? null,
      names,
      isPublicAuthority: actorIsPublicAuthority(actor),
      archived: archivedBy(actor.archived_at, validOn),
      superseded: superseded.has(actor.id),
    });
  }
  return result;
}

/** `archived_at` is an instant; the network's day for it is Helsinki's. */
function archivedBy(archivedAt: string | null, date: string): boolean {
  return archivedAt !== null && calendarDateInHelsinki(new Date(archivedAt)) <= date;
}
