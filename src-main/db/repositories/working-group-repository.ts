import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { WorkingGroupMemberTable, WorkingGroupTable } from '../schema.js';

/** Reads of working groups (työryhmät) and their members. */

export type WorkingGroupRow = Selectable<WorkingGroupTable>;
export type WorkingGroupMemberRow = Selectable<WorkingGroupMemberTable>;

export async function findWorkingGroupRows(db: Queryable, includeArchived: boolean): Promise<WorkingGroupRow[]> {
  let query = db.selectFrom('working_group').selectAll();
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return query.execute();
}

export async function findWorkingGroupRow(db: Queryable, id: string): Promise<WorkingGroupRow | undefined> {
  return db.selectFrom('working_group').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findWorkingGroupMemberRows(db: Queryable, groupIds: readonly string[]): Promise<WorkingGroupMemberRow[]> {
  if (groupIds.length === 0) return [];
  return db.selectFrom('working_group_member').selectAll().where('working_group_id', 'in', [...new Set(groupIds)]).orderBy('id').execute();
}
