import type { ActionItemView } from '../../api/contract/meetings.js';
import { type ActionItemRow, findActionItemRows } from '../../db/repositories/action-item-repository.js';
import { findMeetingRows, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import type { ReadContext } from '../shared/contexts.js';
import { isOverdue } from './action-item-carry-over.js';
import { toActionItemViews, toCarryItem } from './action-item-view.js';

export interface ActionItemOverviewFilter {
  actorId?: string;
  ownerRepresentativeId?: string;
  /** open (default); overdue: open and due before today; done: closed (done or dropped); all */
  state?: 'open' | 'overdue' | 'done' | 'all';
}

/**
 * Action items across all meetings, for following them up between meetings: overdue is judged
 * against Helsinki's today. Open ones come by due date (none last), closed ones latest closed first.
 */
export async function actionItemOverview(context: ReadContext, filter: ActionItemOverviewFilter): Promise<ActionItemView[]> {
  const state = filter.state ?? 'open';
  const rows = (
    await findActionItemRows(context.db, {
      ownerActorId: filter.actorId,
      ownerRepresentativeId: filter.ownerRepresentativeId,
      status: state === 'all' ? undefined : state === 'done' ? 'closed' : 'open',
    })
  ).filter((row) => state !== 'overdue' || isOverdue(toCarryItem(row), context.today));
  const meetings = await findMeetingRows(context.db);
  const views = await toActionItemViews(context, rows, {
    referenceDate: context.today,
    namesOn: context.today,
    meetings,
    timesCarried: timesCarriedBy(rows, meetings, context.today),
  });
  return views.sort(
    (a, b) =>
      Number(a.status !== 'open') - Number(b.status !== 'open') ||
      (a.status === 'open' ? byDue(a, b) : (b.closedOn ?? '').localeCompare(a.closedOn ?? '')) ||
      a.meetingDate.localeCompare(b.meetingDate) ||
      a.id.localeCompare(b.id),
  );
}

const byDue = (a: ActionItemView, b: ActionItemView) =>
  Number(a.dueDate === null) - Number(b.dueDate === null) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '');

/** How many later meetings of its body (held by today, or by its closing) have listed each item. */
function timesCarriedBy(rows: readonly ActionItemRow[], meetings: readonly MeetingRow[], today: string): Map<string, number> {
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const madeAt = byId.get(row.meeting_id);
    if (!madeAt) continue;
    const until = row.closed_on !== null && row.closed_on < today ? row.closed_on : today;
    const listedAt = meetings.filter(
      (meeting) =>
        meeting.body_key === madeAt.body_key && meeting.status !== 'cancelled' && meeting.starts_at > madeAt.starts_at && meeting.starts_at.slice(0, 10) <= until,
    );
    counts.set(row.id, listedAt.length);
  }
  return counts;
}
