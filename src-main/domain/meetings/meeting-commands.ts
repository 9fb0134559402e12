import type { z } from 'zod';
import type { InviteeRole, MeetingDetail, meetingsContract, RecordKind } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findAgendaItemRows } from '../../db/repositories/agenda-item-repository.js';
import { findInviteeRows, findMeetingRow, type MeetingRow, nextNumberInYear } from '../../db/repositories/meeting-repository.js';
import { findWorkingGroupMemberRows, findWorkingGroupRow } from '../../db/repositories/working-group-repository.js';
import { fromStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { isWithinPeriod } from '../shared/calendar.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { insertAgendaItem } from './agenda-commands.js';
import { initialAgendaKinds, standardItemDuration, standardItemTitle } from './agenda-defaults.js';
import { sectionNumbersFor } from './agenda-section-numbers.js';
import { representativesValidOn } from './meeting-people.js';
import { refreshMeetingSearchText } from './meeting-search-text.js';
import { readMeetingSettings } from './meeting-settings.js';
import { checkMeetingTimes } from './meeting-time.js';
import { getMeetingDetail } from './meeting-view.js';

/** Planning a meeting: create, change, invite (fixing the § numbers), mark held, cancel. */

type CreateInput = z.output<(typeof meetingsContract)['meetings.create']['input']>;
type UpdateInput = z.output<(typeof meetingsContract)['meetings.update']['input']>;
type StatusInput = z.output<(typeof meetingsContract)['meetings.setStatus']['input']>;
type InviteesInput = z.output<(typeof meetingsContract)['meetings.setInvitees']['input']>['invitees'];

export async function createMeeting(context: WriteContext, input: CreateInput): Promise<MeetingDetail> {
  checkMeetingTimes(input.startsAt, input.endsAt);
  const group = input.workingGroupId ? await findWorkingGroupRow(context.db, input.workingGroupId) : undefined;
  if (input.workingGroupId && !group) throw new AppError('not_found', { id: input.workingGroupId }, ['workingGroupId']);
  if (group?.archived_at) throw new AppError('working_group_archived', {}, ['workingGroupId']);
  await checkPeople(context, { chairId: input.chairId, secretaryId: input.secretaryId });
  const settings = await readMeetingSettings(context.db);
  const recordKind: RecordKind = input.recordKind ?? (group?.record_kind_default as RecordKind | null) ?? settings.recordKind;
  const bodyKey = group ? group.id : 'network';
  const year = Number(input.startsAt.slice(0, 4));
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('meeting')
    .values({
      id,
      working_group_id: group?.id ?? null,
      body_key: bodyKey,
      year,
      number_in_year: await nextNumberInYear(context.db, bodyKey, year),
      kind: input.kind,
      status: 'planned',
      ...toStoredLocalized('title', input.title),
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      place: input.place,
      online_link: input.onlineLink,
      chair_representative_id: input.chairId ?? null,
      secretary_representative_id: input.secretaryId ?? null,
      record_kind: recordKind,
      minute_checker_1_id: null,
      minute_checker_2_id: null,
      case_number: input.caseNumber,
      ics_sequence: 0,
      invitation_sent_at: null,
      numbers_fixed: 0,
      ...toStoredLocalized('held_note', null),
      record_approved_on: null,
      record_approved_by_meeting_id: null,
      search_text: '',
      created_at: now,
      updated_at: now,
      row_version: 1,
    })
    .execute();
  await refreshMeetingSearchText(context.db, id);
  const meeting = (await findMeetingRow(context.db, id))!;
  await recordChange(context.db, context.author, { entityType: 'meeting', entityId: id, operation: 'create', after: meeting });

  const date = input.startsAt.slice(0, 10);
  const inviteeIds = group
    ? (await findWorkingGroupMemberRows(context.db, [group.id]))
        .filter((member) => isWithinPeriod(date, member.valid_from, member.valid_to))
        .map((member) => member.representative_id)
    : await representativesValidOn(context.db, date);
  if (input.chairId) inviteeIds.unshift(input.chairId);
  const invitees = [...new Set(inviteeIds)].map((representativeId) => ({
    representativeId,
    role: (representativeId === input.chairId ? 'chair' : 'required') as InviteeRole,
  }));
  await writeInvitees(context, id, invitees);

  for (const kind of initialAgendaKinds(recordKind)) {
    await insertAgendaItem(context, meeting, { kind, title: standardItemTitle(kind), durationMinutes: standardItemDuration(kind) }, null);
  }
  return getMeetingDetail(context, id);
}

/**
 * Changes a meeting's details. After the invitation has gone out, a change of time, place or link
 * raises the .ics sequence so calendars update the same event. Fields left out (chair, secretary,
 * record kind, minute-checkers, held note) stay as they are.
 */
export async function updateMeeting(context: WriteContext, input: UpdateInput): Promise<MeetingDetail> {
  const before = await requireMeeting(context, input.meetingId);
  if (before.status === 'cancelled') throw new AppError('meeting_cancelled', {}, ['meetingId']);
  checkMeetingTimes(input.startsAt, input.endsAt);
  const [checker1, checker2] = input.minuteCheckerIds ?? [before.minute_checker_1_id, before.minute_checker_2_id];
  // pöytäkirjantarkastajat: two people, each checks the minutes in their own right
  if (checker1 && checker1 === checker2) throw new AppError('meeting_minute_checkers_same', {}, ['minuteCheckerIds', 1]);
  await checkPeople(context, { chairId: input.chairId, secretaryId: input.secretaryId, checker1, checker2 });
  const year = Number(input.startsAt.slice(0, 4));
  let numberInYear = before.number_in_year;
  if (year !== before.year) {
    // a meeting whose numbers are out cannot leave its year: its § numbers belong to that year's series
    if (fromStoredBoolean(before.numbers_fixed)) throw new AppError('meeting_year_fixed', { year: before.year }, ['startsAt']);
    numberInYear = await nextNumberInYear(context.db, before.body_key, year);
  }
  const calendarChanged =
    input.startsAt !== before.starts_at || input.endsAt !== before.ends_at || input.place !== before.place || input.onlineLink !== before.online_link;
  const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  await bumpVersion(context.db, 'meeting', before.id, input.expectedVersion, {
    year,
    number_in_year: numberInYear,
    kind: input.kind,
    ...toStoredLocalized('title', input.title),
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    place: input.place,
    online_link: input.onlineLink,
    chair_representative_id: keep(input.chairId, before.chair_representative_id),
    secretary_representative_id: keep(input.secretaryId, before.secretary_representative_id),
    record_kind: keep(input.recordKind, before.record_kind),
    minute_checker_1_id: checker1,
    minute_checker_2_id: checker2,
    case_number: input.caseNumber,
    ...(input.heldNote ? toStoredLocalized('held_note', input.heldNote) : {}),
    ics_sequence: before.invitation_sent_at && calendarChanged ? before.ics_sequence + 1 : before.ics_sequence,
    updated_at: context.author.now.toISOString(),
  });
  if (input.chairId && input.chairId !== before.chair_representative_id) await makeChairInvitee(context, before.id, input.chairId);
  return finishUpdate(context, before);
}

/** Held, or the record approved (by a later meeting or the minute-checkers); 'planned' undoes "held". */
export async function setMeetingStatus(context: WriteContext, input: StatusInput): Promise<MeetingDetail> {
  const before = await requireMeeting(context, input.meetingId);
  if (before.status === 'cancelled') throw new AppError('meeting_cancelled', {}, ['meetingId']);
  let values: Partial<MeetingRow>;
  if (input.status === 'record_approved') {
    if (before.status !== 'held' && before.status !== 'record_approved') throw new AppError('meeting_not_held', {}, ['status']);
    const by = input.recordApprovedByMeetingId ?? null;
    if (by) {
      const approver = await findMeetingRow(context.db, by);
      if (!approver) throw new AppError('not_found', { id: by }, ['recordApprovedByMeetingId']);
      if (approver.id === before.id || approver.starts_at <= before.starts_at) throw new AppError('meeting_record_approver_not_later', {}, ['recordApprovedByMeetingId']);
      // the body's own later meeting approves its record; a cancelled one approves nothing
      if (approver.body_key !== before.body_key || approver.status === 'cancelled') {
        throw new AppError('meeting_record_approver_other_body', {}, ['recordApprovedByMeetingId']);
      }
    }
    const approvedOn = input.recordApprovedOn ?? context.today;
    const heldOn = before.starts_at.slice(0, 10);
    if (approvedOn < heldOn) throw new AppError('meeting_record_approved_before_held', { date: heldOn }, ['recordApprovedOn']);
    values = { status: 'record_approved', record_approved_on: approvedOn, record_approved_by_meeting_id: by };
  } else {
    const status = input.status === 'planned' && before.invitation_sent_at ? 'invited' : input.status;
    values = { status, record_approved_on: null, record_approved_by_meeting_id: null };
  }
  // a sent invitation's calendar event follows the meeting's status too
  const statusChanged = before.invitation_sent_at !== null && values.status !== before.status;
  await bumpVersion(context.db, 'meeting', before.id, input.expectedVersion, {
    ...values,
    ics_sequence: statusChanged ? before.ics_sequence + 1 : before.ics_sequence,
    updated_at: context.author.now.toISOString(),
  });
  return finishUpdate(context, before);
}

/** Cancels a meeting; its agenda is kept, without numbers. A sent invitation gets a cancellation (higher sequence). */
export async function cancelMeeting(context: WriteContext, meetingId: string, expectedVersion: number): Promise<MeetingDetail> {
  const before = await requireMeeting(context, meetingId);
  if (before.status === 'cancelled') throw new AppError('meeting_cancelled', {}, ['meetingId']);
  if (before.status === 'held' || before.status === 'record_approved') throw new AppError('meeting_already_held', {}, ['meetingId']);
  await bumpVersion(context.db, 'meeting', before.id, expectedVersion, {
    status: 'cancelled',
    ics_sequence: before.invitation_sent_at ? before.ics_sequence + 1 : before.ics_sequence,
    updated_at: context.author.now.toISOString(),
  });
  return finishUpdate(context, before);
}

export async function setMeetingInvitees(context: WriteContext, meetingId: string, expectedVersion: number, invitees: InviteesInput): Promise<MeetingDetail> {
  const before = await requireMeeting(context, meetingId);
  if (before.status === 'cancelled') throw new AppError('meeting_cancelled', {}, ['meetingId']);
  const seen = new Set<string>();
  for (const [index, invitee] of invitees.entries()) {
    if (seen.has(invitee.representativeId)) throw new AppError('meeting_invitee_duplicate', {}, ['invitees', index, 'representativeId']);
    seen.add(invitee.representativeId);
  }
  await checkRepresentatives(context, invitees.map((invitee, index) => ({ id: invitee.representativeId, path: ['invitees', index, 'representativeId'] })));
  await bumpVersion(context.db, 'meeting', before.id, expectedVersion, { updated_at: context.author.now.toISOString() });
  await writeInvitees(context, before.id, invitees);
  return finishUpdate(context, before);
}

/**
 * The invitation has been sent: the agenda's current § numbers are stored and stand from now on
 * (items added later take the next free number). Sending again after changes keeps the numbers.
 */
export async function markMeetingInvited(context: WriteContext, meetingId: string, expectedVersion: number): Promise<MeetingDetail> {
  const before = await requireMeeting(context, meetingId);
  if (before.status === 'cancelled') throw new AppError('meeting_cancelled', {}, ['meetingId']);
  const settings = await readMeetingSettings(context.db);
  const numbers = await sectionNumbersFor(context.db, [before], settings.sectionNumbering);
  for (const item of await findAgendaItemRows(context.db, [before.id])) {
    if (item.section_number !== null) continue;
    await context.db.updateTable('agenda_item').set({ section_number: numbers.get(item.id) ?? null }).where('id', '=', item.id).execute();
  }
  await bumpVersion(context.db, 'meeting', before.id, expectedVersion, {
    status: before.status === 'planned' ? 'invited' : before.status,
    numbers_fixed: 1,
    invitation_sent_at: context.author.now.toISOString(),
    updated_at: context.author.now.toISOString(),
  });
  return finishUpdate(context, before);
}

async function finishUpdate(context: WriteContext, before: MeetingRow): Promise<MeetingDetail> {
  await refreshMeetingSearchText(context.db, before.id);
  const after = await findMeetingRow(context.db, before.id);
  const invitees = await findInviteeRows(context.db, before.id);
  await recordChange(context.db, context.author, { entityType: 'meeting', entityId: before.id, operation: 'update', before, after: { ...after, invitees } });
  return getMeetingDetail(context, before.id);
}

async function requireMeeting(context: WriteContext, meetingId: string): Promise<MeetingRow> {
  const meeting = await findMeetingRow(context.db, meetingId);
  if (!meeting) throw new AppError('not_found', { id: meetingId }, ['meetingId']);
  return meeting;
}

async function writeInvitees(context: WriteContext, meetingId: string, invitees: ReadonlyArray<{ representativeId: string; role: InviteeRole }>) {
  await context.db.deleteFrom('meeting_invitee').where('meeting_id', '=', meetingId).execute();
  for (const invitee of invitees) {
    await context.db
      .insertInto('meeting_invitee')
      .values({ meeting_id: meetingId, representative_id: invitee.representativeId, role: invitee.role })
      .execute();
  }
}

/** A new chair is invited as the chair; the old chair stays invited as a member. */
async function makeChairInvitee(context: WriteContext, meetingId: string, chairId: string) {
  await context.db.updateTable('meeting_invitee').set({ role: 'required' }).where('meeting_id', '=', meetingId).where('role', '=', 'chair').execute();
  await context.db.deleteFrom('meeting_invitee').where('meeting_id', '=', meetingId).where('representative_id', '=', chairId).execute();
  await context.db.insertInto('meeting_invitee').values({ meeting_id: meetingId, representative_id: chairId, role: 'chair' }).execute();
}

async function checkPeople(context: WriteContext, ids: Record<string, string | null | undefined>) {
  await checkRepresentatives(
    context,
    Object.entries(ids).flatMap(([field, id]) => (id ? [{ id, path: field.startsWith('checker') ? ['minuteCheckerIds', Number(field.slice(7)) - 1] : [field] }] : [])),
  );
}

async function checkRepresentatives(context: WriteContext, wanted: ReadonlyArray<{ id: string; path: Array<string | number> }>) {
  if (wanted.length === 0) return;
  const found = new Set(
    (await context.db.selectFrom('representative').select('id').where('id', 'in', [...new Set(wanted.map((entry) => entry.id))]).execute()).map((row) => row.id),
  );
  for (const entry of wanted) if (!found.has(entry.id)) throw new AppError('not_found', { id: entry.id }, entry.path);
}
