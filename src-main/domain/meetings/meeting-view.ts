import type {
  AgendaItemKind,
  AgendaItemView,
  InviteeRole,
  MeetingDetail,
  MeetingKind,
  MeetingStatus,
  MeetingSummary,
  OfferedAgendaItem,
  PersonRef,
  RecordKind,
} from '../../api/contract/meetings.js';
import { type AgendaItemRow, findAgendaItemRows, findAgendaItemRowsByIds } from '../../db/repositories/agenda-item-repository.js';
import { findAttachmentSummaries } from '../../db/repositories/meeting-attachment-repository.js';
import {
  findInviteeRows,
  findMeetingRow,
  findMeetingRows,
  findMeetingRowsByIds,
  type MeetingListFilter,
  type MeetingRow,
  meetingNumber,
} from '../../db/repositories/meeting-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredBoolean, fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import { readMeetingActionItems } from './action-item-view.js';
import { sectionLabel } from './agenda-numbering.js';
import { sectionNumbersFor } from './agenda-section-numbers.js';
import { undiscussedItemsToOffer } from './action-item-carry-over.js';
import { readAttendance } from './attendance-view.js';
import { readDecisions } from './decision-view.js';
import { loadPeople } from './meeting-people.js';
import { readMeetingSettings } from './meeting-settings.js';
import { plannedTimes } from './meeting-time.js';

/** The read model of meetings: the list, the next meeting, and one meeting whole. */

export async function listMeetings(context: ReadContext, filter: MeetingListFilter): Promise<MeetingSummary[]> {
  const rows = await findMeetingRows(context.db, filter);
  return summarize(context, rows);
}

/** The next meeting not yet held (planned or invited), from today on: the home screen shows it. */
export async function nextMeeting(context: ReadContext): Promise<MeetingSummary | null> {
  const row = await context.db
    .selectFrom('meeting')
    .selectAll()
    .where('status', 'in', ['planned', 'invited'])
    .where('starts_at', '>=', context.today)
    .orderBy('starts_at')
    .orderBy('id')
    .executeTakeFirst();
  if (!row) return null;
  return (await summarize(context, [row]))[0] ?? null;
}

async function summarize(context: ReadContext, rows: readonly MeetingRow[]): Promise<MeetingSummary[]> {
  const groupNames = await workingGroupNames(context.db, rows, context.locale);
  const counts = await agendaCounts(context.db, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, context.locale, groupNames, counts.get(row.id) ?? 0));
}

function toSummary(row: MeetingRow, locale: Locale, groupNames: Map<string, string>, agendaItemCount: number): MeetingSummary {
  const titles = fromStoredLocalized(row, 'title');
  const title = pickLocalized(titles, locale) ?? { text: '', language: locale };
  return {
    id: row.id,
    number: meetingNumber(row),
    year: row.year,
    numberInYear: row.number_in_year,
    workingGroupId: row.working_group_id,
    workingGroupName: row.working_group_id ? (groupNames.get(row.working_group_id) ?? null) : null,
    kind: row.kind as MeetingKind,
    status: row.status as MeetingStatus,
    title: title.text,
    titleLanguage: title.language,
    titles,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: row.starts_at.slice(0, 10),
    place: row.place,
    onlineLink: row.online_link,
    recordKind: row.record_kind as RecordKind,
    agendaItemCount,
    rowVersion: row.row_version,
  };
}

