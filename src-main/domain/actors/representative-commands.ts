import type { z } from 'zod';
import type { Representative, representativeFieldsSchema } from '../../api/contract/actors.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findActorRow, findRepresentativeRow, toRepresentative } from '../../db/repositories/actor-repository.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';

export type RepresentativeFields = Omit<z.output<typeof representativeFieldsSchema>, 'actorId'>;

function representativeColumns(fields: RepresentativeFields) {
  return {
    name: fields.name,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    network_role: fields.networkRole,
    valid_from: fields.validFrom,
    valid_to: fields.validTo,
    search_text: foldForSearch([fields.name, fields.title, fields.email].filter(Boolean).join(' | ')),
  };
}

async function loadRepresentative(context: WriteContext, id: string): Promise<Representative> {
  const row = await findRepresentativeRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  return toRepresentative(row);
}

export async function createRepresentative(context: WriteContext, actorId: string, fields: RepresentativeFields): Promise<Representative> {
  if (!(await findActorRow(context.db, actorId))) throw new AppError('not_found', { id: actorId }, ['actorId']);
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('representative')
    .values({ id, actor_id: actorId, ...representativeColumns(fields), archived_at: null, created_at: now, updated_at: now, row_version: 1 })
    .execute();
  const created = await loadRepresentative(context, id);
  await recordChange(context.db, context.author, { entityType: 'representative', entityId: id, operation: 'create', after: created });
  return created;
}

export async function updateRepresentative(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  fields: RepresentativeFields,
): Promise<Representative> {
  const before = await loadRepresentative(context, id);
  await bumpVersion(context.db, 'representative', id, expectedVersion, { ...representativeColumns(fields), updated_at: context.author.now.toISOString() });
  const after = await loadRepresentative(context, id);
  await recordChange(context.db, context.author, { entityType: 'representative', entityId: id, operation: 'update', before, after });
  return after;
}

export async function setRepresentativeArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<Representative> {
  const before = await loadRepresentative(context, id);
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'representative', id, expectedVersion, { archived_at: archived ? now : null, updated_at: now });
  const after = await loadRepresentative(context, id);
  await recordChange(context.db, context.author, {
    entityType: 'representative',
    entityId: id,
    operation: archived ? 'archive' : 'restore',
    before,
    after,
  });
  return after;
}
