import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src-main/api/contract/index.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession, type TestClock } from '../support/test-session.js';

/**
 * Undo of the types whose change log holds a read model (representative, meeting details, network
 * goal, goal action): through their own commands, logged under the undoing user, refused without
 * writing when the object changed since or the entry is none the adapter can reverse.
 */

let session: AppSession;
let clock: TestClock;
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session, clock } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const db = () => session.requireNetwork().db;
const refused = (input: InputOf<'history.undoLast'>) => callRefusedWithoutWriting(session, 'history.undoLast', input);

async function as(userName: string) {
  await callOk(session, 'settings.update', { userName });
  clock.advance(60_000);
}

async function lastEntry(entityType: string, entityId: string) {
  return (await callOk(session, 'history.ofObject', { entityType, entityId })).entries[0]!;
}

/** Undo the last entry as Sanna, checking the entry was offered and the undo is logged under her name. */
async function undoAsSanna(entityType: string, entityId: string) {
  const last = await lastEntry(entityType, entityId);
  expect(last.undoable).toBe(true);
  await as('Sanna Sihteeri');
  const undone = await callOk(session, 'history.undoLast', { entityType, entityId, expectedChangeId: last.changeId });
  expect(undone.undoneChangeId).toBe(last.changeId);
  expect(undone.history.entries[0]!.changedBy).toBe('Sanna Sihteeri');
  expect(undone.history.entries[1]!.changeId).toBe(last.changeId);
  return undone;
}

let actorCount = 0;
async function newActor(nameFi = `Yhdistys ${++actorCount}`) {
  return callOk(session, 'actors.create', { name: { fi: nameFi }, type: 'ngo', isPublicAuthority: false });
}

type RepresentativeFields = Omit<InputOf<'representatives.create'>, 'actorId'>;
const person = (name: string, extra: Partial<RepresentativeFields> = {}): RepresentativeFields => ({
  name, title: null, email: null, phone: null, networkRole: 'member', validFrom: null, validTo: null, ...extra,
});

