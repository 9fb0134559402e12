import type { Queryable } from '../../db/network-store.js';
import type { Locale } from '../../i18n/locales.js';
import { actorsOnDate } from '../matrices/matrix-actors.js';

/** Organisations' names on a meeting's day, for rows that keep an organisation beside a person. */
export async function actorNamesOn(db: Queryable, actorIds: ReadonlyArray<string | null>, date: string, locale: Locale): Promise<Map<string, string>> {
  const ids = actorIds.filter((id): id is string => id !== null);
  const actors = await actorsOnDate(db, ids, date, locale);
  return new Map([...actors].map(([id, actor]) => [id, actor.name]));
}
