import type { AttendanceRow } from '../../api/contract/meetings.js';
import type { ReadContext } from '../shared/contexts.js';

// TEMPORARY (session 3): the attendance read is being written; the meeting view already calls it.
export async function readAttendance(_context: ReadContext, _meetingId: string): Promise<AttendanceRow[]> {
  return [];
}
