import type { z } from 'zod';
import type { LocalizedText } from '../../api/contract/common.js';
import type { AgendaItemKind, MeetingDetail, meetingsContract } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { type AgendaItemRow, countDecisionsOfItem, findAgendaItemRow, findAgendaItemRows } from '../../db/repositories/agenda-item-repository.js';
import { findAttachmentSummaries } from '../../db/repositories/meeting-attachment-repository.js';
import { findMeetingRow, meetingNumber, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import { fromStoredBoolean, toStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { sectionNumbersFor } from './agenda-section-numbers.js';
import { refreshAgendaItemSearchText } from './meeting-search-text.js';
import { readMeetingSettings } from './meeting-settings.js';
import { getMeetingDetail } from './meeting-view.js';

/** The agenda's § items: add, change, reorder, remove, and carry an undiscussed item to a later meeting. */

type CreateInput = z.output<(typeof meetingsContract)['agendaItems.create']['input']>;
type UpdateInput = z.output<(typeof meetingsContract)['agendaItems.update']['input']>;

export interface NewAgendaItem {
  kind: AgendaItemKind;
  title: LocalizedText;
  presenterId?: string | null;
  presenterText?: string | null;
  durationMinutes?: number | null;
  background?: LocalizedText;
  proposal?: LocalizedText;
  processId?: string | null;
  matrixVersionId?: string | null;
  carriedFromItemId?: string | null;
}

export async function createAgendaItem(context: WriteContext, input: CreateInput): Promise<MeetingDetail> {
  const meeting = await openMeeting(context, input.meetingId, ['meetingId']);
  await checkSubjects(context, input);
  await insertAgendaItem(context, meeting, { ...input, kind: 'regular' }, input.afterItemId ?? null);
  return getMeetingDetail(context, meeting.id);
}

/**
 * Puts a new item on a meeting's agenda: after the given item, or by default before the closing
 * item (or at the end). An item added to an agenda already sent (lisäpykälä) gets its number now,
 * the next free one of its scope, so it keeps it whatever is added later.
 */
export async function insertAgendaItem(context: WriteContext, meeting: MeetingRow, item: NewAgendaItem, afterItemId: string | null): Promise<string> {
  const items = await findAgendaItemRows(context.db, [meeting.id]);
  let index: number;
  if (afterItemId) {
    const after = items.findIndex((row) => row.id === afterItemId);
    if (after < 0) throw new AppError('agenda_item_other_meeting', {}, ['afterItemId']);
    index = after + 1;
  } else {
    const closing = items.findIndex((row) => row.kind === 'closing');
    index = closing >= 0 && item.kind !== 'closing' ? closing : items.length;
  }
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const row = {
    id,
    meeting_id: meeting.id,
    sort_order: index + 1,
    section_number: null,
    kind: item.kind,
    ...toStoredLocalized('title', item.title),
    presenter_representative_id: item.presenterId ?? null,
    presenter_text: item.presenterText ?? null,
    duration_minutes: item.durationMinutes ?? null,
    ...toStoredLocalized('background', item.background),
    ...toStoredLocalized('proposal', item.proposal),
    ...toStoredLocalized('discussion', null),
    not_discussed: 0,
    carried_from_item_id: item.carriedFromItemId ?? null,
    carry_over_dismissed: 0,
    process_id: item.processId ?? null,
    matrix_version_id: item.matrixVersionId ?? null,
    search_text: '',
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('agenda_item').values(row).execute();
  const order = items.map((existing) => existing.id);
  order.splice(index, 0, id);
  await writeOrder(context, meeting.id, order);
  if (fromStoredBoolean(meeting.numbers_fixed) && meeting.status !== 'cancelled') {
    const settings = await readMeetingSettings(context.db);
    const number = (await sectionNumbersFor(context.db, [meeting], settings.sectionNumbering)).get(id) ?? null;
    await context.db.updateTable('agenda_item').set({ section_number: number }).where('id', '=', id).execute();
  }
  await refreshAgendaItemSearchText(context.db, id);
  const stored = await findAgendaItemRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'agenda_item', entityId: id, operation: 'create', after: stored! });
  return id;
}

export async function updateAgendaItem(context: WriteContext, input: UpdateInput): Promise<MeetingDetail> {
  const before = await requireItem(context, input.itemId);
  await openMeeting(context, before.meeting_id, ['itemId']);
  await checkSubjects(context, input);
  const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  await bumpVersion(context.db, 'agenda_item', before.id, input.expectedVersion, {
    ...toStoredLocalized('title', input.title),
    presenter_representative_id: keep(input.presenterId, before.presenter_representative_id),
    presenter_text: input.presenterText,
    duration_minutes: keep(input.durationMinutes, before.duration_minutes),
    ...(input.background ? toStoredLocalized('background', input.background) : {}),
    ...(input.proposal ? toStoredLocalized('proposal', input.proposal) : {}),
    ...(input.discussion ? toStoredLocalized('discussion', input.discussion) : {}),
    process_id: keep(input.processId, before.process_id),
    matrix_version_id: keep(input.matrixVersionId, before.matrix_version_id),
    updated_at: context.author.now.toISOString(),
  });
  await refreshAgendaItemSearchText(context.db, before.id);
  await logItemUpdate(context, before);
  return getMeetingDetail(context, before.meeting_id);
}

/** Moves an item before another of the same meeting (null: to the end). Fixed numbers stay with their items. */
export async function moveAgendaItem(context: WriteContext, itemId: string, expectedVersion: number, beforeItemId: string | null): Promise<MeetingDetail> {
  const before = await requireItem(context, itemId);
  await openMeeting(context, before.meeting_id, ['itemId']);
  const items = await findAgendaItemRows(context.db, [before.meeting_id]);
  const order = items.map((item) => item.id).filter((id) => id !== itemId);
  if (beforeItemId === itemId) throw new AppError('agenda_item_other_meeting', {}, ['beforeItemId']);
  const at = beforeItemId === null ? order.length : order.indexOf(beforeItemId);
  if (at < 0) throw new AppError('agenda_item_other_meeting', {}, ['beforeItemId']);
  order.splice(at, 0, itemId);
  await bumpVersion(context.db, 'agenda_item', itemId, expectedVersion, { updated_at: context.author.now.toISOString() });
  await writeOrder(context, before.meeting_id, order);
  await logItemUpdate(context, before);
  return getMeetingDetail(context, before.meeting_id);
}

/** Removes an item without decisions (its attachments go with it). A decided item stays: the record needs it. */
export async function removeAgendaItem(context: WriteContext, itemId: string, expectedVersion: number): Promise<MeetingDetail> {
  const before = await requireItem(context, itemId);
  await openMeeting(context, before.meeting_id, ['itemId']);
  if (before.row_version !== expectedVersion) await throwVersionProblem(context.db, 'agenda_item', itemId);
  if ((await countDecisionsOfItem(context.db, itemId)) > 0) throw new AppError('agenda_item_has_decisions', {}, ['itemId']);
  // the foreign keys would unlink these silently (no row version, no change-log entry)
  if (await context.db.selectFrom('action_item').select('id').where('agenda_item_id', '=', itemId).executeTakeFirst()) {
    throw new AppError('agenda_item_has_action_items', {}, ['itemId']);
  }
  if (await context.db.selectFrom('agenda_item').select('id').where('carried_from_item_id', '=', itemId).executeTakeFirst()) {
    throw new AppError('agenda_item_already_carried', {}, ['itemId']);
  }
  // its attachments go with it (the foreign key cascades): each gets its own change-log entry, as attachments.remove writes
  const attachments = await findAttachmentSummaries(context.db, [itemId]);
  await context.db.deleteFrom('agenda_item').where('id', '=', itemId).execute();
  const remaining = await findAgendaItemRows(context.db, [before.meeting_id]);
  await writeOrder(context, before.meeting_id, remaining.map((item) => item.id));
  for (const attachment of attachments) {
    await recordChange(context.db, context.author, { entityType: 'agenda_attachment', entityId: attachment.id, operation: 'delete', before: attachment });
  }
  await recordChange(context.db, context.author, { entityType: 'agenda_item', entityId: itemId, operation: 'delete', before });
  return getMeetingDetail(context, before.meeting_id);
}

/** Jäi käsittelemättä: the item keeps its number and is offered to the body's later meetings. */
export async function setAgendaItemNotDiscussed(context: WriteContext, itemId: string, expectedVersion: number, notDiscussed: boolean): Promise<MeetingDetail> {
  const before = await requireItem(context, itemId);
  await openMeeting(context, before.meeting_id, ['itemId']);
  await bumpVersion(context.db, 'agenda_item', itemId, expectedVersion, {
    not_discussed: toStoredBoolean(notDiscussed),
    updated_at: context.author.now.toISOString(),
  });
  await logItemUpdate(context, before);
  return getMeetingDetail(context, before.meeting_id);
}

/** Copies an undiscussed item onto a later meeting's agenda, remembering where it came from; returns that meeting. */
export async function carryOverAgendaItem(context: WriteContext, fromItemId: string, toMeetingId: string): Promise<MeetingDetail> {
  const from = await requireItem(context, fromItemId, ['fromItemId']);
  if (!fromStoredBoolean(from.not_discussed)) throw new AppError('agenda_item_not_undiscussed', {}, ['fromItemId']);
  const carried = await context.db.selectFrom('agenda_item').select('id').where('carried_from_item_id', '=', fromItemId).executeTakeFirst();
  if (carried) throw new AppError('agenda_item_already_carried', {}, ['fromItemId']);
  const source = (await findMeetingRow(context.db, from.meeting_id))!;
  const target = await findMeetingRow(context.db, toMeetingId);
  if (!target) throw new AppError('not_found', { id: toMeetingId }, ['toMeetingId']);
  if (target.status === 'cancelled' || target.status === 'held' || target.status === 'record_approved') {
    throw new AppError('agenda_carry_to_closed_meeting', {}, ['toMeetingId']);
  }
  if (target.starts_at <= source.starts_at || target.id === source.id) throw new AppError('agenda_carry_to_earlier_meeting', {}, ['toMeetingId']);
  // a body's undiscussed items go to that body's later meetings (as offeredTo offers them)
  if (target.body_key !== source.body_key) throw new AppError('agenda_carry_to_other_body', {}, ['toMeetingId']);
  const stored = <P extends 'title' | 'background' | 'proposal'>(prefix: P): LocalizedText => ({
    fi: from[`${prefix}_fi`],
    sv: from[`${prefix}_sv`],
    en: from[`${prefix}_en`],
  });
  await insertAgendaItem(
    context,
    target,
    {
      kind: 'regular',
      title: stored('title'),
      presenterId: from.presenter_representative_id,
      presenterText: from.presenter_text,
      durationMinutes: from.duration_minutes,
      background: stored('background'),
      proposal: stored('proposal'),
      processId: from.process_id,
      matrixVersionId: from.matrix_version_id,
      carriedFromItemId: from.id,
    },
    null,
  );
  return getMeetingDetail(context, target.id);
}

/** Stops offering an undiscussed item to later meetings; returns the meeting the user was looking at. */
export async function dismissCarryOver(context: WriteContext, fromItemId: string, meetingId: string): Promise<MeetingDetail> {
  const before = await requireItem(context, fromItemId, ['fromItemId']);
  if (!(await findMeetingRow(context.db, meetingId))) throw new AppError('not_found', { id: meetingId }, ['meetingId']);
  if (!fromStoredBoolean(before.not_discussed)) throw new AppError('agenda_item_not_undiscussed', {}, ['fromItemId']);
  await bumpVersion(context.db, 'agenda_item', fromItemId, before.row_version, {
    carry_over_dismissed: 1,
    updated_at: context.author.now.toISOString(),
  });
  await logItemUpdate(context, before);
  return getMeetingDetail(context, meetingId);
}

/**
 * A meeting whose agenda may change: it exists, is not cancelled, and its record is not approved
 * (the items' discussion and numbers are part of the approved record).
 */
export async function openMeeting(context: WriteContext, meetingId: string, path: Array<string | number>): Promise<MeetingRow> {
  const meeting = await findMeetingRow(context.db, meetingId);
  if (!meeting) throw new AppError('not_found', { id: meetingId }, path);
  if (meeting.status === 'cancelled') throw new AppError('meeting_cancelled', {}, path);
  if (meeting.status === 'record_approved') throw new AppError('record_already_approved', { number: meetingNumber(meeting) }, path);
  return meeting;
}

async function requireItem(context: WriteContext, itemId: string, path: Array<string | number> = ['itemId']): Promise<AgendaItemRow> {
  const item = await findAgendaItemRow(context.db, itemId);
  if (!item) throw new AppError('not_found', { id: itemId }, path);
  return item;
}

/** What an item discusses and who presents it must exist. */
async function checkSubjects(
  context: WriteContext,
  input: { presenterId?: string | null; processId?: string | null; matrixVersionId?: string | null },
): Promise<void> {
  if (input.presenterId) {
    const found = await context.db.selectFrom('representative').select('id').where('id', '=', input.presenterId).executeTakeFirst();
    if (!found) throw new AppError('not_found', { id: input.presenterId }, ['presenterId']);
  }
  if (input.processId) {
    const found = await context.db.selectFrom('process').select('id').where('id', '=', input.processId).executeTakeFirst();
    if (!found) throw new AppError('not_found', { id: input.processId }, ['processId']);
  }
  if (input.matrixVersionId) {
    const found = await context.db.selectFrom('matrix_version').select('id').where('id', '=', input.matrixVersionId).executeTakeFirst();
    if (!found) throw new AppError('not_found', { id: input.matrixVersionId }, ['matrixVersionId']);
  }
}

/** sort_order 1…n in the given order; only rows whose place changed are written. */
async function writeOrder(context: WriteContext, meetingId: string, order: readonly string[]): Promise<void> {
  const current = new Map((await findAgendaItemRows(context.db, [meetingId])).map((item) => [item.id, item.sort_order]));
  for (const [index, id] of order.entries()) {
    if (current.get(id) === index + 1) continue;
    await context.db.updateTable('agenda_item').set({ sort_order: index + 1 }).where('id', '=', id).execute();
  }
}

async function logItemUpdate(context: WriteContext, before: AgendaItemRow): Promise<void> {
  const after = await findAgendaItemRow(context.db, before.id);
  await recordChange(context.db, context.author, { entityType: 'agenda_item', entityId: before.id, operation: 'update', before, after: after ?? null });
}
