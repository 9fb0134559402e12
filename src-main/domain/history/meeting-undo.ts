import type { MeetingKind, RecordKind } from '../../api/contract/meetings.js';
import { findInviteeRows, findMeetingRow, type MeetingInviteeRow, type MeetingRow, nextNumberInYear } from '../../db/repositories/meeting-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { updateMeeting } from '../meetings/meeting-commands.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { changesOf, type LoggedChange } from './change-log-entries.js';
import { fieldsAsLeft, same, type UndoAdapter } from './undo-adapter.js';

/** What `updateMeeting` sets from its input: the details an undo writes back. */
const DETAILS = [
  'kind', 'title_fi', 'title_sv', 'title_en', 'starts_at', 'ends_at', 'place', 'online_link',
  'chair_representative_id', 'secretary_representative_id', 'record_kind', 'case_number', 'minute_checker_1_id', 'minute_checker_2_id',
];
/** What follows from the details or from any write (the meeting's number follows its year). */
const FOLLOWING = ['id', 'year', 'number_in_year', 'ics_sequence', 'search_text', 'updated_at', 'row_version'];
/** Recomputed from the row on other writes; no state of its own. */
const DERIVED = new Set(['search_text']);

type Invitee = Pick<MeetingInviteeRow, 'representative_id' | 'role'>;

/**
 * Every meeting write logs the row before and the row with its invitees after, so the entry's
 * changed columns tell an edit of details (`updateMeeting`) from a status change, a cancellation,
 * the invitation or the invitee list, which are not undone here. The undo is a new `updateMeeting`:
 * after the invitation it raises the .ics sequence like any change of time or place, so calendars
 * follow it. A chair change also changed the invitees; it is undone only when they come back exactly.
 */
export const meetingUndo: UndoAdapter = {
  offers(change) {
    const { before, after } = change;
    if (change.operation !== 'update' || before === null || after === null || Object.hasOwn(before, 'invitees') || !Array.isArray(after.invitees)) return false;
    const changed = Object.keys(before).filter((column) => !same(before[column], after[column]));
    return changed.some((column) => DETAILS.includes(column)) && changed.every((column) => DETAILS.includes(column) || FOLLOWING.includes(column));
  },

  async undo(context: WriteContext, id: string, change: LoggedChange) {
    const before = change.before as unknown as MeetingRow;
    const { invitees: inviteesAfter, ...after } = change.after as unknown as MeetingRow & { invitees: MeetingInviteeRow[] };
    const current = await findMeetingRow(context.db, id);
    const invitees = current ? await findInviteeRows(context.db, id) : [];
    const compared = current ? Object.keys(current).filter((column) => !DERIVED.has(column)) : [];
    if (!current || !fieldsAsLeft(current, after, compared) || !same(inviteeSet(invitees), inviteeSet(inviteesAfter))) throw new AppError('history_row_differs');
    // the old year's number must be free again, or the meeting would come back under another number
    if (before.year !== after.year && (await nextNumberInYear(context.db, current.body_key, before.year)) !== before.number_in_year) {
      throw new AppError('history_undo_conflict');
    }
    if (before.chair_representative_id !== after.chair_representative_id) await requireInviteesRestored(context, id, before, invitees);
    await updateMeeting(context, {
      meetingId: id,
      expectedVersion: current.row_version,
      kind: before.kind as MeetingKind,
      title: fromStoredLocalized(before, 'title'),
      startsAt: before.starts_at,
      endsAt: before.ends_at,
      place: before.place,
      onlineLink: before.online_link,
      chairId: before.chair_representative_id,
      secretaryId: before.secretary_representative_id,
      recordKind: before.record_kind as RecordKind,
      caseNumber: before.case_number,
      minuteCheckerIds: [before.minute_checker_1_id, before.minute_checker_2_id],
    });
  },
};

/**
 * Putting the old chair back makes them the chair invitee and keeps the other one invited as a
 * member (the rule of `updateMeeting`). That is the list as it was only if the entry before this
 * one shows it so; a meeting's create does not log its invitees, so then the undo is refused.
 */
async function requireInviteesRestored(context: WriteContext, id: string, before: MeetingRow, current: readonly Invitee[]): Promise<void> {
  const [, previous] = await changesOf(context.db, 'meeting', id, 2);
  const known = previous?.after?.invitees;
  const compared = Object.keys(before).filter((column) => !DERIVED.has(column));
  if (!Array.isArray(known) || !fieldsAsLeft(before, previous!.after!, compared)) throw new AppError('history_meeting_invitees_unknown');
  const chair = before.chair_representative_id;
  const expected = chair
    ? [...current.filter((invitee) => invitee.representative_id !== chair).map((invitee) => ({ ...invitee, role: invitee.role === 'chair' ? 'required' : invitee.role })), { representative_id: chair, role: 'chair' }]
    : current;
  if (!same(inviteeSet(expected), inviteeSet(known as Invitee[]))) throw new AppError('history_meeting_invitees_unknown');
}

function inviteeSet(invitees: readonly Invitee[]): string[] {
  return invitees.map((invitee) => `${invitee.representative_id}:${invitee.role}`).sort();
}
