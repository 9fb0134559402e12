import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { createActor, renameActor, setActorArchived, updateActor } from '../../../src-main/domain/actors/actor-commands.js';
import { getActorDetail, listActors } from '../../../src-main/domain/actors/actor-queries.js';
import { AppError } from '../../../src-main/domain/shared/app-error.js';
import { actorFields } from '../../support/actor-fields.js';
import { contentHash } from '../../support/db-content.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, readContext, TEST_AUTHOR, TEST_INSTANT, write } from '../../support/temp-network.js';

let store: NetworkStore;
beforeEach(async () => {
  store = await openStore((await createTempNetwork()).file);
});
afterEach(async () => {
  await store.close();
});
afterAll(removeTempDirs);

async function changeLog() {
  return store.db.selectFrom('change_log').selectAll().where('entity_type', '=', 'actor').orderBy('id').execute();
}

async function refusal(action: Promise<unknown>): Promise<AppError> {
  const error = await action.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('creating an actor', () => {
  it('stores every field and its first name, and reads back the same', async () => {
    const fields = actorFields('Hämeenlinnan kaupunki', {
      name: { fi: 'Hämeenlinnan kaupunki', sv: 'Tavastehus stad', en: 'City of Hämeenlinna' },
      shortName: { fi: 'Hämeenlinna', sv: null, en: null },
      type: 'municipality',
      isPublicAuthority: true,
      businessId: '0139797-8',
      municipality: 'Hämeenlinna',
      website: 'https://www.hameenlinna.fi',
      notes: 'Vastaa kotoutumisohjelmasta',
      validFrom: '1990-01-01',
    });
    const created = await write(store, (context) => createActor(context, fields));

    expect(created.rowVersion).toBe(1);
    expect(created.archived).toBe(false);
    expect(created).toMatchObject({ ...fields, shortName: { fi: 'Hämeenlinna', sv: null, en: null } });
    expect(created.names).toEqual([{ id: expect.any(String), validFrom: null, name: fields.name, shortName: fields.shortName }]);
    expect(await getActorDetail(readContext(store), created.id)).toEqual(created);
  });

  it('writes one change-log entry with the author, the time and the created actor', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Kela')), { changedBy: 'Maija Meikäläinen' });
    const entries = await changeLog();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity_id: created.id, operation: 'create', changed_by: 'Maija Meikäläinen', changed_at: TEST_INSTANT, before_json: null });
    expect(JSON.parse(entries[0]!.after_json!)).toEqual(created);
  });
});

describe('updating an actor', () => {
  it('changes the fields, corrects the current name in place and bumps the version', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Monikulttuurinen yhdistys')));
    const updated = await write(store, (context) =>
      updateActor(context, created.id, 1, actorFields('Monikulttuurinen yhdistys ry', { municipality: 'Riihimäki', notes: 'Kerho tiistaisin' })),
    );
    expect(updated.rowVersion).toBe(2);
    expect(updated.name.fi).toBe('Monikulttuurinen yhdistys ry');
    expect(updated.names).toHaveLength(1);
    expect(updated.municipality).toBe('Riihimäki');
    const entries = await changeLog();
    expect(entries.map((entry) => entry.operation)).toEqual(['create', 'update']);
    expect(JSON.parse(entries[1]!.before_json!).name.fi).toBe('Monikulttuurinen yhdistys');
    expect(JSON.parse(entries[1]!.after_json!).name.fi).toBe('Monikulttuurinen yhdistys ry');
  });

  it('refuses a stale version, names who changed the actor and when, and writes nothing', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Kela')));
    await write(store, (context) => updateActor(context, created.id, 1, actorFields('Kela', { notes: 'Maijan muutos' })), {
      changedBy: 'Maija',
      now: '2026-03-16T09:15:00.000Z',
    });
    const before = await contentHash(store.db);

    const error = await refusal(write(store, (context) => updateActor(context, created.id, 1, actorFields('Kela', { notes: 'Pekan muutos' })), { changedBy: 'Pekka' }));

    expect(error.code).toBe('version_conflict');
    expect(error.params).toEqual({ changedBy: 'Maija', changedAt: '2026-03-16T09:15:00.000Z' });
    expect(await contentHash(store.db)).toBe(before);
  });

  it('refuses an actor that does not exist', async () => {
    const error = await refusal(write(store, (context) => updateActor(context, '01900000-0000-7000-8000-000000000000', 1, actorFields('Kukaan'))));
    expect(error.code).toBe('not_found');
  });
});

