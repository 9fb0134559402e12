import type { z } from 'zod';
import type { MeetingDetail, meetingsContract } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findRepresentativeRow } from '../../db/repositories/actor-repository.js';
import { findAttendanceRow, findAttendanceRows } from '../../db/repositories/attendance-repository.js';
import { throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { meetingWithOpenRecord } from './open-record.js';
import { getMeetingDetail } from './meeting-view.js';

export type AttendanceInput = z.output<(typeof meetingsContract)['attendance.set']['input']>;

/**
 * Records one person's attendance (läsnäolo): a representative (one row per meeting, changed in
 * place) or a guest by name. The name and organisation are copied as they are today, so the record
 * keeps saying who was there after people change organisations.
 */
export async function setAttendance(context: WriteContext, input: AttendanceInput): Promise<MeetingDetail> {
  const meeting = await meetingWithOpenRecord(context.db, input.meetingId);
  const person = await personOf(context, input);
  const deputyFor = await deputyOf(context, input, person.actorId);
  const existing = (await findAttendanceRows(context.db, meeting.id)).find((row) =>
    input.representativeId ? row.representative_id === input.representativeId : row.representative_id === null && foldForSearch(row.person_name) === foldForSearch(person.name),
  );
  const now = context.author.now.toISOString();
  const values = {
    representative_id: input.representativeId ?? null,
    person_name: person.name,
    // a guest standing in for a member represents the member's organisation
    actor_id: person.actorId ?? deputyFor?.actorId ?? null,
    status: input.status,
    deputy_for_representative_id: deputyFor?.id ?? null,
    participation: input.status === 'absent' ? null : (input.participation ?? null),
    note: input.note,
    updated_at: now,
  };
  if (existing) {
    const after = { ...existing, ...values, row_version: existing.row_version + 1 };
    await context.db.updateTable('meeting_attendance').set(after).where('id', '=', existing.id).execute();
    await recordChange(context.db, context.author, { entityType: 'meeting_attendance', entityId: existing.id, operation: 'update', before: existing, after });
  } else {
    const row = { id: newId(context.author.now.getTime()), meeting_id: meeting.id, ...values, created_at: now, row_version: 1 };
    await context.db.insertInto('meeting_attendance').values(row).execute();
    await recordChange(context.db, context.author, { entityType: 'meeting_attendance', entityId: row.id, operation: 'create', after: row });
  }
  return getMeetingDetail(context, meeting.id);
}

/** Removes a row entered by mistake. */
export async function removeAttendance(context: WriteContext, id: string, expectedVersion: number): Promise<MeetingDetail> {
  const row = await findAttendanceRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'meeting_attendance', id);
  await meetingWithOpenRecord(context.db, row.meeting_id, ['attendanceId']);
  await context.db.deleteFrom('meeting_attendance').where('id', '=', id).execute();
  await recordChange(context.db, context.author, { entityType: 'meeting_attendance', entityId: id, operation: 'delete', before: row });
  return getMeetingDetail(context, row.meeting_id);
}

async function personOf(context: WriteContext, input: AttendanceInput): Promise<{ name: string; actorId: string | null }> {
  if (input.representativeId) {
    const representative = await findRepresentativeRow(context.db, input.representativeId);
    if (!representative) throw new AppError('not_found', { id: input.representativeId }, ['representativeId']);
    return { name: representative.name, actorId: representative.actor_id };
  }
  if (input.guestActorId && !(await context.db.selectFrom('actor').select('id').where('id', '=', input.guestActorId).executeTakeFirst())) {
    throw new AppError('not_found', { id: input.guestActorId }, ['guestActorId']);
  }
  return { name: input.guestName!, actorId: input.guestActorId ?? null };
}

/** A deputy (varahenkilö) stands in for another representative of the same organisation. */
async function deputyOf(context: WriteContext, input: AttendanceInput, actorId: string | null): Promise<{ id: string; actorId: string } | null> {
  if (input.status !== 'deputy') return null;
  const path = ['deputyForRepresentativeId'];
  const id = input.deputyForRepresentativeId!;
  if (id === input.representativeId) throw new AppError('attendance_deputy_for_self', {}, path);
  const member = await findRepresentativeRow(context.db, id);
  if (!member) throw new AppError('not_found', { id }, path);
  if (actorId !== null && member.actor_id !== actorId) throw new AppError('attendance_deputy_other_actor', { name: member.name }, path);
  return { id, actorId: member.actor_id };
}
