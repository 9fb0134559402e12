import type { ActionItemStatus, ActionItemView } from '../../api/contract/meetings.js';
import { type ActionItemRow, findActionItemRows } from '../../db/repositories/action-item-repository.js';
import { findBodyMeetingRows, findMeetingRow, findMeetingRowsByIds, meetingNumber, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { ReadContext } from '../shared/contexts.js';
import { pickLocalized } from '../shared/localized-text.js';
import { actionItemsForMeeting, isOverdue } from './action-item-carry-over.js';
import { actorNamesOn } from './actor-names-on-date.js';
import { loadPeople } from './meeting-people.js';

/**
 * The action items made at a meeting, and the open ones of its body's earlier meetings it goes
 * through ("Avoimet tehtävät"), overdue against the meeting's own date.
 */
export async function readMeetingActionItems(
  context: ReadContext,
  meeting: { id: string; startsAt: string; date: string },
): Promise<{ made: ActionItemView[]; carried: ActionItemView[] }> {
  const row = await findMeetingRow(context.db, meeting.id);
  if (!row) return { made: [], carried: [] };
  const bodyMeetings = await findBodyMeetingRows(context.db, row.body_key);
  const items = await findActionItemRows(context.db, { meetingIds: bodyMeetings.map((each) => each.id) });
  const listed = actionItemsForMeeting(meeting.id, bodyMeetings.map(toCarryMeeting), items.map(toCarryItem));
  const byId = new Map(items.map((item) => [item.id, item]));
  const made = items.filter((item) => item.meeting_id === meeting.id);
  const carried = listed.map((entry) => byId.get(entry.actionItemId)!);
  const views = await toActionItemViews(context, [...made, ...carried], {
    referenceDate: meeting.date,
    namesOn: meeting.date,
    meetings: bodyMeetings,
    timesCarried: new Map(listed.map((entry) => [entry.actionItemId, entry.timesCarried])),
  });
  return { made: views.slice(0, made.length), carried: views.slice(made.length) };
}

export interface ActionItemViewOptions {
  /** the day overdue is judged on: the meeting's date, or today */
  referenceDate: string;
  /** the day organisations are named as on */
  namesOn: string;
  /** the items' meetings when already loaded */
  meetings?: readonly MeetingRow[];
  timesCarried?: ReadonlyMap<string, number>;
}

export async function toActionItemViews(context: ReadContext, rows: readonly ActionItemRow[], options: ActionItemViewOptions): Promise<ActionItemView[]> {
  if (rows.length === 0) return [];
  const meetings = new Map((options.meetings ?? (await findMeetingRowsByIds(context.db, rows.map((row) => row.meeting_id)))).map((row) => [row.id, row]));
  const goalActionIds = [...new Set(rows.map((row) => row.goal_action_id).filter((id): id is string => id !== null))];
  const [people, actorNames, goalActions] = await Promise.all([
    loadPeople(context.db, rows.map((row) => row.owner_representative_id), options.namesOn, context.locale),
    actorNamesOn(context.db, rows.map((row) => row.owner_actor_id), options.namesOn, context.locale),
    goalActionIds.length === 0 ? Promise.resolve([]) : context.db.selectFrom('goal_action').selectAll().where('id', 'in', goalActionIds).execute(),
  ]);
  const goalNames = new Map(goalActions.map((action) => [action.id, pickLocalized(fromStoredLocalized(action, 'name'), context.locale)?.text ?? '?']));
  return rows.map((row): ActionItemView => {
    const meeting = meetings.get(row.meeting_id);
    const titles = fromStoredLocalized(row, 'title');
    const title = pickLocalized(titles, context.locale) ?? { text: '', language: context.locale };
    const carry = toCarryItem(row);
    return {
      id: row.id,
      meetingId: row.meeting_id,
      meetingNumber: meeting ? meetingNumber(meeting) : '',
      meetingDate: meeting ? meeting.starts_at.slice(0, 10) : '',
      agendaItemId: row.agenda_item_id,
      title: title.text,
      titleLanguage: title.language,
      titles,
      ownerActor: row.owner_actor_id ? { id: row.owner_actor_id, name: actorNames.get(row.owner_actor_id) ?? '?' } : null,
      ownerRepresentative: row.owner_representative_id ? (people.get(row.owner_representative_id) ?? null) : null,
      dueDate: row.due_date,
      status: carry.status,
      closedOn: row.closed_on,
      closingNote: row.closing_note,
      overdue: isOverdue(carry, options.referenceDate),
      timesCarried: options.timesCarried?.get(row.id) ?? 0,
      goalAction: row.goal_action_id ? { id: row.goal_action_id, name: goalNames.get(row.goal_action_id) ?? '?' } : null,
      rowVersion: row.row_version,
    };
  });
}

const toCarryMeeting = (row: MeetingRow) => ({ id: row.id, start: row.starts_at, cancelled: row.status === 'cancelled' });

export const toCarryItem = (row: ActionItemRow) => ({
  id: row.id,
  meetingId: row.meeting_id,
  dueDate: row.due_date,
  status: row.status as ActionItemStatus,
  closedOn: row.closed_on,
});
