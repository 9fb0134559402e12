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
  if (mode === 'per_meeting') {
    const items = await findAgendaItemRows(db, meetings.map((meeting) => meeting.id));
    return numberAgendaItems(meetings.map((meeting) => toNumberingMeeting(meeting, items)), 'per_meeting');
  }
  const scopes = new Map<string, { bodyKey: string; year: number }>();
  for (const meeting of meetings) scopes.set(`${meeting.body_key}|${meeting.year}`, { bodyKey: meeting.body_key, year: meeting.year });
  for (const scope of scopes.values()) {
    const scopeMeetings = await findBodyMeetingRows(db, scope.bodyKey, scope.year);
    const items = await findAgendaItemRows(db, scopeMeetings.map((meeting) => meeting.id));
    for (const [id, number] of numberAgendaItems(scopeMeetings.map((meeting) => toNumberingMeeting(meeting, items)), 'running_year')) {
      numbers.set(id, number);
    }
  }
  return numbers;
}

function toNumberingMeeting(meeting: MeetingRow, items: readonly AgendaItemRow[]): NumberingMeeting {
  return {
    id: meeting.id,
    start: meeting.starts_at,
    fixed: fromStoredBoolean(meeting.numbers_fixed),
    cancelled: meeting.status === 'cancelled',
    items: items
      .filter((item) => item.meeting_id === meeting.id)
      .map((item) => ({ id: item.id, sortOrder: item.sort_order, storedNumber: item.section_number })),
  };
}
