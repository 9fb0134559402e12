/**
 * Carry-over between meetings (seurattavat asiat): the open action items a meeting goes through,
 * which of them are overdue, and the agenda items left undiscussed that the next meeting is offered.
 *
 * Rules:
 * - An action item belongs to the meeting that made it and is listed at every later meeting
 *   (by start time) until it is closed. An item closed on a meeting's own day is still listed
 *   there (it was closed at or for that meeting), and no longer after.
 * - Overdue means the due date is before the reference day: the meeting's date for an agenda or a
 *   record (so a past record shows what was late then), Helsinki's today for the overview. An item
 *   due on the day itself is not yet overdue. An item without a due date is never overdue.
 * - An undiscussed agenda item (jäi käsittelemättä) is offered to later meetings until it has been
 *   carried into one or the coordinator has dismissed the offer; a carried copy left undiscussed
 *   again is offered again, from the copy.
 */

export type ActionItemStatus = 'open' | 'done' | 'dropped';

export interface CarryMeeting {
  id: string;
  /** Helsinki wall-clock start, YYYY-MM-DDTHH:mm. */
  start: string;
  cancelled: boolean;
}

export interface CarryActionItem {
  id: string;
  meetingId: string;
  dueDate: string | null;
  status: ActionItemStatus;
  /** The day it was marked done or dropped (YYYY-MM-DD); null while open. */
  closedOn: string | null;
}

export interface ListedActionItem {
  actionItemId: string;
  /** How many earlier meetings have already listed it since it was made (0 = first time back). */
  timesCarried: number;
  overdue: boolean;
  /** Closed on the meeting's own day: shown with its new status. */
  closedAtMeeting: boolean;
}

export interface CarryAgendaItem {
  id: string;
  meetingId: string;
  notDiscussed: boolean;
  /** The agenda item this one continues, when it was carried over. */
  carriedFromItemId: string | null;
  /** The coordinator chose not to carry it on. */
  carryOverDismissed: boolean;
}

/** The action items the given meeting lists under "Open action items", oldest meeting first. */
export function actionItemsForMeeting(
  meetingId: string,
  meetings: readonly CarryMeeting[],
  actionItems: readonly CarryActionItem[],
): ListedActionItem[] {
  const ordered = [...meetings].sort(byStart);
  const position = new Map(ordered.map((meeting, index) => [meeting.id, index]));
  const targetIndex = position.get(meetingId);
  if (targetIndex === undefined) throw new Error(`Unknown meeting ${meetingId}`);
  const target = ordered[targetIndex]!;
  const meetingDate = target.start.slice(0, 10);
  const heldBetween = (from: number) => ordered.slice(from + 1, targetIndex).filter((meeting) => !meeting.cancelled).length;

  return actionItems
    .flatMap((item) => {
      const madeAt = position.get(item.meetingId);
      if (madeAt === undefined) throw new Error(`Action item ${item.id} names an unknown meeting`);
      if (madeAt >= targetIndex) return [];
      if (item.status !== 'open' && (item.closedOn === null || item.closedOn < meetingDate)) return [];
      const closedAtMeeting = item.status !== 'open' && item.closedOn === meetingDate;
      return [{
        madeAt,
        listed: {
          actionItemId: item.id,
          timesCarried: heldBetween(madeAt),
          overdue: isOverdue(item, meetingDate),
          closedAtMeeting,
        },
      }];
    })
    .sort((a, b) => a.madeAt - b.madeAt)
    .map((entry) => entry.listed);
}

/** Overdue on the reference day: still open that day (closed later, or not at all) and due before it. */
export function isOverdue(item: Pick<CarryActionItem, 'dueDate' | 'status' | 'closedOn'>, referenceDate: string): boolean {
  if (item.dueDate === null) return false;
  if (item.status !== 'open' && (item.closedOn === null || item.closedOn < referenceDate)) return false;
  return item.dueDate < referenceDate;
}

/** Agenda items of earlier meetings that the given meeting is offered, oldest first. */
export function undiscussedItemsToOffer(
  meetingId: string,
  meetings: readonly CarryMeeting[],
  agendaItems: readonly CarryAgendaItem[],
): CarryAgendaItem[] {
  const ordered = [...meetings].sort(byStart);
  const position = new Map(ordered.map((meeting, index) => [meeting.id, index]));
  const targetIndex = position.get(meetingId);
  if (targetIndex === undefined) throw new Error(`Unknown meeting ${meetingId}`);
  const carried = new Set(agendaItems.map((item) => item.carriedFromItemId).filter((id): id is string => id !== null));
  return agendaItems
    .filter((item) => {
      const at = position.get(item.meetingId);
      if (at === undefined) throw new Error(`Agenda item ${item.id} names an unknown meeting`);
      return at < targetIndex && !ordered[at]!.cancelled && item.notDiscussed && !item.carryOverDismissed && !carried.has(item.id);
    })
    .sort((a, b) => position.get(a.meetingId)! - position.get(b.meetingId)!);
}

function byStart(a: CarryMeeting, b: CarryMeeting): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
