import { describe, expect, it } from 'vitest';
import {
  actionItemsForMeeting,
  isOverdue,
  undiscussedItemsToOffer,
  type CarryActionItem,
  type CarryAgendaItem,
  type CarryMeeting,
} from '../../../src-main/domain/meetings/action-item-carry-over.js';

// Three meetings of 2026, given out of order on purpose.
const meetings: CarryMeeting[] = [
  { id: 'm3', start: '2026-09-02T13:00', cancelled: false },
  { id: 'm1', start: '2026-02-10T13:00', cancelled: false },
  { id: 'm2', start: '2026-04-15T09:00', cancelled: false },
];

function action(id: string, meetingId: string, dueDate: string | null, status: CarryActionItem['status'] = 'open', closedOn: string | null = null): CarryActionItem {
  return { id, meetingId, dueDate, status, closedOn };
}

const actions: CarryActionItem[] = [
  action('a-done-at-m2', 'm1', '2026-03-01', 'done', '2026-04-15'),
  action('b-open-due-april', 'm1', '2026-04-30'),
  action('c-open-no-due', 'm1', null),
  action('d-made-at-m2', 'm2', '2026-05-01'),
  action('e-done-between', 'm1', '2026-03-15', 'done', '2026-03-10'),
  action('f-dropped-at-m3', 'm2', '2026-06-01', 'dropped', '2026-09-02'),
  action('g-made-at-m3', 'm3', '2026-10-01'),
];

const ids = (list: ReturnType<typeof actionItemsForMeeting>) => list.map((entry) => entry.actionItemId);

describe('actionItemsForMeeting over three meetings', () => {
  it('lists nothing at the first meeting: its own items are new, not carried', () => {
    expect(actionItemsForMeeting('m1', meetings, actions)).toEqual([]);
  });

  it('at the second meeting lists the first one’s open items, the one closed that day, not the one closed before', () => {
    const listed = actionItemsForMeeting('m2', meetings, actions);
    expect(ids(listed)).toEqual(['a-done-at-m2', 'b-open-due-april', 'c-open-no-due']);
    expect(listed.find((entry) => entry.actionItemId === 'a-done-at-m2')).toEqual({ actionItemId: 'a-done-at-m2', timesCarried: 0, overdue: true, closedAtMeeting: true });
    expect(listed.find((entry) => entry.actionItemId === 'b-open-due-april')?.overdue).toBe(false);
    expect(listed.find((entry) => entry.actionItemId === 'c-open-no-due')?.overdue).toBe(false);
  });

  it('at the third meeting carries the still-open items on, counts how often, and flags the overdue ones', () => {
    const listed = actionItemsForMeeting('m3', meetings, actions);
    expect(ids(listed)).toEqual(['b-open-due-april', 'c-open-no-due', 'd-made-at-m2', 'f-dropped-at-m3']);
    expect(listed.map((entry) => [entry.actionItemId, entry.timesCarried, entry.overdue, entry.closedAtMeeting])).toEqual([
      ['b-open-due-april', 1, true, false],
      ['c-open-no-due', 1, false, false],
      ['d-made-at-m2', 0, true, false],
      ['f-dropped-at-m3', 0, true, true],
    ]);
  });

  it('does not count a cancelled meeting as a carry-over', () => {
    const withCancelled = [...meetings, { id: 'm2b', start: '2026-06-01T10:00', cancelled: true }];
    const listed = actionItemsForMeeting('m3', withCancelled, actions);
    expect(listed.find((entry) => entry.actionItemId === 'b-open-due-april')?.timesCarried).toBe(1);
  });

  it('drops an item once it is done: a fourth meeting no longer lists what was closed at the third', () => {
    const withFourth = [...meetings, { id: 'm4', start: '2026-11-20T13:00', cancelled: false }];
    expect(ids(actionItemsForMeeting('m4', withFourth, actions))).toEqual(['b-open-due-april', 'c-open-no-due', 'd-made-at-m2', 'g-made-at-m3']);
  });

  it('refuses an unknown meeting rather than listing nothing', () => {
    expect(() => actionItemsForMeeting('nope', meetings, actions)).toThrow(/Unknown meeting/);
    expect(() => actionItemsForMeeting('m2', meetings, [action('x', 'ghost', null)])).toThrow(/unknown meeting/);
  });
});

describe('isOverdue', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(isOverdue(action('x', 'm1', '2026-11-23'), '2026-11-23')).toBe(false);
    expect(isOverdue(action('x', 'm1', '2026-11-22'), '2026-11-23')).toBe(true);
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue(action('x', 'm1', null), '2030-01-01')).toBe(false);
  });

  it('is not overdue once closed, but was overdue on the days it was still open', () => {
    const closedLate = action('x', 'm1', '2026-03-01', 'done', '2026-04-15');
    expect(isOverdue(closedLate, '2026-11-23')).toBe(false);
    expect(isOverdue(closedLate, '2026-04-15')).toBe(true);
    expect(isOverdue(closedLate, '2026-04-01')).toBe(true);
    expect(isOverdue(closedLate, '2026-02-20')).toBe(false);
  });
});

describe('undiscussedItemsToOffer', () => {
  function agendaItem(id: string, meetingId: string, options: Partial<CarryAgendaItem> = {}): CarryAgendaItem {
    return { id, meetingId, notDiscussed: false, carriedFromItemId: null, carryOverDismissed: false, ...options };
  }

  it('offers the next meeting the items the previous one left undiscussed', () => {
    const items = [agendaItem('m1-1', 'm1'), agendaItem('m1-2', 'm1', { notDiscussed: true }), agendaItem('m1-3', 'm1')];
    expect(undiscussedItemsToOffer('m2', meetings, items).map((item) => item.id)).toEqual(['m1-2']);
    expect(undiscussedItemsToOffer('m1', meetings, items)).toEqual([]);
  });

  it('stops offering once carried, and offers the carried copy again if it is left undiscussed a second time', () => {
    const items = [
      agendaItem('m1-2', 'm1', { notDiscussed: true }),
      agendaItem('m2-5', 'm2', { carriedFromItemId: 'm1-2', notDiscussed: true }),
    ];
    expect(undiscussedItemsToOffer('m3', meetings, items).map((item) => item.id)).toEqual(['m2-5']);
    const discussedAtM2 = [items[0]!, { ...items[1]!, notDiscussed: false }];
    expect(undiscussedItemsToOffer('m3', meetings, discussedAtM2)).toEqual([]);
  });

  it('keeps offering an item not yet carried to a later meeting, oldest first, until dismissed', () => {
    const items = [agendaItem('m2-1', 'm2', { notDiscussed: true }), agendaItem('m1-4', 'm1', { notDiscussed: true })];
    expect(undiscussedItemsToOffer('m3', meetings, items).map((item) => item.id)).toEqual(['m1-4', 'm2-1']);
    const dismissed = [items[0]!, { ...items[1]!, carryOverDismissed: true }];
    expect(undiscussedItemsToOffer('m3', meetings, dismissed).map((item) => item.id)).toEqual(['m2-1']);
  });

  it('offers nothing from a cancelled meeting (its agenda was never handled, it is moved as a whole)', () => {
    const withCancelled = [...meetings, { id: 'mx', start: '2026-05-01T10:00', cancelled: true }];
    const items = [agendaItem('mx-1', 'mx', { notDiscussed: true })];
    expect(undiscussedItemsToOffer('m3', withCancelled, items)).toEqual([]);
  });
});