/** One meeting whole. Exports call this too: it is the one place that numbers and times the agenda. */
export async function getMeetingDetail(context: ReadContext, meetingId: string): Promise<MeetingDetail> {
  const { db, locale } = context;
  const row = await findMeetingRow(db, meetingId);
  if (!row) throw new AppError('not_found', { id: meetingId });
  const date = row.starts_at.slice(0, 10);
  const settings = await readMeetingSettings(db);
  const items = await findAgendaItemRows(db, [row.id]);
  const numbers = await sectionNumbersFor(db, [row], settings.sectionNumbering);
  const invitees = await findInviteeRows(db, row.id);
  const people = await loadPeople(
    db,
    [
      row.chair_representative_id,
      row.secretary_representative_id,
      row.minute_checker_1_id,
      row.minute_checker_2_id,
      ...invitees.map((invitee) => invitee.representative_id),
      ...items.map((item) => item.presenter_representative_id),
    ],
    date,
    locale,
  );
  const person = (id: string | null): PersonRef | null => (id ? (people.get(id) ?? null) : null);
  const summary = (await summarize(context, [row]))[0]!;
  const agenda = await agendaViews(context, row, items, numbers, person);
  const times = plannedTimes(row.starts_at, row.ends_at, items.map((item) => item.duration_minutes));
  agenda.forEach((view, index) => Object.assign(view, times.items[index]));
  const [attendance, decisions, actionItems, offeredItems] = await Promise.all([
    readAttendance(context, row.id),
    readDecisions(context, row.id),
    readMeetingActionItems(context, { id: row.id, startsAt: row.starts_at, date }),
    offeredTo(context, row),
  ]);
  const roleOrder: Record<InviteeRole, number> = { chair: 0, required: 1, optional: 2 };
  return {
    ...summary,
    chair: person(row.chair_representative_id),
    secretary: person(row.secretary_representative_id),
    minuteCheckers: [person(row.minute_checker_1_id), person(row.minute_checker_2_id)],
    caseNumber: row.case_number,
    heldNote: fromStoredLocalized(row, 'held_note'),
    icsSequence: row.ics_sequence,
    invitationSentAt: row.invitation_sent_at,
    numbersFixed: fromStoredBoolean(row.numbers_fixed),
    recordApprovedOn: row.record_approved_on,
    sectionNumbering: settings.sectionNumbering,
    invitees: invitees
      .flatMap((invitee) => {
        const ref = people.get(invitee.representative_id);
        return ref ? [{ ...ref, role: invitee.role as InviteeRole }] : [];
      })
      .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || compareFinnish(a.actorName, b.actorName) || compareFinnish(a.name, b.name)),
    agenda,
    plannedEnd: times.plannedEnd,
    overrunMinutes: times.overrunMinutes,
    attendance,
    decisions,
    actionItems: actionItems.made,
    carriedActionItems: actionItems.carried,
    offeredItems,
  };
}

async function agendaViews(
  context: ReadContext,
  meeting: MeetingRow,
  items: readonly AgendaItemRow[],
  numbers: Map<string, number>,
  person: (id: string | null) => PersonRef | null,
): Promise<AgendaItemView[]> {
  const { db, locale } = context;
  const attachments = await findAttachmentSummaries(db, items.map((item) => item.id));
  const processes = await processNames(db, items.map((item) => item.process_id), locale);
  const versions = await matrixVersions(db, items.map((item) => item.matrix_version_id), locale);
  const origins = await itemLabels(context, items.map((item) => item.carried_from_item_id).filter((id): id is string => id !== null));
  const cancelled = meeting.status === 'cancelled';
  return items.map((item): AgendaItemView => {
    const titles = fromStoredLocalized(item, 'title');
    const title = pickLocalized(titles, locale) ?? { text: '', language: locale };
    const number = cancelled ? null : (numbers.get(item.id) ?? null);
    const origin = item.carried_from_item_id ? origins.get(item.carried_from_item_id) : undefined;
    return {
      id: item.id,
      sortOrder: item.sort_order,
      kind: item.kind as AgendaItemKind,
      sectionNumber: number,
      sectionLabel: number === null ? '' : sectionLabel(number, locale),
      title: title.text,
      titleLanguage: title.language,
      titles,
      presenter: person(item.presenter_representative_id),
      presenterText: item.presenter_text,
      durationMinutes: item.duration_minutes,
      plannedStart: null,
      plannedEnd: null,
      background: fromStoredLocalized(item, 'background'),
      proposal: fromStoredLocalized(item, 'proposal'),
      discussion: fromStoredLocalized(item, 'discussion'),
      notDiscussed: fromStoredBoolean(item.not_discussed),
      carriedFrom: origin && item.carried_from_item_id ? { itemId: item.carried_from_item_id, meetingId: origin.meetingId, label: origin.label } : null,
      carryOverDismissed: fromStoredBoolean(item.carry_over_dismissed),
      process: item.process_id ? (processes.get(item.process_id) ?? null) : null,
      matrixVersion: item.matrix_version_id ? (versions.get(item.matrix_version_id) ?? null) : null,
      attachments: attachments
        .filter((attachment) => attachment.agenda_item_id === item.id)
        .map((attachment) => ({
          id: attachment.id,
          fileName: attachment.file_name,
          mediaType: attachment.media_type,
          sizeBytes: attachment.size_bytes,
          sha256: attachment.sha256,
          rowVersion: attachment.row_version,
        })),
      rowVersion: item.row_version,
    };
  });
}

export interface ItemLabel {
  meetingId: string;
  meetingNumber: string;
  /** "3/2026 · 5 §" (or "3/2026" when the item has no number) */
  label: string;
  sectionLabel: string;
  title: string;
}

