import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import type { TestClock } from '../../support/test-session.js';
import { child, parseIcs, property } from '../../domain/meetings/ics-parser.js';
import { all, paragraphs, readDocx, tableRows } from '../../export/read-docx.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';

/**
 * The coordinator's whole cycle on the demo network, one step after another on a real file: the
 * demo's next meeting (version 2 of the matrix on its agenda) is invited, held with attendance, a
 * decision that approves the version and an action item, its memo written to Word; the next meeting
 * carries the open item, approves the memo, and the matrix says which meeting approved it.
 */

let session: AppSession;
let clock: TestClock;
let planned: MeetingDetail;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session, clock } = await createTestSession({ dir, open: file }));
  const next = await callOk(session, 'meetings.next', {});
  planned = await callOk(session, 'meetings.get', { meetingId: next!.id });
}, 120_000);
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('a network meeting from invitation to approved memo', () => {
  let held: MeetingDetail;

  it('is invited: the § numbers are fixed and the .ics names the invitees in Finnish time', async () => {
    expect(planned.status).toBe('planned');
    const matrixItem = planned.agenda.find((item) => item.matrixVersion !== null)!;
    expect(matrixItem.matrixVersion!.status).toBe('in_review');

    const invited = await callOk(session, 'meetings.markInvited', { meetingId: planned.id, expectedVersion: planned.rowVersion });
    expect(invited.status).toBe('invited');
    expect(invited.numbersFixed).toBe(true);
    expect(invited.agenda.map((item) => item.sectionLabel)).toEqual(planned.agenda.map((item) => item.sectionLabel));

    const invitation = await callOk(session, 'meetings.invitation', { meetingId: planned.id, lang: 'fi' });
    expect(invitation.body).toContain(matrixItem.title);
    expect(invitation.outlookLine.split('; ').length).toBe(invited.invitees.filter((person) => person.email).length);

    const ics = (await callOk(session, 'exports.meetingIcs', { meetingId: planned.id }))!;
    const event = child(parseIcs(readFileSync(ics.path, 'utf8')), 'VEVENT');
    expect(property(event, 'DTSTART').params.TZID).toBe('Europe/Helsinki');
    expect(property(event, 'DTSTART').value).toBe(planned.startsAt.replace(/[-:]/g, '') + '00');
    expect(event.properties.filter((line) => line.name === 'ATTENDEE').length).toBe(invited.invitees.filter((person) => person.email).length);
  });

  it('is held: attendance, the decision approving version 2, an action item', async () => {
    clock.set(`${planned.date}T12:00:00Z`);
    let meeting = await callOk(session, 'meetings.get', { meetingId: planned.id });
    const [first, second] = meeting.invitees;
    meeting = await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: first!.representativeId, status: 'present', participation: 'in_person' });
    meeting = await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: second!.representativeId, status: 'absent' });
    meeting = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });

    const matrixItem = meeting.agenda.find((item) => item.matrixVersion !== null)!;
    meeting = await callOk(session, 'decisions.create', {
      agendaItemId: matrixItem.id,
      kind: 'approve_matrix_version',
      text: { fi: 'Verkosto hyväksyi vastuumatriisin version 2.' },
      matrixVersionId: matrixItem.matrixVersion!.id,
    });
    const decision = meeting.decisions.find((candidate) => candidate.agendaItemId === matrixItem.id)!;
    meeting = await callOk(session, 'decisions.apply', { decisionId: decision.id, expectedVersion: decision.rowVersion });
    expect(meeting.decisions.find((candidate) => candidate.id === decision.id)!.appliedAt).not.toBeNull();

    meeting = await callOk(session, 'actionItems.create', {
      meetingId: meeting.id,
      agendaItemId: matrixItem.id,
      title: { fi: 'Lähetetään hyväksytty matriisi jäsenorganisaatioille' },
      ownerRepresentativeId: first!.representativeId,
      dueDate: `${planned.date.slice(0, 4)}-12-31`,
    });
    expect(meeting.status).toBe('held');
    expect(meeting.attendance.map((row) => [row.personName, row.status])).toEqual(
      expect.arrayContaining([
        [first!.name, 'present'],
        [second!.name, 'absent'],
      ]),
    );
    held = meeting;

    const matrix = await callOk(session, 'matrices.get', { matrixId: matrixItem.matrixVersion!.matrixId, versionId: matrixItem.matrixVersion!.id });
    expect(matrix.version.status).toBe('approved');
    expect(matrix.version.approvedAt).toBe(planned.date);
    expect(matrix.version.decidedAt).toEqual({ meetingId: planned.id, meetingNumber: planned.number, sectionLabel: matrixItem.sectionLabel });
  });

  it('has its memo written to Word with the attendance, the decision and the action item', { timeout: 60_000 }, async () => {
    const result = (await callOk(session, 'exports.meetingRecord', { meetingId: held.id, lang: 'fi' }))!;
    const docx = await readDocx(readFileSync(result.path));
    const texts = paragraphs(docx.document).map((paragraph) => paragraph.text);
    const rows = all(docx.document, 'tbl').flatMap(tableRows);
    expect(rows[0]![1]).toBe(`MUISTIO ${held.number}`);
    expect(texts).toContain('Verkosto hyväksyi vastuumatriisin version 2.');
    expect(rows.some((row) => row[0] === held.attendance.find((person) => person.status === 'absent')!.personName && row[1] === 'poissa')).toBe(true);
    expect(rows.some((row) => row[0] === 'Lähetetään hyväksytty matriisi jäsenorganisaatioille')).toBe(true);
  });

  it('carries the open action item to the next meeting, which approves the memo', async () => {
    const year = Number(planned.date.slice(0, 4));
    let next = await callOk(session, 'meetings.create', {
      kind: 'network_meeting',
      title: { fi: 'Kotoutumisverkoston kokous' },
      startsAt: `${year + 1}-02-10T09:00`,
      endsAt: `${year + 1}-02-10T11:00`,
      place: 'Hämeenlinna',
    });
    expect(next.carriedActionItems.map((item) => item.title)).toContain('Lähetetään hyväksytty matriisi jäsenorganisaatioille');
    expect(next.number).toBe(`1/${year + 1}`);

    clock.set(`${year + 1}-02-10T12:00:00Z`);
    next = await callOk(session, 'meetings.get', { meetingId: next.id });
    const current = await callOk(session, 'meetings.get', { meetingId: held.id });
    const approved = await callOk(session, 'meetings.setStatus', {
      meetingId: held.id,
      expectedVersion: current.rowVersion,
      status: 'record_approved',
      recordApprovedOn: next.date,
      recordApprovedByMeetingId: next.id,
    });
    expect(approved.status).toBe('record_approved');
    expect(approved.recordApprovedOn).toBe(next.date);

    // An approved record is closed: the decision stands and cannot be withdrawn.
    expect(approved.decisions.every((decision) => !decision.withdrawable)).toBe(true);
    const hits = await callOk(session, 'search.meetings', { query: 'hyväksyi vastuumatriisin version 2' });
    expect(hits.some((hit) => hit.kind === 'decision' && hit.meetingId === held.id)).toBe(true);
  });
});
