import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src-main/api/contract/index.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession, type TestClock } from '../support/test-session.js';

/**
 * The audit trail promise of issue 7: the history says what changed, when and by whom, and undo of
 * an object's last change restores it as a logged change of its own — or refuses, writing nothing.
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
const refused = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

async function as(userName: string) {
  await callOk(session, 'settings.update', { userName });
  clock.advance(60_000);
}

function actorInput(nameFi: string, extra: Partial<InputOf<'actors.create'>> = {}): InputOf<'actors.create'> {
  return { name: { fi: nameFi }, type: 'ngo', isPublicAuthority: false, ...extra };
}

async function logCount(entityId: string): Promise<number> {
  return (await db().selectFrom('change_log').select('id').where('entity_id', '=', entityId).execute()).length;
}

async function processRow(id: string) {
  return db().selectFrom('process').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('the audit trail', () => {
  it('lists who changed what and when, newest first, with field names in the asked language', async () => {
    await as('Aino Auditoija');
    const actor = await callOk(session, 'actors.create', actorInput('Hämeen Setlementti', { municipality: 'Hämeenlinna' }));
    await as('Ville Virkailija');
    await callOk(session, 'actors.update', { ...actorInput('Hämeen Setlementti ry', { municipality: 'Riihimäki' }), id: actor.id, expectedVersion: actor.rowVersion });

    const history = await callOk(session, 'history.ofObject', { entityType: 'actor', entityId: actor.id });
    expect(history.entries.map((entry) => [entry.changedBy, entry.operation])).toEqual([
      ['Ville Virkailija', 'update'],
      ['Aino Auditoija', 'create'],
    ]);
    expect(history.entries[0]!.changedAt > history.entries[1]!.changedAt).toBe(true);
    const fields = history.entries[0]!.fields;
    expect(fields.find((field) => field.field === 'municipality')).toMatchObject({ label: 'Kunta', before: 'Hämeenlinna', after: 'Riihimäki' });
    expect(fields.find((field) => field.field === 'name')).toMatchObject({ label: 'Nimi', before: 'fi: Hämeen Setlementti', after: 'fi: Hämeen Setlementti ry' });
    expect(fields.some((field) => field.field === 'rowVersion')).toBe(false);
    expect(history.entries.map((entry) => entry.undoable)).toEqual([true, false]);

    const swedish = await callOk(session, 'history.ofObject', { entityType: 'actor', entityId: actor.id, lang: 'sv' });
    expect(swedish.entries[0]!.fields.find((field) => field.field === 'municipality')!.label).toBe('Kommun');
  });

  it('cuts long values in the list', async () => {
    const actor = await callOk(session, 'actors.create', actorInput('Pitkien tekstien yhdistys', { notes: 'x'.repeat(500) }));
    const [entry] = (await callOk(session, 'history.ofObject', { entityType: 'actor', entityId: actor.id })).entries;
    const notes = entry!.fields.find((field) => field.field === 'notes')!;
    expect(notes.after!.length).toBeLessThanOrEqual(80);
    expect(notes.after!.endsWith('…')).toBe(true);
  });

  it('undoes an actor rename as a new change by the current user, and the name is back', async () => {
    await as('Aino Auditoija');
    const actor = await callOk(session, 'actors.create', actorInput('Riihimäen kansalaisopisto'));
    await as('Ville Virkailija');
    await callOk(session, 'actors.update', { ...actorInput('Riihimäen seudun kansalaisopisto', { website: 'https://opisto.example' }), id: actor.id, expectedVersion: actor.rowVersion });
    const [last] = (await callOk(session, 'history.ofObject', { entityType: 'actor', entityId: actor.id })).entries;

    await as('Sanna Sihteeri');
    const undone = await callOk(session, 'history.undoLast', { entityType: 'actor', entityId: actor.id, expectedChangeId: last!.changeId });
    expect(undone.undoneChangeId).toBe(last!.changeId);
    const back = await callOk(session, 'actors.get', { id: actor.id });
    expect(back.name.fi).toBe('Riihimäen kansalaisopisto');
    expect(back.website).toBeNull();
    expect(back.rowVersion).toBe(actor.rowVersion + 2);
    expect(undone.history.entries.map((entry) => [entry.changedBy, entry.operation])).toEqual([
      ['Sanna Sihteeri', 'update'],
      ['Ville Virkailija', 'update'],
      ['Aino Auditoija', 'create'],
    ]);
    // The old name is searchable again: the undo went through the actor's own command.
    expect((await callOk(session, 'actors.list', { search: 'kansalaisopisto' })).some((each) => each.id === actor.id)).toBe(true);
  });

  it('undoes an update of a whole-row table by writing the row back with a new version', async () => {
    await as('Aino Auditoija');
    const created = await callOk(session, 'processes.create', { name: { fi: 'Kotoutumissuunnitelman laatiminen' }, purpose: { fi: 'Suunnitelma kolmessa kuukaudessa' } });
    const original = await processRow(created.id);
    await as('Ville Virkailija');
    await callOk(session, 'processes.update', { id: created.id, expectedVersion: original.row_version, name: { fi: 'Kotoutumissuunnitelma' }, purpose: { fi: 'Muutettu tarkoitus' } });
    const changed = await processRow(created.id);
    const [last] = (await callOk(session, 'history.ofObject', { entityType: 'process', entityId: created.id })).entries;
    expect(last!.undoable).toBe(true);
    const logged = await logCount(created.id);

    await as('Sanna Sihteeri');
    await callOk(session, 'history.undoLast', { entityType: 'process', entityId: created.id, expectedChangeId: last!.changeId });
    const restored = await processRow(created.id);
    const { row_version: version, updated_at: updatedAt, ...content } = restored;
    const { row_version: _v, updated_at: _u, ...originalContent } = original;
    expect(content).toEqual(originalContent);
    expect(version).toBe(changed.row_version + 1);
    expect(updatedAt >= changed.updated_at).toBe(true);
    expect(await logCount(created.id)).toBe(logged + 1);
    const newest = await db().selectFrom('change_log').selectAll().where('entity_id', '=', created.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect([newest.changed_by, newest.operation, JSON.parse(newest.after_json!).name_fi]).toEqual(['Sanna Sihteeri', 'update', 'Kotoutumissuunnitelman laatiminen']);
  });

  it('refuses when the object changed since, naming who changed it, and writes nothing', async () => {
    await as('Aino Auditoija');
    const actor = await callOk(session, 'actors.create', actorInput('Lopen kunta', { type: 'municipality', isPublicAuthority: true }));
    await callOk(session, 'actors.update', { ...actorInput('Lopen kunta', { type: 'municipality', isPublicAuthority: true, municipality: 'Loppi' }), id: actor.id, expectedVersion: 1 });
    const [seen] = (await callOk(session, 'history.ofObject', { entityType: 'actor', entityId: actor.id })).entries;
    await as('Ville Virkailija');
    await callOk(session, 'actors.update', { ...actorInput('Lopen kunta', { type: 'municipality', isPublicAuthority: true, municipality: 'Läyliäinen' }), id: actor.id, expectedVersion: 2 });

    const error = await refused('history.undoLast', { entityType: 'actor', entityId: actor.id, expectedChangeId: seen!.changeId });
    expect(error.code).toBe('history_changed_since');
    expect(error.params.changedBy).toBe('Ville Virkailija');
    expect(error.message).toContain('Ville Virkailija');
  });

  it('refuses when the row was changed outside the log', async () => {
    const created = await callOk(session, 'processes.create', { name: { fi: 'Ohjaus palveluihin' } });
    const row = await processRow(created.id);
    await callOk(session, 'processes.update', { id: created.id, expectedVersion: row.row_version, name: { fi: 'Ohjaus palveluihin ja harrastuksiin' } });
    const [last] = (await callOk(session, 'history.ofObject', { entityType: 'process', entityId: created.id })).entries;
    await db().updateTable('process').set({ notes_fi: 'kirjoitettu ohi sovelluksen' }).where('id', '=', created.id).execute();
    expect((await refused('history.undoLast', { entityType: 'process', entityId: created.id, expectedChangeId: last!.changeId })).code).toBe('history_row_differs');
  });

  it('refuses to undo a create that others already refer to, and undoes one nobody refers to', async () => {
    const meeting = await callOk(session, 'meetings.create', { kind: 'network_meeting', title: { fi: 'Syyskokous' }, startsAt: '2026-09-10T13:00', endsAt: '2026-09-10T15:00', place: 'Hämeenlinna' });
    const [created] = (await callOk(session, 'history.ofObject', { entityType: 'meeting', entityId: meeting.id })).entries;
    expect(created!.operation).toBe('create');
    const error = await refused('history.undoLast', { entityType: 'meeting', entityId: meeting.id, expectedChangeId: created!.changeId });
    expect(error.code).toBe('history_undo_referenced');
    expect(error.params.table).toBe('agenda_item');

    const group = await callOk(session, 'workingGroups.create', { name: { fi: 'Kielityöryhmä' } });
    const [groupCreated] = (await callOk(session, 'history.ofObject', { entityType: 'working_group', entityId: group.id })).entries;
    await callOk(session, 'history.undoLast', { entityType: 'working_group', entityId: group.id, expectedChangeId: groupCreated!.changeId });
    expect(await db().selectFrom('working_group').select('id').where('id', '=', group.id).executeTakeFirst()).toBeUndefined();
    const history = await callOk(session, 'history.ofObject', { entityType: 'working_group', entityId: group.id });
    expect(history.entries.map((entry) => entry.operation)).toEqual(['delete', 'create']);
  });

  it('undoes the removal of an action item by putting the same row back', async () => {
    const meeting = await callOk(session, 'meetings.create', { kind: 'network_meeting', title: { fi: 'Talvikokous' }, startsAt: '2026-12-01T13:00', endsAt: '2026-12-01T15:00', place: 'Forssa' });
    const detail = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Päivitetään yhteystiedot' } });
    const item = detail.actionItems.find((each) => each.title === 'Päivitetään yhteystiedot')!;
    const row = await db().selectFrom('action_item').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow();
    await callOk(session, 'actionItems.remove', { id: item.id, expectedVersion: item.rowVersion });
    const [removed] = (await callOk(session, 'history.ofObject', { entityType: 'action_item', entityId: item.id })).entries;
    expect([removed!.operation, removed!.undoable]).toEqual(['delete', true]);
    await callOk(session, 'history.undoLast', { entityType: 'action_item', entityId: item.id, expectedChangeId: removed!.changeId });
    const back = await db().selectFrom('action_item').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow();
    expect({ ...back, row_version: 0, updated_at: '' }).toEqual({ ...row, row_version: 0, updated_at: '' });
    expect(back.row_version).toBe(row.row_version + 1);
  });

  it('refuses types outside the allowlist, entries that are not whole rows, and unknown changes', async () => {
    const group = await callOk(session, 'processGroups.create', { name: { fi: 'Alkuvaihe' } });
    const [groupEntry] = (await callOk(session, 'history.ofObject', { entityType: 'process_group', entityId: group.id })).entries;
    expect(groupEntry!.undoable).toBe(false);
    const notAllowed = await refused('history.undoLast', { entityType: 'process_group', entityId: group.id, expectedChangeId: groupEntry!.changeId });
    expect([notAllowed.code, notAllowed.params.entityType]).toEqual(['history_not_undoable_type', 'process_group']);

    // A process's create logs its read model with its steps, not a row: refused, not guessed.
    const process = await callOk(session, 'processes.create', { name: { fi: 'Vastaanotto' } });
    const [processEntry] = (await callOk(session, 'history.ofObject', { entityType: 'process', entityId: process.id })).entries;
    expect(processEntry!.undoable).toBe(false);
    expect((await refused('history.undoLast', { entityType: 'process', entityId: process.id, expectedChangeId: processEntry!.changeId })).code).toBe('history_not_undoable_entry');

    const unknown = '0199a000-0000-7000-8000-000000000000';
    expect((await refused('history.undoLast', { entityType: 'actor', entityId: unknown, expectedChangeId: unknown })).code).toBe('history_nothing_to_undo');
    expect((await refused('history.undoLast', { entityType: 'process', entityId: process.id, expectedChangeId: unknown })).code).toBe('history_changed_since');
  });
});