async function representativeRow(id: string) {
  return db().selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
async function meetingRow(id: string) {
  return db().selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
async function inviteesOf(id: string) {
  const rows = await db().selectFrom('meeting_invitee').selectAll().where('meeting_id', '=', id).execute();
  return rows.map((row) => `${row.representative_id}:${row.role}`).sort();
}
async function goalActionRow(id: string) {
  return db().selectFrom('goal_action').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
async function actorsOfAction(id: string) {
  return (await db().selectFrom('goal_action_actor').select('actor_id').where('goal_action_id', '=', id).execute()).map((row) => row.actor_id).sort();
}
const content = <T extends { row_version: number; updated_at: string; search_text?: string }>({ row_version: _v, updated_at: _u, ...rest }: T) => rest;

describe('undo through the representative commands', () => {
  it('undoes an edit of every field, and an archive', async () => {
    const actor = await newActor();
    await as('Aino Auditoija');
    const created = await callOk(session, 'representatives.create', { actorId: actor.id, ...person('Liisa Laine', { title: 'koordinaattori', email: 'liisa@example.fi', validFrom: '2026-01-01' }) });
    const original = await representativeRow(created.id);
    await as('Ville Virkailija');
    await callOk(session, 'representatives.update', {
      id: created.id, expectedVersion: created.rowVersion,
      ...person('Liisa Laine-Virtanen', { title: 'johtaja', email: 'liisa.virtanen@example.fi', phone: '+358 40 123 4567', networkRole: 'coordinator', validFrom: '2026-02-01', validTo: '2026-12-31' }),
    });
    await undoAsSanna('representative', created.id);
    const restored = await representativeRow(created.id);
    expect(content(restored)).toEqual(content(original));
    expect(restored.row_version).toBe(original.row_version + 2);
    expect((await callOk(session, 'actors.get', { id: actor.id })).representatives.find((each) => each.id === created.id)!.name).toBe('Liisa Laine');

    await callOk(session, 'representatives.archive', { id: created.id, expectedVersion: restored.row_version });
    const undone = await undoAsSanna('representative', created.id);
    expect(undone.history.entries[0]!.operation).toBe('restore');
    expect((await representativeRow(created.id)).archived_at).toBeNull();
  });

  it('refuses when the representative changed since, and a create', async () => {
    const actor = await newActor();
    const created = await callOk(session, 'representatives.create', { actorId: actor.id, ...person('Matti Mäki') });
    const [createdEntry] = (await callOk(session, 'history.ofObject', { entityType: 'representative', entityId: created.id })).entries;
    expect(createdEntry!.undoable).toBe(false);
    expect((await refused({ entityType: 'representative', entityId: created.id, expectedChangeId: createdEntry!.changeId })).code).toBe('history_not_undoable_entry');

    const updated = await callOk(session, 'representatives.update', { id: created.id, expectedVersion: 1, ...person('Matti Mäkelä') });
    const seen = await lastEntry('representative', created.id);
    await as('Ville Virkailija');
    await callOk(session, 'representatives.update', { id: created.id, expectedVersion: updated.rowVersion, ...person('Matti Mäkelä', { phone: '040 111 2222' }) });
    const error = await refused({ entityType: 'representative', entityId: created.id, expectedChangeId: seen.changeId });
    expect([error.code, error.params.changedBy]).toEqual(['history_changed_since', 'Ville Virkailija']);

    // changed outside the log: the row is not as the last entry left it
    const last = await lastEntry('representative', created.id);
    await db().updateTable('representative').set({ title: 'ohi sovelluksen' }).where('id', '=', created.id).execute();
    expect((await refused({ entityType: 'representative', entityId: created.id, expectedChangeId: last.changeId })).code).toBe('history_row_differs');
  });
});

describe('undo of a meeting’s details through updateMeeting', () => {
  const meetingInput = (title: string): InputOf<'meetings.create'> => ({ kind: 'network_meeting', title: { fi: title }, startsAt: '2026-10-06T13:00', endsAt: '2026-10-06T15:00', place: 'Hämeenlinna' });
  const detailsOf = (row: Awaited<ReturnType<typeof meetingRow>>, changes: Partial<InputOf<'meetings.update'>> = {}): InputOf<'meetings.update'> => ({
    meetingId: row.id, expectedVersion: row.row_version, kind: row.kind as 'network_meeting', title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    startsAt: row.starts_at, endsAt: row.ends_at, place: row.place, onlineLink: row.online_link, chairId: row.chair_representative_id,
    secretaryId: row.secretary_representative_id, recordKind: row.record_kind as 'memo', caseNumber: row.case_number, ...changes,
  });

  it('undoes a change of title, time, place, link, secretary, record kind and case number; after the invitation the calendar sequence rises', async () => {
    const actor = await newActor();
    const secretary = await callOk(session, 'representatives.create', { actorId: actor.id, ...person('Sari Sihvonen') });
    const meeting = await callOk(session, 'meetings.create', meetingInput('Lokakuun verkostokokous'));
    await callOk(session, 'meetings.markInvited', { meetingId: meeting.id, expectedVersion: (await meetingRow(meeting.id)).row_version });
    const original = await meetingRow(meeting.id);
    const invitees = await inviteesOf(meeting.id);
    await as('Ville Virkailija');
    await callOk(session, 'meetings.update', detailsOf(original, {
      title: { fi: 'Siirretty verkostokokous' }, startsAt: '2026-10-13T09:00', endsAt: '2026-10-13T11:00', place: 'Riihimäki',
      onlineLink: 'https://teams.example/kokous', secretaryId: secretary.id, recordKind: 'minutes', caseNumber: 'HML/123/2026',
    }));
    const changed = await meetingRow(meeting.id);
    expect(changed.ics_sequence).toBe(original.ics_sequence + 1);

    await undoAsSanna('meeting', meeting.id);
    const restored = await meetingRow(meeting.id);
    const { ics_sequence: sequence, ...rest } = content(restored);
    const { ics_sequence: _s, ...originalRest } = content(original);
    expect(rest).toEqual(originalRest);
    // the invitation is out: calendars must see the undo as one more change of the same event
    expect(sequence).toBe(changed.ics_sequence + 1);
    expect(await inviteesOf(meeting.id)).toEqual(invitees);
  });

  it('undoes a chair change when the earlier invitee list is in the log, and refuses it when it is not', async () => {
    const actor = await newActor();
    const first = await callOk(session, 'representatives.create', { actorId: actor.id, ...person('Pekka Puheenjohtaja') });
    const second = await callOk(session, 'representatives.create', { actorId: actor.id, ...person('Tiina Toinen') });
    const meeting = await callOk(session, 'meetings.create', { ...meetingInput('Ohjausryhmä'), chairId: first.id });
    // right after the create the log does not know the invitees: a chair change cannot be shown to come back exactly
    await callOk(session, 'meetings.update', detailsOf(await meetingRow(meeting.id), { chairId: second.id }));
    const early = await lastEntry('meeting', meeting.id);
    expect((await refused({ entityType: 'meeting', entityId: meeting.id, expectedChangeId: early.changeId })).code).toBe('history_meeting_invitees_unknown');

    await callOk(session, 'meetings.update', detailsOf(await meetingRow(meeting.id), { chairId: first.id, place: 'Forssa' }));
    const before = await meetingRow(meeting.id);
    const invitees = await inviteesOf(meeting.id);
    await callOk(session, 'meetings.update', detailsOf(before, { chairId: second.id }));
    expect(await inviteesOf(meeting.id)).not.toEqual(invitees);
    await undoAsSanna('meeting', meeting.id);
    expect(content(await meetingRow(meeting.id))).toEqual(content(before));
    expect(await inviteesOf(meeting.id)).toEqual(invitees);
  });

  it('refuses when the meeting changed since, and entries that are not an edit of details', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('Marraskuun kokous'));
    await callOk(session, 'meetings.update', detailsOf(await meetingRow(meeting.id), { place: 'Loppi' }));
    const seen = await lastEntry('meeting', meeting.id);
    await as('Ville Virkailija');
    await callOk(session, 'meetings.update', detailsOf(await meetingRow(meeting.id), { place: 'Janakkala' }));
    const error = await refused({ entityType: 'meeting', entityId: meeting.id, expectedChangeId: seen.changeId });
    expect([error.code, error.params.changedBy]).toEqual(['history_changed_since', 'Ville Virkailija']);

    const invitees = await callOk(session, 'meetings.setInvitees', { meetingId: meeting.id, expectedVersion: (await meetingRow(meeting.id)).row_version, invitees: [] });
    const inviteeEntry = await lastEntry('meeting', meeting.id);
    expect(inviteeEntry.undoable).toBe(false);
    expect((await refused({ entityType: 'meeting', entityId: meeting.id, expectedChangeId: inviteeEntry.changeId })).code).toBe('history_not_undoable_entry');

    await callOk(session, 'meetings.cancel', { meetingId: meeting.id, expectedVersion: invitees.rowVersion });
    const cancelled = await lastEntry('meeting', meeting.id);
    expect(cancelled.undoable).toBe(false);
    expect((await refused({ entityType: 'meeting', entityId: meeting.id, expectedChangeId: cancelled.changeId })).code).toBe('history_not_undoable_entry');
  });

  it('refuses a details entry when the row was changed outside the log', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('Joulukokous'));
    await callOk(session, 'meetings.update', detailsOf(await meetingRow(meeting.id), { caseNumber: 'DNRO 1' }));
    const last = await lastEntry('meeting', meeting.id);
    await db().updateTable('meeting').set({ place: 'ohi sovelluksen' }).where('id', '=', meeting.id).execute();
    expect((await refused({ entityType: 'meeting', entityId: meeting.id, expectedChangeId: last.changeId })).code).toBe('history_row_differs');
  });
});

