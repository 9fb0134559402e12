import type { RecordKind, WorkingGroupRole, WorkingGroupView } from '../../api/contract/meetings.js';
import {
  findWorkingGroupMemberRows,
  findWorkingGroupRow,
  findWorkingGroupRows,
  type WorkingGroupRow,
} from '../../db/repositories/working-group-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import { loadPeople } from './meeting-people.js';

/** Working groups (työryhmät) with their members as they are today. */

export async function listWorkingGroups(context: ReadContext, includeArchived: boolean): Promise<WorkingGroupView[]> {
  const rows = await findWorkingGroupRows(context.db, includeArchived);
  const views = await toViews(context, rows);
  return views.sort((a, b) => Number(a.archived) - Number(b.archived) || compareFinnish(a.name, b.name));
}

export async function getWorkingGroup(context: ReadContext, id: string): Promise<WorkingGroupView> {
  const row = await findWorkingGroupRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  return (await toViews(context, [row]))[0]!;
}

const ROLE_ORDER: Record<WorkingGroupRole, number> = { chair: 0, secretary: 1, member: 2 };

async function toViews(context: ReadContext, rows: readonly WorkingGroupRow[]): Promise<WorkingGroupView[]> {
  const members = await findWorkingGroupMemberRows(context.db, rows.map((row) => row.id));
  const people = await loadPeople(context.db, members.map((member) => member.representative_id), context.today, context.locale);
  return rows.map((row) => {
    const names = fromStoredLocalized(row, 'name');
    const name = pickLocalized(names, context.locale) ?? { text: '', language: context.locale };
    return {
      id: row.id,
      name: name.text,
      nameLanguage: name.language,
      names,
      description: fromStoredLocalized(row, 'description'),
      recordKindDefault: row.record_kind_default as RecordKind | null,
      archived: row.archived_at !== null,
      members: members
        .filter((member) => member.working_group_id === row.id)
        .flatMap((member) => {
          const person = people.get(member.representative_id);
          return person
            ? [{ ...person, memberId: member.id, role: member.role as WorkingGroupRole, validFrom: member.valid_from, validTo: member.valid_to }]
            : [];
        })
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || compareFinnish(a.name, b.name)),
      rowVersion: row.row_version,
    };
  });
}
