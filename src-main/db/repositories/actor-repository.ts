import type { Selectable } from 'kysely';
import type { ActorNameVersion, Representative, SuccessionLink } from '../../api/contract/actors.js';
import type { ActorType, NetworkRole } from '../../domain/actors/actor-codes.js';
import { foldForSearch } from '../../domain/shared/finnish-text.js';
import { containsFolded } from '../text-search.js';
import type { Queryable } from '../network-store.js';
import type { ActorNameTable, ActorTable, RepresentativeTable } from '../schema.js';
import { fromStoredBoolean, fromStoredLocalized } from '../stored-values.js';

/** Reads of actors, their names, successions and representatives. Writes live in the domain. */

export type ActorRow = Selectable<ActorTable>;
export type ActorNameRow = Selectable<ActorNameTable>;
export type RepresentativeRow = Selectable<RepresentativeTable>;

export interface ActorListFilter {
  search?: string;
  type?: ActorType;
  includeArchived?: boolean;
}

export async function findActorRows(db: Queryable, filter: ActorListFilter): Promise<ActorRow[]> {
  let query = db.selectFrom('actor').selectAll();
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  if (filter.type) query = query.where('type', '=', filter.type);
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) {
    query = query.where((eb) =>
      eb.or([
        containsFolded('actor.search_text', search),
        eb.exists(
          eb
            .selectFrom('representative')
            .select('representative.id')
            .whereRef('representative.actor_id', '=', 'actor.id')
            .where(containsFolded('representative.search_text', search)),
        ),
      ]),
    );
  }
  return query.execute();
}

export async function findActorRow(db: Queryable, id: string): Promise<ActorRow | undefined> {
  return db.selectFrom('actor').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findNameRows(db: Queryable, actorIds: readonly string[]): Promise<ActorNameRow[]> {
  if (actorIds.length === 0) return [];
  return db.selectFrom('actor_name').selectAll().where('actor_id', 'in', actorIds).execute();
}

export async function findAllNameRows(db: Queryable): Promise<ActorNameRow[]> {
  return db.selectFrom('actor_name').selectAll().execute();
}

/** The name valid at a date: the latest version starting on or before it (null = from the start). */
export function nameRowAt(rows: readonly ActorNameRow[], date: string): ActorNameRow | undefined {
  const sorted = sortNameRows(rows);
  let current: ActorNameRow | undefined = sorted[0];
  for (const row of sorted) if (row.valid_from === null || row.valid_from <= date) current = row;
  return current;
}

export function sortNameRows(rows: readonly ActorNameRow[]): ActorNameRow[] {
  return [...rows].sort((a, b) => (a.valid_from ?? '').localeCompare(b.valid_from ?? ''));
}

export function toNameVersion(row: ActorNameRow): ActorNameVersion {
  return { id: row.id, validFrom: row.valid_from, name: fromStoredLocalized(row, 'name'), shortName: fromStoredLocalized(row, 'short_name') };
}

export async function findSuccessionRows(db: Queryable, actorId?: string) {
  let query = db.selectFrom('actor_succession').selectAll();
  if (actorId) query = query.where((eb) => eb.or([eb('predecessor_id', '=', actorId), eb('successor_id', '=', actorId)]));
  return query.execute();
}

export function toSuccessionLink(
  row: { id: string; effective_date: string; note: string | null; row_version: number },
  otherActorId: string,
  otherActorName: string,
): SuccessionLink {
  return { id: row.id, actorId: otherActorId, actorName: otherActorName, effectiveDate: row.effective_date, note: row.note, rowVersion: row.row_version };
}

export async function findRepresentativeRows(db: Queryable, actorId?: string): Promise<RepresentativeRow[]> {
  let query = db.selectFrom('representative').selectAll();
  if (actorId) query = query.where('actor_id', '=', actorId);
  return query.execute();
}

export async function findRepresentativeRow(db: Queryable, id: string): Promise<RepresentativeRow | undefined> {
  return db.selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countRepresentativesByActor(db: Queryable): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('representative')
    .select(['actor_id', db.fn.countAll<number>().as('count')])
    .where('archived_at', 'is', null)
    .groupBy('actor_id')
    .execute();
  return new Map(rows.map((row) => [row.actor_id, Number(row.count)]));
}

export function toRepresentative(row: RepresentativeRow): Representative {
  return {
    id: row.id,
    actorId: row.actor_id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    networkRole: row.network_role as NetworkRole,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    archived: row.archived_at !== null,
    rowVersion: row.row_version,
  };
}

export const actorIsPublicAuthority = (row: ActorRow): boolean => fromStoredBoolean(row.is_public_authority);