describe('undo through the action-plan commands', () => {
  it('undoes a goal edit and a goal archive', async () => {
    await as('Aino Auditoija');
    const goal = await callOk(session, 'goals.create', { name: { fi: 'Työllistyminen', sv: 'Sysselsättning' }, description: { fi: 'Polut töihin' }, periodFrom: '2026-01-01', periodTo: '2027-12-31' });
    const original = await db().selectFrom('network_goal').selectAll().where('id', '=', goal.id).executeTakeFirstOrThrow();
    await as('Ville Virkailija');
    await callOk(session, 'goals.update', { id: goal.id, expectedVersion: goal.rowVersion, name: { fi: 'Työllistyminen ja yrittäjyys' }, periodFrom: '2026-06-01', periodTo: null });
    await undoAsSanna('network_goal', goal.id);
    const restored = await db().selectFrom('network_goal').selectAll().where('id', '=', goal.id).executeTakeFirstOrThrow();
    expect(content(restored)).toEqual(content(original));
    expect(restored.row_version).toBe(original.row_version + 2);

    await callOk(session, 'goals.archive', { id: goal.id, expectedVersion: restored.row_version, archived: true });
    const undone = await undoAsSanna('network_goal', goal.id);
    expect(undone.history.entries[0]!.operation).toBe('restore');
    expect((await callOk(session, 'goals.list', {})).some((each) => each.id === goal.id && !each.archived)).toBe(true);
  });

  it('refuses a goal that changed since, and a move', async () => {
    const goal = await callOk(session, 'goals.create', { name: { fi: 'Kielitaito' } });
    const updated = await callOk(session, 'goals.update', { id: goal.id, expectedVersion: goal.rowVersion, name: { fi: 'Suomen kielen taito' } });
    const seen = await lastEntry('network_goal', goal.id);
    await as('Ville Virkailija');
    const moved = await callOk(session, 'goals.move', { id: goal.id, expectedVersion: updated.rowVersion, position: 0 });
    expect(moved[0]!.id).toBe(goal.id);
    const error = await refused({ entityType: 'network_goal', entityId: goal.id, expectedChangeId: seen.changeId });
    expect([error.code, error.params.changedBy]).toEqual(['history_changed_since', 'Ville Virkailija']);
    const move = await lastEntry('network_goal', goal.id);
    expect(move.undoable).toBe(false);
    expect((await refused({ entityType: 'network_goal', entityId: goal.id, expectedChangeId: move.changeId })).code).toBe('history_not_undoable_entry');
  });

  it('undoes a goal action edit with its actors, and refuses when the actors changed since', async () => {
    const [one, two, three] = [await newActor(), await newActor(), await newActor()];
    const goal = await callOk(session, 'goals.create', { name: { fi: 'Osallisuus' } });
    const withAction = await callOk(session, 'goalActions.create', { goalId: goal.id, name: { fi: 'Vertaisryhmät' }, indicator: { fi: '3 ryhmää' }, status: 'planned', actorIds: [one.id, two.id] });
    const actionId = withAction.actions[0]!.id;
    const original = await goalActionRow(actionId);
    await as('Ville Virkailija');
    await callOk(session, 'goalActions.update', {
      id: actionId, expectedVersion: original.row_version, name: { fi: 'Vertaisryhmät ja kerhot' }, scheduleFrom: '2026-03-01', scheduleTo: '2026-05-31',
      scheduleText: { fi: 'keväällä' }, status: 'ongoing', actorIds: [three.id],
    });
    await undoAsSanna('goal_action', actionId);
    expect(content(await goalActionRow(actionId))).toEqual(content(original));
    expect(await actorsOfAction(actionId)).toEqual([one.id, two.id].sort());

    // an edit, then someone changes the actors outside the log: the action is not as the entry left it
    await callOk(session, 'goalActions.update', { id: actionId, expectedVersion: (await goalActionRow(actionId)).row_version, name: { fi: 'Kerhot' }, status: 'ongoing', actorIds: [one.id] });
    const last = await lastEntry('goal_action', actionId);
    await db().insertInto('goal_action_actor').values({ goal_action_id: actionId, actor_id: three.id }).execute();
    expect((await refused({ entityType: 'goal_action', entityId: actionId, expectedChangeId: last.changeId })).code).toBe('history_row_differs');
    await db().deleteFrom('goal_action_actor').where('goal_action_id', '=', actionId).where('actor_id', '=', three.id).execute();

    await as('Ville Virkailija');
    await callOk(session, 'goalActions.update', { id: actionId, expectedVersion: (await goalActionRow(actionId)).row_version, name: { fi: 'Kerhot' }, status: 'done', actorIds: [one.id] });
    const error = await refused({ entityType: 'goal_action', entityId: actionId, expectedChangeId: last.changeId });
    expect([error.code, error.params.changedBy]).toEqual(['history_changed_since', 'Ville Virkailija']);
  });
});
