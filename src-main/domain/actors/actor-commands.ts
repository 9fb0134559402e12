import type { z } from 'zod';
import type { ActorDetail, actorFieldsSchema } from '../../api/contract/actors.js';
import type { LocalizedText } from '../../api/contract/common.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findActorRow, findNameRows, findSuccessionRows, nameRowAt } from '../../db/repositories/actor-repository.js';
import { toStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import { getActorDetail } from './actor-queries.js';

export type ActorFields = z.output<typeof actorFieldsSchema>;

function actorColumns(fields: ActorFields) {
  return {
    type: fields.type,
    is_public_authority: toStoredBoolean(fields.isPublicAuthority),
    business_id: fields.businessId,
    municipality: fields.municipality,
    website: fields.website,
    notes: fields.notes,
    valid_from: fields.validFrom,
    valid_to: fields.validTo,
  };
}

export async function createActor(context: WriteContext, fields: ActorFields): Promise<ActorDetail> {
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('actor')
    .values({ id, ...actorColumns(fields), archived_at: null, search_text: '', created_at: now, updated_at: now, row_version: 1 })
    .execute();
  await insertNameVersion(context, id, null, fields.name, fields.shortName ?? null);
  await refreshSearchText(context, id);
  const created = await getActorDetail(context, id);
  await recordChange(context.db, context.author, { entityType: 'actor', entityId: id, operation: 'create', after: created });
  return created;
}

/** Changes the actor's fields; a changed name corrects the name valid today (a rename from a date is `renameActor`). */
export async function updateActor(context: WriteContext, id: string, expectedVersion: number, fields: ActorFields): Promise<ActorDetail> {
  const before = await getActorDetail(context, id);
  await bumpVersion(context.db, 'actor', id, expectedVersion, { ...actorColumns(fields), updated_at: context.author.now.toISOString() });
  const current = nameRowAt(await findNameRows(context.db, [id]), context.today);
  if (current) {
    await context.db
      .updateTable('actor_name')
      .set({
        ...toStoredLocalized('name', fields.name),
        ...toStoredLocalized('short_name', fields.shortName ?? null),
        updated_at: context.author.now.toISOString(),
        row_version: current.row_version + 1,
      })
      .where('id', '=', current.id)
      .execute();
  }
  await refreshSearchText(context, id);
  const after = await getActorDetail(context, id);
  await recordChange(context.db, context.author, { entityType: 'actor', entityId: id, operation: 'update', before, after });
  return after;
}

export async function renameActor(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  validFrom: string,
  name: LocalizedText,
  shortName: LocalizedText | null,
): Promise<ActorDetail> {
  const before = await getActorDetail(context, id);
  if (before.names.some((version) => version.validFrom === validFrom)) throw new AppError('name_version_exists', { validFrom }, ['validFrom']);
  await bumpVersion(context.db, 'actor', id, expectedVersion, { updated_at: context.author.now.toISOString() });
  await insertNameVersion(context, id, validFrom, name, shortName);
  await refreshSearchText(context, id);
  const after = await getActorDetail(context, id);
  await recordChange(context.db, context.author, { entityType: 'actor', entityId: id, operation: 'update', before, after });
  return after;
}

export async function setActorArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<ActorDetail> {
  const before = await getActorDetail(context, id);
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'actor', id, expectedVersion, { archived_at: archived ? now : null, updated_at: now });
  const after = await getActorDetail(context, id);
  await recordChange(context.db, context.author, { entityType: 'actor', entityId: id, operation: archived ? 'archive' : 'restore', before, after });
  return after;
}

/** Records that the successors took over from the predecessor on a date (a split when several). */
export async function addSuccession(
  context: WriteContext,
  predecessorId: string,
  successorIds: readonly string[],
  effectiveDate: string,
  note: string | null,
): Promise<ActorDetail> {
  if (!(await findActorRow(context.db, predecessorId))) throw new AppError('not_found', { id: predecessorId }, ['predecessorId']);
  const existing = await findSuccessionRows(context.db);
  const now = context.author.now.toISOString();
  for (const [index, successorId] of [...new Set(successorIds)].entries()) {
    const path = ['successorIds', index];
    if (successorId === predecessorId) throw new AppError('succession_self', {}, path);
    if (!(await findActorRow(context.db, successorId))) throw new AppError('not_found', { id: successorId }, path);
    if (existing.some((row) => row.predecessor_id === predecessorId && row.successor_id === successorId)) {
      throw new AppError('succession_exists', {}, path);
    }
    if (leadsTo(existing, successorId, predecessorId)) {
      const successor = await getActorDetail(context, successorId);
      throw new AppError('succession_cycle', { name: pickLocalized(successor.name, context.locale)?.text ?? '?' }, path);
    }
    const id = newId(context.author.now.getTime());
    const row = {
      id,
      predecessor_id: predecessorId,
      successor_id: successorId,
      effective_date: effectiveDate,
      note,
      created_at: now,
      updated_at: now,
      row_version: 1,
    };
    await context.db.insertInto('actor_succession').values(row).execute();
    existing.push(row);
    await recordChange(context.db, context.author, { entityType: 'actor_succession', entityId: id, operation: 'create', after: row });
  }
  return getActorDetail(context, predecessorId);
}

export async function removeSuccession(context: WriteContext, id: string, expectedVersion: number): Promise<ActorDetail> {
  const row = await context.db.selectFrom('actor_succession').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'actor_succession', id);
  await context.db.deleteFrom('actor_succession').where('id', '=', id).execute();
  await recordChange(context.db, context.author, { entityType: 'actor_succession', entityId: id, operation: 'delete', before: row });
  return getActorDetail(context, row.predecessor_id);
}

/** Does following successions from `start` lead to `target`? (Then a link target → start would close a loop.) */
function leadsTo(successions: ReadonlyArray<{ predecessor_id: string; successor_id: string }>, start: string, target: string): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const row of successions) if (row.predecessor_id === current) queue.push(row.successor_id);
  }
  return false;
}

async function insertNameVersion(context: WriteContext, actorId: string, validFrom: string | null, name: LocalizedText, shortName: LocalizedText | null) {
  const now = context.author.now.toISOString();
  await context.db
    .insertInto('actor_name')
    .values({
      id: newId(context.author.now.getTime()),
      actor_id: actorId,
      valid_from: validFrom,
      ...(toStoredLocalized('name', name) as { name_fi: string | null; name_sv: string | null; name_en: string | null }),
      ...(toStoredLocalized('short_name', shortName) as { short_name_fi: string | null; short_name_sv: string | null; short_name_en: string | null }),
      created_at: now,
      updated_at: now,
      row_version: 1,
    })
    .execute();
}

/** Every name the actor has ever had is searchable, so old documents' names still find it. */
async function refreshSearchText(context: WriteContext, actorId: string) {
  const actor = await findActorRow(context.db, actorId);
  const names = await findNameRows(context.db, [actorId]);
  const parts = names.flatMap((row) => [row.name_fi, row.name_sv, row.name_en, row.short_name_fi, row.short_name_sv, row.short_name_en]);
  parts.push(actor?.municipality ?? null, actor?.business_id ?? null);
  const searchText = foldForSearch(parts.filter(Boolean).join(' | '));
  await context.db.updateTable('actor').set({ search_text: searchText }).where('id', '=', actorId).execute();
}
