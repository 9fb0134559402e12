import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from './planning-fixture.js';

/** Working groups with their members and meetings; search over meetings, Finnish-aware. */

let session: AppSession;
let people: Awaited<ReturnType<typeof addActorWithPeople>>['representatives'];
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  ({ representatives: people } = await addActorWithPeople(session, 'Riihimäen kaupunki', [
    { name: 'Pekka Puheenjohtaja', email: 'pekka@example.fi' },
    { name: 'Sanna Sihteeri', email: 'sanna@example.fi' },
    { name: 'Jäsen Jäänyt', email: 'jaanyt@example.fi' },
    { name: 'Ulkopuolinen', email: 'ulko@example.fi' },
  ]));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('working groups', () => {
  it('keeps members with roles and periods, invites those valid on the day and numbers its meetings on its own', async () => {
    const group = await callOk(session, 'workingGroups.create', { name: { fi: 'Ohjausryhmä', sv: 'Styrgrupp' }, recordKindDefault: 'minutes' });
    expect([group.name, group.recordKindDefault, group.members, group.rowVersion]).toEqual(['Ohjausryhmä', 'minutes', [], 1]);
    const withMembers = await callOk(session, 'workingGroups.setMembers', {
      id: group.id,
      expectedVersion: 1,
      members: [
        { representativeId: people[1]!.id, role: 'secretary' },
        { representativeId: people[0]!.id, role: 'chair' },
        { representativeId: people[2]!.id, role: 'member', validTo: '2026-03-31' },
      ],
    });
    expect(withMembers.members.map((member) => [member.name, member.role, member.validTo])).toEqual([
      ['Pekka Puheenjohtaja', 'chair', null],
      ['Sanna Sihteeri', 'secretary', null],
      ['Jäsen Jäänyt', 'member', '2026-03-31'],
    ]);
    expect(
      (await callRefusedWithoutWriting(session, 'workingGroups.setMembers', {
        id: group.id,
        expectedVersion: 2,
        members: [{ representativeId: people[0]!.id, role: 'member', validFrom: '2026-05-01', validTo: '2026-04-01' }],
      })).code,
    ).toBe('period_reversed');

    await callOk(session, 'meetings.create', meetingInput('2026-04-20T09:00', '2026-04-20T10:00'));
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-04-21T09:00', '2026-04-21T10:00', { workingGroupId: group.id, chairId: people[0]!.id }));
    expect([meeting.number, meeting.workingGroupName, meeting.recordKind, meeting.agenda[0]!.kind]).toEqual(['1/2026', 'Ohjausryhmä', 'minutes', 'opening']);
    expect(meeting.invitees.map((invitee) => [invitee.name, invitee.role])).toEqual([
      ['Pekka Puheenjohtaja', 'chair'],
      ['Sanna Sihteeri', 'required'],
    ]);
    expect((await callOk(session, 'meetings.list', { body: group.id })).map((summary) => summary.id)).toEqual([meeting.id]);

    const renamed = await callOk(session, 'workingGroups.update', { id: group.id, expectedVersion: 2, name: { fi: 'Kotoutumisen ohjausryhmä' } });
    expect([renamed.name, renamed.names.sv, renamed.recordKindDefault]).toEqual(['Kotoutumisen ohjausryhmä', null, 'minutes']);
    expect((await callRefusedWithoutWriting(session, 'workingGroups.update', { id: group.id, expectedVersion: 2, name: { fi: 'X' } })).code).toBe('version_conflict');
    const archived = await callOk(session, 'workingGroups.archive', { id: group.id, expectedVersion: 3, archived: true });
    expect(archived.archived).toBe(true);
    expect(await callOk(session, 'workingGroups.list', {})).toEqual([]);
    expect((await callOk(session, 'workingGroups.list', { includeArchived: true })).map((listed) => listed.id)).toEqual([group.id]);
    expect(
      (await callRefusedWithoutWriting(session, 'meetings.create', meetingInput('2026-05-21T09:00', '2026-05-21T10:00', { workingGroupId: group.id }))).code,
    ).toBe('working_group_archived');
  });
});

describe('search', () => {
  it('finds Finnish text case-insensitively, ä and ö included, and labels hits with the meeting and §', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-13T13:00', '2026-10-13T15:00', { place: 'Riihimäen kaupungintalo' }));
    await callOk(
      session,
      'agendaItems.create',
      itemInput(meeting.id, 'Äidinkielen opetus', { background: { fi: 'Selvitetään ÖLJYLÄMMITTEISTEN tilojen käyttö ja äidinkielen opetuksen ryhmät syksyllä.' } }),
    );
    const hits = await callOk(session, 'search.meetings', { query: 'äidinkielen OPETUKSEN' });
    expect(hits.map((hit) => [hit.kind, hit.label, hit.date])).toEqual([['agenda_item', `${meeting.number} · 2 §`, '2026-10-13']]);
    expect(hits[0]!.snippet).toBe('Selvitetään ÖLJYLÄMMITTEISTEN tilojen käyttö ja äidinkielen opetuksen ryhmät syksyllä.');
    const upper = await callOk(session, 'search.meetings', { query: 'ÖLJYLÄMMITTEISTEN' });
    expect(upper.map((hit) => hit.itemId)).toEqual([hits[0]!.itemId]);
    // ä is its own letter: "a" does not find it
    expect(await callOk(session, 'search.meetings', { query: 'aidinkielen' })).toEqual([]);
    const place = await callOk(session, 'search.meetings', { query: 'RIIHIMÄEN' });
    expect(place.map((hit) => [hit.kind, hit.label])).toEqual([['meeting', meeting.number]]);
    expect((await callOk(session, 'search.meetings', { query: '100%' })).length).toBe(0);
  });
});
