import type { PersonRef } from '../../api/contract/meetings.js';
import { findNameRows, nameRowAt } from '../../db/repositories/actor-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { isWithinPeriod } from '../shared/calendar.js';
import { pickLocalized } from '../shared/localized-text.js';

/** People as a meeting shows them: name, and the organisation's name on the meeting's day. */
export async function loadPeople(db: Queryable, ids: ReadonlyArray<string | null | undefined>, date: string, locale: Locale): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('representative').selectAll().where('id', 'in', wanted).execute();
  if (rows.length === 0) return new Map();
  const nameRows = await findNameRows(db, [...new Set(rows.map((row) => row.actor_id))]);
  const actors = await db
    .selectFrom('actor')
    .select(['id', 'archived_at', 'valid_from', 'valid_to'])
    .where('id', 'in', rows.map((row) => row.actor_id))
    .execute();
  // an organisation that had ended (or not begun) by the day cannot be represented at the meeting
  const archivedActors = new Set(
    actors.filter((actor) => actor.archived_at !== null || !isWithinPeriod(date, actor.valid_from, actor.valid_to)).map((actor) => actor.id),
  );
  const people = new Map<string, PersonRef>();
  for (const row of rows) {
    const nameRow = nameRowAt(nameRows.filter((name) => name.actor_id === row.actor_id), date);
    const actorName = nameRow ? pickLocalized(fromStoredLocalized(nameRow, 'name'), locale)?.text ?? '?' : '?';
    people.set(row.id, {
      representativeId: row.id,
      name: row.name,
      actorId: row.actor_id,
      actorName,
      email: row.email,
      inactive: row.archived_at !== null || archivedActors.has(row.actor_id) || !isWithinPeriod(date, row.valid_from, row.valid_to),
    });
  }
  return people;
}

/** Every representative who may be invited to a network meeting on the date: not archived, valid that day, of an organisation that exists that day. */
export async function representativesValidOn(db: Queryable, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('representative')
    .innerJoin('actor', 'actor.id', 'representative.actor_id')
    .select([
      'representative.id',
      'representative.valid_from',
      'representative.valid_to',
      'representative.name',
      'actor.valid_from as actor_valid_from',
      'actor.valid_to as actor_valid_to',
    ])
    .where('representative.archived_at', 'is', null)
    .where('actor.archived_at', 'is', null)
    .orderBy('representative.name')
    .execute();
  return rows
    .filter((row) => isWithinPeriod(date, row.valid_from, row.valid_to) && isWithinPeriod(date, row.actor_valid_from, row.actor_valid_to))
    .map((row) => row.id);
}
