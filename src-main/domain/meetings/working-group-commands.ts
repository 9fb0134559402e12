import type { z } from 'zod';
import type { meetingsContract, WorkingGroupView } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findWorkingGroupMemberRows, findWorkingGroupRow } from '../../db/repositories/working-group-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { getWorkingGroup } from './working-group-view.js';

/** Working groups: create, rename, archive, and set who belongs to them (and from when). */

type CreateInput = z.output<(typeof meetingsContract)['workingGroups.create']['input']>;
type UpdateInput = z.output<(typeof meetingsContract)['workingGroups.update']['input']>;
type MembersInput = z.output<(typeof meetingsContract)['workingGroups.setMembers']['input']>['members'];

export async function createWorkingGroup(context: WriteContext, input: CreateInput): Promise<WorkingGroupView> {
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const row = {
    id,
    ...toStoredLocalized('name', input.name),
    ...toStoredLocalized('description', input.description),
    record_kind_default: input.recordKindDefault ?? null,
    archived_at: null,
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('working_group').values(row).execute();
  await recordChange(context.db, context.author, { entityType: 'working_group', entityId: id, operation: 'create', after: row });
  return getWorkingGroup(context, id);
}

export async function updateWorkingGroup(context: WriteContext, input: UpdateInput): Promise<WorkingGroupView> {
  const before = await requireGroup(context, input.id);
  await bumpVersion(context.db, 'working_group', input.id, input.expectedVersion, {
    ...toStoredLocalized('name', input.name),
    ...(input.description ? toStoredLocalized('description', input.description) : {}),
    ...(input.recordKindDefault !== undefined ? { record_kind_default: input.recordKindDefault } : {}),
    updated_at: context.author.now.toISOString(),
  });
  return logged(context, before, 'update');
}

export async function setWorkingGroupArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<WorkingGroupView> {
  const before = await requireGroup(context, id);
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'working_group', id, expectedVersion, { archived_at: archived ? (before.archived_at ?? now) : null, updated_at: now });
  return logged(context, before, archived ? 'archive' : 'restore');
}

/**
 * Replaces the members: a person may belong several times only over periods that do not overlap
 * (a role changing from a given day), so nobody is listed or invited twice on one day.
 */
export async function setWorkingGroupMembers(context: WriteContext, id: string, expectedVersion: number, members: MembersInput): Promise<WorkingGroupView> {
  const before = await requireGroup(context, id);
  for (const [index, member] of members.entries()) {
    const path = ['members', index];
    if (member.validFrom && member.validTo && member.validTo < member.validFrom) throw new AppError('period_reversed', {}, [...path, 'validTo']);
    const overlapping = members
      .slice(0, index)
      .some(
        (earlier) =>
          earlier.representativeId === member.representativeId &&
          (earlier.validFrom ?? '') <= (member.validTo ?? '9999-12-31') &&
          (member.validFrom ?? '') <= (earlier.validTo ?? '9999-12-31'),
      );
    if (overlapping) throw new AppError('working_group_member_duplicate', {}, [...path, 'representativeId']);
    const found = await context.db.selectFrom('representative').select('id').where('id', '=', member.representativeId).executeTakeFirst();
    if (!found) throw new AppError('not_found', { id: member.representativeId }, [...path, 'representativeId']);
  }
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'working_group', id, expectedVersion, { updated_at: now });
  const previous = await findWorkingGroupMemberRows(context.db, [id]);
  await context.db.deleteFrom('working_group_member').where('working_group_id', '=', id).execute();
  for (const member of members) {
    await context.db
      .insertInto('working_group_member')
      .values({
        id: newId(context.author.now.getTime()),
        working_group_id: id,
        representative_id: member.representativeId,
        role: member.role,
        valid_from: member.validFrom,
        valid_to: member.validTo,
        created_at: now,
        updated_at: now,
        row_version: 1,
      })
      .execute();
  }
  const after = await findWorkingGroupMemberRows(context.db, [id]);
  await recordChange(context.db, context.author, {
    entityType: 'working_group',
    entityId: id,
    operation: 'update',
    before: { ...before, members: previous },
    after: { ...(await findWorkingGroupRow(context.db, id)), members: after },
  });
  return getWorkingGroup(context, id);
}

async function requireGroup(context: WriteContext, id: string) {
  const row = await findWorkingGroupRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, ['id']);
  return row;
}

async function logged(context: WriteContext, before: object & { id: string }, operation: 'update' | 'archive' | 'restore'): Promise<WorkingGroupView> {
  const after = await findWorkingGroupRow(context.db, before.id);
  await recordChange(context.db, context.author, { entityType: 'working_group', entityId: before.id, operation, before, after: after ?? null });
  return getWorkingGroup(context, before.id);
}
