import type { SectionNumberingSetting } from '../../api/contract/meetings.js';
import { type AgendaItemRow, findAgendaItemRows } from '../../db/repositories/agenda-item-repository.js';
import { findBodyMeetingRows, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredBoolean } from '../../db/stored-values.js';
import { type NumberingMeeting, numberAgendaItems } from './agenda-numbering.js';

/**
 * The § numbers of the given meetings' items under the network's numbering. Running numbering
 * looks at every meeting of the same body and year, since an earlier meeting's items move the
 * later ones' numbers; each body (the network, each working group) numbers on its own.
 */
export async function sectionNumbersFor(db: Queryable, meetings: readonly MeetingRow[], mode: SectionNumberingSetting): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  if (meetings.length === 0) return numbers;
  const removed = await removedNumbers(db);
  if (mode === 'per_meeting') {
    const items = await findAgendaItemRows(db, meetings.map((meeting) => meeting.id));
    return withoutRemoved(numberAgendaItems(meetings.map((meeting) => toNumberingMeeting(meeting, items, removed)), 'per_meeting'));
  }
  const scopes = new Map<string, { bodyKey: string; year: number }>();
  for (const meeting of meetings) scopes.set(`${meeting.body_key}|${meeting.year}`, { bodyKey: meeting.body_key, year: meeting.year });
  for (const scope of scopes.values()) {
    const scopeMeetings = await findBodyMeetingRows(db, scope.bodyKey, scope.year);
    const items = await findAgendaItemRows(db, scopeMeetings.map((meeting) => meeting.id));
    const scoped = numberAgendaItems(scopeMeetings.map((meeting) => toNumberingMeeting(meeting, items, removed)), 'running_year');
    for (const [id, number] of withoutRemoved(scoped)) numbers.set(id, number);
  }
  return numbers;
}

const REMOVED = 'removed:';

function toNumberingMeeting(meeting: MeetingRow, items: readonly AgendaItemRow[], removed: readonly RemovedNumber[]): NumberingMeeting {
  const fixed = fromStoredBoolean(meeting.numbers_fixed);
  return {
    id: meeting.id,
    start: meeting.starts_at,
    fixed,
    cancelled: meeting.status === 'cancelled',
    items: [
      ...items
        .filter((item) => item.meeting_id === meeting.id)
        .map((item) => ({ id: item.id, sortOrder: item.sort_order, storedNumber: item.section_number })),
      // a removed item's fixed number still counts as given, so it is never given again
      ...(fixed
        ? removed
            .filter((entry) => entry.meetingId === meeting.id)
            .map((entry) => ({ id: `${REMOVED}${entry.itemId}`, sortOrder: 0, storedNumber: entry.number }))
        : []),
    ],
  };
}

function withoutRemoved(numbers: Map<string, number>): Map<string, number> {
  for (const id of [...numbers.keys()]) if (id.startsWith(REMOVED)) numbers.delete(id);
  return numbers;
}

interface RemovedNumber {
  itemId: string;
  meetingId: string;
  number: number;
}

/** Numbers of items removed after their number was fixed, read back from the change log (the one record of them). */
async function removedNumbers(db: Queryable): Promise<RemovedNumber[]> {
  const rows = await db
    .selectFrom('change_log')
    .select(['entity_id', 'before_json'])
    .where('entity_type', '=', 'agenda_item')
    .where('operation', '=', 'delete')
    .execute();
  return rows.flatMap((row) => {
    try {
      const before = JSON.parse(row.before_json ?? 'null') as { meeting_id?: unknown; section_number?: unknown } | null;
      if (typeof before?.meeting_id !== 'string' || typeof before.section_number !== 'number') return [];
      return [{ itemId: row.entity_id, meetingId: before.meeting_id, number: before.section_number }];
    } catch {
      return [];
    }
  });
}
