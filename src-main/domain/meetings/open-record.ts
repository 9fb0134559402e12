import { findMeetingRow, meetingNumber, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { AppError } from '../shared/app-error.js';

/**
 * The meeting whose record (attendance, decisions) is about to change. A cancelled meeting has no
 * record, and an approved record stands: after approval a decision is corrected by a new decision.
 */
export async function meetingWithOpenRecord(db: Queryable, meetingId: string, path: ReadonlyArray<string | number> = ['meetingId']): Promise<MeetingRow> {
  const meeting = await findMeetingRow(db, meetingId);
  if (!meeting) throw new AppError('not_found', { id: meetingId }, path);
  if (meeting.status === 'cancelled') throw new AppError('record_meeting_cancelled', {}, path);
  if (meeting.status === 'record_approved') throw new AppError('record_already_approved', { number: meetingNumber(meeting) }, path);
  return meeting;
}
