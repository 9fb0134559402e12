import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callError, callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from './planning-fixture.js';

/** Planning meetings through the dispatcher: create, list, get, agenda defaults, times. */

let session: AppSession;
let people: Awaited<ReturnType<typeof addActorWithPeople>>['representatives'];
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  ({ representatives: people } = await addActorWithPeople(session, 'Hämeenlinnan kaupunki', [
    { name: 'Aino Ääninen', email: 'aino@example.fi' },
    { name: 'Bertil Öhman', email: 'bertil@example.fi' },
    { name: 'Left Early', email: 'left@example.fi', validTo: '2026-01-31' },
  ]));
  const archived = await callOk(session, 'representatives.create', {
    actorId: people[0]!.actorId,
    name: 'Archived Person',
    networkRole: 'member',
  });
  await callOk(session, 'representatives.archive', { id: archived.id, expectedVersion: archived.rowVersion });
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('meetings: create, list and get', () => {
  it('numbers meetings per year, adds "Open action items" and invites the valid representatives', async () => {
    const first = await callOk(session, 'meetings.create', meetingInput('2026-04-14T13:00', '2026-04-14T15:00', { chairId: people[1]!.id }));
    expect([first.number, first.year, first.numberInYear, first.status, first.recordKind]).toEqual(['1/2026', 2026, 1, 'planned', 'memo']);
    expect(first.agenda.map((item) => [item.kind, item.title, item.sectionLabel])).toEqual([['open_action_items', 'Avoimet tehtävät', '1 §']]);
    // the one who left in January and the archived one are not invited; the chair is the chair
    expect(first.invitees.map((invitee) => [invitee.name, invitee.role])).toEqual([
      ['Bertil Öhman', 'chair'],
      ['Aino Ääninen', 'required'],
    ]);

    const second = await callOk(session, 'meetings.create', meetingInput('2026-06-02T09:00', '2026-06-02T11:00', { recordKind: 'minutes' }));
    expect(second.number).toBe('2/2026');
    expect(second.agenda.map((item) => item.kind)).toEqual(['opening', 'legality_quorum', 'minute_checkers', 'agenda_approval', 'open_action_items', 'closing']);
    expect(second.agenda.map((item) => item.sectionNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    const nextYear = await callOk(session, 'meetings.create', meetingInput('2027-01-20T09:00', '2027-01-20T10:00'));
    expect(nextYear.number).toBe('1/2027');

    const swedish = await callOk(session, 'meetings.get', { meetingId: second.id, lang: 'sv' });
    expect(swedish.agenda.find((item) => item.kind === 'open_action_items')!.title).toBe('Öppna uppgifter');
    expect((await callOk(session, 'meetings.get', { meetingId: second.id, lang: 'en' })).agenda.at(-1)!.sectionLabel).toBe('§ 6');

    const list = await callOk(session, 'meetings.list', { year: 2026 });
    expect(list.map((meeting) => meeting.number)).toEqual(['2/2026', '1/2026']);
    expect(list.map((meeting) => meeting.agendaItemCount)).toEqual([6, 1]);
    expect((await callOk(session, 'meetings.list', { from: '2026-06-02', to: '2026-06-02' })).map((meeting) => meeting.id)).toEqual([second.id]);
    expect((await callOk(session, 'meetings.list', { body: 'network', status: 'planned' })).length).toBe(3);
    expect((await callOk(session, 'meetings.next', {}))!.id).toBe(first.id);
  });

  it('takes the record kind from the network setting unless the meeting says otherwise', async () => {
    await callOk(session, 'meetingSettings.update', { sectionNumbering: 'per_meeting', recordKind: 'minutes' });
    const minutes = await callOk(session, 'meetings.create', meetingInput('2026-08-11T09:00', '2026-08-11T10:00'));
    const memo = await callOk(session, 'meetings.create', meetingInput('2026-08-12T09:00', '2026-08-12T10:00', { recordKind: 'memo' }));
    await callOk(session, 'meetingSettings.update', { sectionNumbering: 'per_meeting', recordKind: 'memo' });
    expect([minutes.recordKind, minutes.agenda.length, memo.recordKind, memo.agenda.length]).toEqual(['minutes', 6, 'memo', 1]);
    const logged = await session.requireNetwork().db.selectFrom('change_log').select('entity_id').where('entity_type', '=', 'network_setting').execute();
    // the first write stores both keys; later ones only what changed
    expect(logged.map((row) => row.entity_id).sort()).toEqual(['meetings.recordKind', 'meetings.recordKind', 'meetings.sectionNumbering']);
  });

  it('adds agenda items before the closing item, and after a given item', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-09-01T09:00', '2026-09-01T10:00', { recordKind: 'minutes' }));
    const withItem = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Kotoutumisohjelman päivitys', { durationMinutes: 30 }));
    expect(withItem.agenda.map((item) => item.kind).slice(-2)).toEqual(['regular', 'closing']);
    const opening = withItem.agenda[0]!;
    const after = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Ajankohtaiset', { afterItemId: opening.id }));
    expect(after.agenda.map((item) => item.title).slice(0, 2)).toEqual(['Kokouksen avaus', 'Ajankohtaiset']);
    expect(after.agenda.map((item) => item.sortOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses the hour skipped in spring, an end before the start and a malformed time, writing nothing', async () => {
    expect((await callRefusedWithoutWriting(session, 'meetings.create', meetingInput('2026-03-29T03:30', '2026-03-29T05:00'))).code).toBe('meeting_time_nonexistent');
    expect((await callRefusedWithoutWriting(session, 'meetings.create', meetingInput('2026-05-05T12:00', '2026-05-05T12:00'))).code).toBe(
      'meeting_end_not_after_start',
    );
    expect((await callRefusedWithoutWriting(session, 'meetings.create', meetingInput('2026-02-30T12:00', '2026-02-30T13:00'))).code).toBe('meeting_time_invalid');
    const error = await callError(session, 'meetings.create', meetingInput('2026-05-05T12:00', '2026-05-05T13:00', { title: { fi: '' } }));
    expect(error.code).toBe('name_required');
  });

  it('plans the agenda from the start and the durations, and tells the overrun', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-27T13:00', '2026-10-27T14:00'));
    await callOk(session, 'agendaItems.update', {
      itemId: meeting.agenda[0]!.id,
      expectedVersion: 1,
      title: { fi: 'Avoimet tehtävät' },
      durationMinutes: 15,
    });
    await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Matriisin hyväksyminen', { durationMinutes: 30 }));
    let detail = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Pilotin tilanne', { durationMinutes: 25 }));
    expect(detail.agenda.map((item) => [item.plannedStart, item.plannedEnd])).toEqual([
      ['13:00', '13:15'],
      ['13:15', '13:45'],
      ['13:45', '14:10'],
    ]);
    expect([detail.plannedEnd, detail.overrunMinutes]).toEqual(['14:10', 10]);
    detail = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Muut asiat'));
    expect([detail.agenda.at(-1)!.plannedStart, detail.agenda.at(-1)!.plannedEnd, detail.plannedEnd]).toEqual(['14:10', null, null]);
    expect(detail.overrunMinutes).toBe(10);
  });
});