describe('renaming an actor from a date', () => {
  it('keeps the old name valid before the date and the new one from it', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Hämeen ELY-keskus')));
    const renamed = await write(store, (context) =>
      renameActor(context, created.id, 1, '2026-06-01', { fi: 'Hämeen elinvoimakeskus', sv: null, en: null }, null),
    );
    expect(renamed.rowVersion).toBe(2);
    expect(renamed.names.map((version) => [version.validFrom, version.name.fi])).toEqual([
      [null, 'Hämeen ELY-keskus'],
      ['2026-06-01', 'Hämeen elinvoimakeskus'],
    ]);

    const nameOn = async (instant: string) => (await getActorDetail(readContext(store, instant), created.id)).name.fi;
    expect(await nameOn(TEST_INSTANT)).toBe('Hämeen ELY-keskus');
    // 31 May 23:59 in Helsinki is still May; 00:00 on 1 June (21:00 UTC) is the new name
    expect(await nameOn('2026-05-31T20:59:00.000Z')).toBe('Hämeen ELY-keskus');
    expect(await nameOn('2026-05-31T21:00:00.000Z')).toBe('Hämeen elinvoimakeskus');

    const listed = async (instant: string) => (await listActors(readContext(store, instant), {})).map((actor) => actor.name);
    expect(await listed(TEST_INSTANT)).toEqual(['Hämeen ELY-keskus']);
    expect(await listed('2026-06-02T08:00:00.000Z')).toEqual(['Hämeen elinvoimakeskus']);
  });

  it('finds the actor by its old name and by its new one', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Hämeen TE-toimisto')));
    await write(store, (context) => renameActor(context, created.id, 1, '2025-01-01', { fi: 'Etelä-Hämeen työllisyysalue', sv: null, en: null }, null));
    for (const query of ['TE-toimisto', 'työllisyysalue']) {
      expect((await listActors(readContext(store), { search: query })).map((actor) => actor.id), query).toEqual([created.id]);
    }
  });

  it('refuses a second name from the same date', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Yhdistys')));
    await write(store, (context) => renameActor(context, created.id, 1, '2026-01-01', { fi: 'Yhdistys ry', sv: null, en: null }, null));
    const before = await contentHash(store.db);
    const error = await refusal(write(store, (context) => renameActor(context, created.id, 2, '2026-01-01', { fi: 'Toinen', sv: null, en: null }, null)));
    expect(error.code).toBe('name_version_exists');
    expect(error.params).toEqual({ validFrom: '2026-01-01' });
    expect(await contentHash(store.db)).toBe(before);
  });

  it('an update corrects only the name valid today, not a name that starts later', async () => {
    const created = await write(store, (context) => createActor(context, actorFields('Vanha nimi')));
    await write(store, (context) => renameActor(context, created.id, 1, '2026-09-01', { fi: 'Tuleva nimi', sv: null, en: null }, null));
    const updated = await write(store, (context) => updateActor(context, created.id, 2, actorFields('Korjattu vanha nimi')));
    expect(updated.names.map((version) => version.name.fi)).toEqual(['Korjattu vanha nimi', 'Tuleva nimi']);
  });
});

describe('archiving and restoring an actor', () => {
  it('hides an archived actor from the list unless asked, and brings it back on restore', async () => {
    const kept = await write(store, (context) => createActor(context, actorFields('Kela')));
    const closed = await write(store, (context) => createActor(context, actorFields('Päättynyt hanke')));

    const archived = await write(store, (context) => setActorArchived(context, closed.id, 1, true), { now: '2026-04-01T10:00:00.000Z' });
    expect(archived.archived).toBe(true);
    expect(archived.rowVersion).toBe(2);
    const row = await store.db.selectFrom('actor').select('archived_at').where('id', '=', closed.id).executeTakeFirstOrThrow();
    expect(row.archived_at).toBe('2026-04-01T10:00:00.000Z');
    expect((await listActors(readContext(store), {})).map((actor) => actor.id)).toEqual([kept.id]);
    const all = await listActors(readContext(store), { includeArchived: true });
    expect(all.find((actor) => actor.id === closed.id)?.archived).toBe(true);

    const restored = await write(store, (context) => setActorArchived(context, closed.id, 2, false));
    expect(restored.archived).toBe(false);
    expect(restored.rowVersion).toBe(3);
    expect((await listActors(readContext(store), {})).map((actor) => actor.id).sort()).toEqual([kept.id, closed.id].sort());
    expect((await changeLog()).filter((entry) => entry.entity_id === closed.id).map((entry) => [entry.operation, entry.changed_by])).toEqual([
      ['create', TEST_AUTHOR],
      ['archive', TEST_AUTHOR],
      ['restore', TEST_AUTHOR],
    ]);
  });
});