/** Labels of agenda items anywhere ("3/2026 · 5 §"), under the network's numbering. */
export async function itemLabels(context: ReadContext, itemIds: readonly string[]): Promise<Map<string, ItemLabel>> {
  const labels = new Map<string, ItemLabel>();
  if (itemIds.length === 0) return labels;
  const items = await findAgendaItemRowsByIds(context.db, itemIds);
  const meetings = await findMeetingRowsByIds(context.db, items.map((item) => item.meeting_id));
  const settings = await readMeetingSettings(context.db);
  const numbers = await sectionNumbersFor(context.db, meetings, settings.sectionNumbering);
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  for (const item of items) {
    const meeting = byId.get(item.meeting_id)!;
    const number = meeting.status === 'cancelled' ? undefined : numbers.get(item.id);
    const section = number === undefined ? '' : sectionLabel(number, context.locale);
    labels.set(item.id, {
      meetingId: meeting.id,
      meetingNumber: meetingNumber(meeting),
      label: section ? `${meetingNumber(meeting)} · ${section}` : meetingNumber(meeting),
      sectionLabel: section,
      title: pickLocalized(fromStoredLocalized(item, 'title'), context.locale)?.text ?? '',
    });
  }
  return labels;
}

/** Items left undiscussed at the body's earlier meetings that this meeting is offered. */
async function offeredTo(context: ReadContext, meeting: MeetingRow): Promise<OfferedAgendaItem[]> {
  const candidates = await context.db
    .selectFrom('agenda_item')
    .selectAll()
    .where((eb) => eb.or([eb('not_discussed', '=', 1), eb('carried_from_item_id', 'is not', null)]))
    .execute();
  if (candidates.length === 0) return [];
  const meetings = await findMeetingRowsByIds(context.db, [meeting.id, ...candidates.map((item) => item.meeting_id)]);
  const offered = undiscussedItemsToOffer(
    meeting.id,
    meetings.map((row) => ({ id: row.id, start: row.starts_at, cancelled: row.status === 'cancelled' })),
    candidates.map((item) => ({
      id: item.id,
      meetingId: item.meeting_id,
      notDiscussed: fromStoredBoolean(item.not_discussed),
      carriedFromItemId: item.carried_from_item_id,
      carryOverDismissed: fromStoredBoolean(item.carry_over_dismissed),
    })),
  );
  // a body's undiscussed items are offered to that body's later meetings
  const bodyOf = new Map(meetings.map((row) => [row.id, row.body_key]));
  const own = offered.filter((item) => bodyOf.get(item.meetingId) === meeting.body_key);
  const labels = await itemLabels(context, own.map((item) => item.id));
  return own.map((item) => {
    const label = labels.get(item.id)!;
    return { itemId: item.id, meetingId: item.meetingId, meetingNumber: label.meetingNumber, label: label.label, title: label.title };
  });
}

async function workingGroupNames(db: Queryable, rows: readonly MeetingRow[], locale: Locale): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.working_group_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const groups = await db.selectFrom('working_group').selectAll().where('id', 'in', ids).execute();
  return new Map(groups.map((group) => [group.id, pickLocalized(fromStoredLocalized(group, 'name'), locale)?.text ?? '']));
}

async function agendaCounts(db: Queryable, meetingIds: readonly string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('agenda_item')
    .select(['meeting_id', (eb) => eb.fn.countAll().as('count')])
    .where('meeting_id', 'in', [...new Set(meetingIds)])
    .groupBy('meeting_id')
    .execute();
  return new Map(rows.map((row) => [row.meeting_id, Number(row.count)]));
}

async function processNames(db: Queryable, ids: ReadonlyArray<string | null>, locale: Locale): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('process').select(['id', 'name_fi', 'name_sv', 'name_en']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, name: pickLocalized(fromStoredLocalized(row, 'name'), locale)?.text ?? '' }]));
}

type MatrixVersionRef = { id: string; matrixId: string; matrixName: string; number: number; status: string };

async function matrixVersions(db: Queryable, ids: ReadonlyArray<string | null>, locale: Locale): Promise<Map<string, MatrixVersionRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('matrix_version')
    .innerJoin('matrix', 'matrix.id', 'matrix_version.matrix_id')
    .select(['matrix_version.id', 'matrix_version.matrix_id', 'matrix_version.number', 'matrix_version.status', 'matrix.name_fi', 'matrix.name_sv', 'matrix.name_en'])
    .where('matrix_version.id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        matrixId: row.matrix_id,
        matrixName: pickLocalized(fromStoredLocalized(row, 'name'), locale)?.text ?? '',
        number: row.number,
        status: row.status,
      },
    ]),
  );
}
