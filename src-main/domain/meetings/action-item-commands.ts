import type { LocalizedText } from '../../api/contract/common.js';
import type { ActionItemView, MeetingDetail } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findRepresentativeRow } from '../../db/repositories/actor-repository.js';
import { type ActionItemRow, findActionItemRow } from '../../db/repositories/action-item-repository.js';
import { findAgendaItemRow } from '../../db/repositories/agenda-item-repository.js';
import { findMeetingRow } from '../../db/repositories/meeting-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { toActionItemViews } from './action-item-view.js';
import { meetingWithOpenRecord } from './open-record.js';
import { getMeetingDetail } from './meeting-view.js';

export interface ActionItemFields {
  title: LocalizedText;
  ownerActorId?: string | null;
  ownerRepresentativeId?: string | null;
  dueDate?: string | null;
  goalActionId?: string | null;
}

/**
 * Action items (tehtävät): made at a meeting (part of its record, so not added to an approved one),
 * then followed up, closed and reopened at any time, since they carry over until done.
 */
export async function createActionItem(context: WriteContext, meetingId: string, agendaItemId: string | null, fields: ActionItemFields): Promise<MeetingDetail> {
  const meeting = await meetingWithOpenRecord(context.db, meetingId);
  if (agendaItemId) {
    const item = await findAgendaItemRow(context.db, agendaItemId);
    if (!item) throw new AppError('not_found', { id: agendaItemId }, ['agendaItemId']);
    if (item.meeting_id !== meeting.id) throw new AppError('action_item_agenda_item_elsewhere', {}, ['agendaItemId']);
  }
  const now = context.author.now.toISOString();
  const row = {
    id: newId(context.author.now.getTime()),
    meeting_id: meeting.id,
    agenda_item_id: agendaItemId,
    ...(await checkedColumns(context, fields)),
    status: 'open',
    closed_on: null,
    closing_note: null,
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('action_item').values(row).execute();
  await recordChange(context.db, context.author, { entityType: 'action_item', entityId: row.id, operation: 'create', after: row });
  return getMeetingDetail(context, meeting.id);
}

export async function updateActionItem(context: WriteContext, id: string, expectedVersion: number, fields: ActionItemFields): Promise<ActionItemView> {
  const before = await rowOrThrow(context, id);
  const columns = await checkedColumns(context, fields, before.closing_note, before.goal_action_id);
  return changed(context, before, expectedVersion, columns);
}

export async function closeActionItem(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  close: { status: 'done' | 'dropped'; closedOn: string; closingNote: string | null },
): Promise<ActionItemView> {
  const before = await rowOrThrow(context, id);
  if (before.status !== 'open') throw new AppError('action_item_already_closed', {}, ['id']);
  const madeOn = (await findMeetingRow(context.db, before.meeting_id))!.starts_at.slice(0, 10);
  if (close.closedOn < madeOn) throw new AppError('action_item_closed_before_made', { date: madeOn }, ['closedOn']);
  if (close.closedOn > context.today) throw new AppError('action_item_closed_in_future', {}, ['closedOn']);
  return changed(context, before, expectedVersion, {
    status: close.status,
    closed_on: close.closedOn,
    closing_note: close.closingNote,
    search_text: searchTextOf(fromRow(before), close.closingNote),
  });
}

export async function reopenActionItem(context: WriteContext, id: string, expectedVersion: number): Promise<ActionItemView> {
  const before = await rowOrThrow(context, id);
  if (before.status === 'open') throw new AppError('action_item_not_closed', {}, ['id']);
  return changed(context, before, expectedVersion, { status: 'open', closed_on: null, closing_note: null, search_text: searchTextOf(fromRow(before), null) });
}

/** Removes an item entered by mistake; returns its meeting. */
export async function removeActionItem(context: WriteContext, id: string, expectedVersion: number): Promise<MeetingDetail> {
  const row = await findActionItemRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'action_item', id);
  await meetingWithOpenRecord(context.db, row.meeting_id, ['id']);
  await context.db.deleteFrom('action_item').where('id', '=', id).execute();
  await recordChange(context.db, context.author, { entityType: 'action_item', entityId: id, operation: 'delete', before: row });
  return getMeetingDetail(context, row.meeting_id);
}

async function changed(context: WriteContext, before: ActionItemRow, expectedVersion: number, values: Record<string, unknown>): Promise<ActionItemView> {
  await bumpVersion(context.db, 'action_item', before.id, expectedVersion, { ...values, updated_at: context.author.now.toISOString() });
  const after = (await findActionItemRow(context.db, before.id))!;
  await recordChange(context.db, context.author, { entityType: 'action_item', entityId: before.id, operation: 'update', before, after });
  const [view] = await toActionItemViews(context, [after], { referenceDate: context.today, namesOn: context.today });
  return view!;
}

async function rowOrThrow(context: WriteContext, id: string): Promise<ActionItemRow> {
  const row = await findActionItemRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, ['id']);
  return row;
}

/**
 * The owner: an organisation, a representative, or both when the representative is of that
 * organisation; a representative alone brings their organisation along (so filters by actor find it).
 */
async function checkedColumns(context: WriteContext, fields: ActionItemFields, closingNote: string | null = null, linkedGoalActionId: string | null = null) {
  let ownerActorId = fields.ownerActorId ?? null;
  const ownerRepresentativeId = fields.ownerRepresentativeId ?? null;
  if (ownerActorId && !(await context.db.selectFrom('actor').select('id').where('id', '=', ownerActorId).executeTakeFirst())) {
    throw new AppError('not_found', { id: ownerActorId }, ['ownerActorId']);
  }
  if (ownerRepresentativeId) {
    const representative = await findRepresentativeRow(context.db, ownerRepresentativeId);
    if (!representative) throw new AppError('not_found', { id: ownerRepresentativeId }, ['ownerRepresentativeId']);
    if (ownerActorId && representative.actor_id !== ownerActorId) {
      throw new AppError('action_item_owner_not_of_actor', { name: representative.name }, ['ownerRepresentativeId']);
    }
    ownerActorId = representative.actor_id;
  }
  const goalActionId = fields.goalActionId ?? null;
  if (goalActionId) {
    const action = await context.db
      .selectFrom('goal_action')
      .innerJoin('network_goal', 'network_goal.id', 'goal_action.goal_id')
      .select(['goal_action.id', 'network_goal.archived_at'])
      .where('goal_action.id', '=', goalActionId)
      .executeTakeFirst();
    if (!action) throw new AppError('not_found', { id: goalActionId }, ['goalActionId']);
    // a link made before the goal was archived stays; a new one is not made
    if (action.archived_at !== null && goalActionId !== linkedGoalActionId) throw new AppError('action_item_goal_archived', {}, ['goalActionId']);
  }
  return {
    ...toStoredLocalized('title', fields.title),
    owner_actor_id: ownerActorId,
    owner_representative_id: ownerRepresentativeId,
    due_date: fields.dueDate ?? null,
    goal_action_id: goalActionId,
    search_text: searchTextOf(fields.title, closingNote),
  };
}

const fromRow = (row: ActionItemRow): LocalizedText => ({ fi: row.title_fi, sv: row.title_sv, en: row.title_en });

function searchTextOf(title: LocalizedText, closingNote: string | null): string {
  return foldForSearch([title.fi, title.sv, title.en, closingNote].filter(Boolean).join(' | '));
}
