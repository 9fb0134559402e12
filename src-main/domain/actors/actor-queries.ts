import type { ActorDetail, ActorSummary } from '../../api/contract/actors.js';
import {
  type ActorListFilter,
  type ActorNameRow,
  actorIsPublicAuthority,
  countRepresentativesByActor,
  findActorRow,
  findActorRows,
  findAllNameRows,
  findNameRows,
  findRepresentativeRows,
  findSuccessionRows,
  nameRowAt,
  sortNameRows,
  toNameVersion,
  toRepresentative,
  toSuccessionLink,
} from '../../db/repositories/actor-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import type { ActorType } from './actor-codes.js';

export async function listActors(context: ReadContext, filter: ActorListFilter): Promise<ActorSummary[]> {
  const [rows, nameRows, successions, counts] = await Promise.all([
    findActorRows(context.db, filter),
    findAllNameRows(context.db),
    findSuccessionRows(context.db),
    countRepresentativesByActor(context.db),
  ]);
  const namesByActor = groupBy(nameRows, (row) => row.actor_id);
  const displayName = (actorId: string) => displayNameAt(namesByActor.get(actorId) ?? [], context);
  const summaries = rows.map((row): ActorSummary => {
    const name = displayName(row.id);
    const current = nameRowAt(namesByActor.get(row.id) ?? [], context.today);
    const shortName = current ? pickLocalized(fromStoredLocalized(current, 'short_name'), context.locale) : null;
    return {
      id: row.id,
      name: name.text,
      nameLanguage: name.language,
      shortName: shortName?.text ?? null,
      type: row.type as ActorType,
      isPublicAuthority: actorIsPublicAuthority(row),
      municipality: row.municipality,
      archived: row.archived_at !== null,
      succeededBy: successions
        .filter((succession) => succession.predecessor_id === row.id && succession.effective_date <= context.today)
        .map((succession) => displayName(succession.successor_id).text),
      representativeCount: counts.get(row.id) ?? 0,
      rowVersion: row.row_version,
    };
  });
  return summaries.sort((a, b) => compareFinnish(a.name, b.name));
}

export async function getActorDetail(context: ReadContext, id: string): Promise<ActorDetail> {
  const row = await findActorRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  const [nameRows, successions, representatives] = await Promise.all([
    findNameRows(context.db, [id]),
    findSuccessionRows(context.db, id),
    findRepresentativeRows(context.db, id),
  ]);
  const otherIds = successions.map((succession) => (succession.predecessor_id === id ? succession.successor_id : succession.predecessor_id));
  const otherNames = groupBy(await findNameRows(context.db, otherIds), (nameRow) => nameRow.actor_id);
  const current = nameRowAt(nameRows, context.today);
  const link = (succession: (typeof successions)[number], otherId: string) =>
    toSuccessionLink(succession, otherId, displayNameAt(otherNames.get(otherId) ?? [], context).text);
  return {
    id: row.id,
    type: row.type as ActorType,
    isPublicAuthority: actorIsPublicAuthority(row),
    businessId: row.business_id,
    municipality: row.municipality,
    website: row.website,
    notes: row.notes,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    archived: row.archived_at !== null,
    rowVersion: row.row_version,
    name: current ? fromStoredLocalized(current, 'name') : { fi: null, sv: null, en: null },
    shortName: current ? fromStoredLocalized(current, 'short_name') : { fi: null, sv: null, en: null },
    names: sortNameRows(nameRows).map(toNameVersion),
    predecessors: successions.filter((s) => s.successor_id === id).map((s) => link(s, s.predecessor_id)),
    successors: successions.filter((s) => s.predecessor_id === id).map((s) => link(s, s.successor_id)),
    representatives: representatives
      .map(toRepresentative)
      .sort((a, b) => Number(a.archived) - Number(b.archived) || compareFinnish(a.name, b.name)),
  };
}

function displayNameAt(nameRows: readonly ActorNameRow[], context: ReadContext) {
  const current = nameRowAt(nameRows, context.today);
  const picked = current ? pickLocalized(fromStoredLocalized(current, 'name'), context.locale) : null;
  return picked ?? { text: '?', language: context.locale };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
