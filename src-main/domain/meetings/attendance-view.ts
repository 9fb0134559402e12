import type { AttendanceRow, AttendanceStatus, ParticipationMode } from '../../api/contract/meetings.js';
import { findAttendanceRows } from '../../db/repositories/attendance-repository.js';
import { findMeetingRow } from '../../db/repositories/meeting-repository.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { actorNamesOn } from './actor-names-on-date.js';
import { loadPeople } from './meeting-people.js';

/**
 * A meeting's attendance (läsnäolo), grouped by organisation: the names and organisations are the
 * ones stored that day (people move between organisations); organisations are named as on the day.
 */
export async function readAttendance(context: ReadContext, meetingId: string): Promise<AttendanceRow[]> {
  const [meeting, rows] = await Promise.all([findMeetingRow(context.db, meetingId), findAttendanceRows(context.db, meetingId)]);
  if (!meeting || rows.length === 0) return [];
  const date = meeting.starts_at.slice(0, 10);
  const [deputies, actorNames] = await Promise.all([
    loadPeople(context.db, rows.map((row) => row.deputy_for_representative_id), date, context.locale),
    actorNamesOn(context.db, rows.map((row) => row.actor_id), date, context.locale),
  ]);
  const attendance = rows.map(
    (row): AttendanceRow => ({
      id: row.id,
      representativeId: row.representative_id,
      personName: row.person_name,
      actorId: row.actor_id,
      actorName: row.actor_id ? (actorNames.get(row.actor_id) ?? '?') : null,
      status: row.status as AttendanceStatus,
      deputyFor: row.deputy_for_representative_id ? (deputies.get(row.deputy_for_representative_id) ?? null) : null,
      participation: row.participation as ParticipationMode | null,
      note: row.note,
      rowVersion: row.row_version,
    }),
  );
  // guests without an organisation last
  return attendance.sort(
    (a, b) =>
      Number(a.actorName === null) - Number(b.actorName === null) ||
      compareFinnish(a.actorName ?? '', b.actorName ?? '') ||
      compareFinnish(a.personName, b.personName),
  );
}
