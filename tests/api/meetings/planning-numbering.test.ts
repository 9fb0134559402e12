import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { itemInput, meetingInput } from './planning-fixture.js';

/** § numbers per meeting and running through the year; fixed once the invitation is sent. */

let session: AppSession;
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const numbers = (meeting: MeetingDetail) => meeting.agenda.map((item) => item.sectionNumber);
const get = (meetingId: string) => callOk(session, 'meetings.get', { meetingId });

describe('§ numbering', () => {
  it('numbers per meeting or through the year, fixes numbers at the invitation and gives a late item the next free number', async () => {
    expect(await callOk(session, 'meetingSettings.get', {})).toEqual({ sectionNumbering: 'per_meeting', recordKind: 'memo' });
    // created out of date order: the year's numbering follows the dates, not the creation
    const april = await callOk(session, 'meetings.create', meetingInput('2026-04-14T13:00', '2026-04-14T15:00'));
    const february = await callOk(session, 'meetings.create', meetingInput('2026-02-10T13:00', '2026-02-10T15:00'));
    await callOk(session, 'agendaItems.create', itemInput(february.id, 'Toimintasuunnitelma'));
    await callOk(session, 'agendaItems.create', itemInput(february.id, 'Kuulumiset'));
    await callOk(session, 'agendaItems.create', itemInput(april.id, 'Pilotti'));
    expect(numbers(await get(february.id))).toEqual([1, 2, 3]);
    expect(numbers(await get(april.id))).toEqual([1, 2]);

    expect(await callOk(session, 'meetingSettings.update', { sectionNumbering: 'running_year', recordKind: 'memo' })).toEqual({
      sectionNumbering: 'running_year',
      recordKind: 'memo',
    });
    expect(numbers(await get(february.id))).toEqual([1, 2, 3]);
    expect((await get(april.id)).agenda.map((item) => item.sectionLabel)).toEqual(['4 §', '5 §']);
    // a working group numbers on its own, and next year starts again
    const group = await callOk(session, 'workingGroups.create', { name: { fi: 'Ohjausryhmä' } });
    const groupMeeting = await callOk(session, 'meetings.create', meetingInput('2026-03-01T10:00', '2026-03-01T11:00', { workingGroupId: group.id }));
    expect([groupMeeting.number, numbers(groupMeeting)]).toEqual(['1/2026', [1]]);
    expect(numbers(await callOk(session, 'meetings.create', meetingInput('2027-01-12T10:00', '2027-01-12T11:00')))).toEqual([1]);

    // sending April's invitation fixes 4 § and 5 §; February, still open, is numbered after them
    const invited = await callOk(session, 'meetings.markInvited', { meetingId: april.id, expectedVersion: april.rowVersion });
    expect([invited.status, invited.numbersFixed, invited.invitationSentAt !== null, numbers(invited)]).toEqual(['invited', true, true, [4, 5]]);
    expect(numbers(await get(february.id))).toEqual([6, 7, 8]);
    const februaryInvited = await callOk(session, 'meetings.markInvited', { meetingId: february.id, expectedVersion: february.rowVersion });
    expect(numbers(februaryInvited)).toEqual([6, 7, 8]);

    // a late item (lisäpykälä) takes the next free number and keeps it; moving does not renumber
    const late = await callOk(session, 'agendaItems.create', itemInput(april.id, 'Lisäpykälä'));
    expect(numbers(late)).toEqual([4, 5, 9]);
    const lateItem = late.agenda[2]!;
    const moved = await callOk(session, 'agendaItems.move', { itemId: lateItem.id, expectedVersion: lateItem.rowVersion, beforeItemId: late.agenda[0]!.id });
    expect(numbers(moved)).toEqual([9, 4, 5]);
    const second = await callOk(session, 'agendaItems.create', itemInput(february.id, 'Toinen lisäpykälä'));
    expect(numbers(second)).toEqual([6, 7, 8, 10]);
    // a removed item's number is not given again
    const removed = second.agenda[3]!;
    expect(numbers(await callOk(session, 'agendaItems.remove', { itemId: removed.id, expectedVersion: removed.rowVersion }))).toEqual([6, 7, 8]);
    expect(numbers(await callOk(session, 'agendaItems.create', itemInput(february.id, 'Kolmas lisäpykälä')))).toEqual([6, 7, 8, 11]);

    // back to per-meeting numbering: stored numbers stand, an unfixed meeting starts from 1 §
    await callOk(session, 'meetingSettings.update', { sectionNumbering: 'per_meeting', recordKind: 'memo' });
    expect(numbers(await get(april.id))).toEqual([9, 4, 5]);
    const open = await callOk(session, 'meetings.create', meetingInput('2026-06-09T13:00', '2026-06-09T14:00'));
    expect(numbers(await callOk(session, 'agendaItems.create', itemInput(open.id, 'Kesän tauko')))).toEqual([1, 2]);
  });

  it('raises the .ics sequence when a sent invitation changes, and keeps a cancelled meeting without numbers', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-05-05T13:00', '2026-05-05T15:00'));
    const base = { meetingId: meeting.id, kind: meeting.kind, title: meeting.titles, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place };
    const renamed = await callOk(session, 'meetings.update', { ...base, expectedVersion: meeting.rowVersion, title: { fi: 'Kevään kokous' } });
    expect(renamed.icsSequence).toBe(0);
    const invited = await callOk(session, 'meetings.markInvited', { meetingId: meeting.id, expectedVersion: renamed.rowVersion });
    const sameTime = await callOk(session, 'meetings.update', { ...base, expectedVersion: invited.rowVersion, title: { fi: 'Kevään kokous' }, caseNumber: 'KH/12/2026' });
    expect([sameTime.icsSequence, sameTime.caseNumber]).toEqual([0, 'KH/12/2026']);
    const moved = await callOk(session, 'meetings.update', { ...base, expectedVersion: sameTime.rowVersion, title: { fi: 'Kevään kokous' }, startsAt: '2026-05-05T14:00' });
    expect(moved.icsSequence).toBe(1);
    const held = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: moved.rowVersion, status: 'held' });
    const undone = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: held.rowVersion, status: 'planned' });
    expect([held.status, held.icsSequence, undone.status, undone.icsSequence]).toEqual(['held', 2, 'invited', 3]);
    expect((await callRefusedWithoutWriting(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: undone.rowVersion, status: 'record_approved' })).code).toBe(
      'meeting_not_held',
    );
    expect((await callRefusedWithoutWriting(session, 'meetings.update', { ...base, expectedVersion: undone.rowVersion, startsAt: '2027-05-05T14:00', endsAt: '2027-05-05T15:00' })).code).toBe(
      'meeting_year_fixed',
    );
    expect((await callRefusedWithoutWriting(session, 'meetings.update', { ...base, expectedVersion: sameTime.rowVersion })).code).toBe('version_conflict');
    const cancelled = await callOk(session, 'meetings.cancel', { meetingId: meeting.id, expectedVersion: undone.rowVersion });
    expect([cancelled.status, cancelled.icsSequence, numbers(cancelled)]).toEqual(['cancelled', 4, [null]]);
    expect((await callRefusedWithoutWriting(session, 'agendaItems.create', itemInput(meeting.id, 'Myöhässä'))).code).toBe('meeting_cancelled');
  });
});
