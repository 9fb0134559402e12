import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { MeetingAttendanceTable } from '../schema.js';

/** Reads of a meeting's attendance rows (läsnäolo). Writes live in the domain. */

export type AttendanceRowRecord = Selectable<MeetingAttendanceTable>;

export async function findAttendanceRows(db: Queryable, meetingId: string): Promise<AttendanceRowRecord[]> {
  return db.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
}

export async function findAttendanceRow(db: Queryable, id: string): Promise<AttendanceRowRecord | undefined> {
  return db.selectFrom('meeting_attendance').selectAll().where('id', '=', id).executeTakeFirst();
}
