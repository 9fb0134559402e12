import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { createActor } from '../../../src-main/domain/actors/actor-commands.js';
import { getActorDetail, listActors } from '../../../src-main/domain/actors/actor-queries.js';
import { createRepresentative, setRepresentativeArchived, updateRepresentative } from '../../../src-main/domain/actors/representative-commands.js';
import { AppError } from '../../../src-main/domain/shared/app-error.js';
import { actorFields, representativeFields } from '../../support/actor-fields.js';
import { contentHash } from '../../support/db-content.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, readContext, TEST_INSTANT, write } from '../../support/temp-network.js';

let store: NetworkStore;
let actorId: string;
beforeEach(async () => {
  store = await openStore((await createTempNetwork()).file);
  actorId = (await write(store, (context) => createActor(context, actorFields('Kanta-Hämeen hyvinvointialue', { type: 'wellbeing_county', isPublicAuthority: true })))).id;
});
afterEach(async () => {
  await store.close();
});
afterAll(removeTempDirs);

const add = (name: string, overrides: Parameters<typeof representativeFields>[1] = {}) =>
  write(store, (context) => createRepresentative(context, actorId, representativeFields(name, overrides)));

describe('representatives of an actor', () => {
  it('are stored with every field and shown on the actor, active ones first in Finnish order', async () => {
    const first = await add('Ömer Aksoy', { title: 'Sosiaalityöntekijä', email: 'omer@esimerkki.example', phone: '+358 40 000 1111', networkRole: 'member', validFrom: '2025-01-01' });
    await add('Anna Virtanen', { networkRole: 'coordinator' });
    const leaving = await add('Aaro Lähtevä');
    await write(store, (context) => setRepresentativeArchived(context, leaving.id, 1, true));

    expect(first).toMatchObject({ actorId, name: 'Ömer Aksoy', title: 'Sosiaalityöntekijä', email: 'omer@esimerkki.example', phone: '+358 40 000 1111', networkRole: 'member', validFrom: '2025-01-01', validTo: null, archived: false, rowVersion: 1 });
    const detail = await getActorDetail(readContext(store), actorId);
    expect(detail.representatives.map((person) => [person.name, person.archived])).toEqual([
      ['Anna Virtanen', false],
      ['Ömer Aksoy', false],
      ['Aaro Lähtevä', true],
    ]);
  });

  it('are counted on the actor list, archived ones left out', async () => {
    const leaving = await add('Aaro Lähtevä');
    await add('Anna Virtanen');
    const count = async () => (await listActors(readContext(store), {})).find((actor) => actor.id === actorId)?.representativeCount;
    expect(await count()).toBe(2);
    await write(store, (context) => setRepresentativeArchived(context, leaving.id, 1, true));
    expect(await count()).toBe(1);
    await write(store, (context) => setRepresentativeArchived(context, leaving.id, 2, false));
    expect(await count()).toBe(2);
  });

  it('update changes the fields, bumps the version, keeps the search text current and logs before and after', async () => {
    const person = await add('Anna Virtanen', { title: 'Koordinaattori' });
    const updated = await write(store, (context) => updateRepresentative(context, person.id, 1, representativeFields('Anna Korhonen', { title: 'Palvelupäällikkö' })), {
      changedBy: 'Maija',
    });
    expect(updated).toMatchObject({ name: 'Anna Korhonen', title: 'Palvelupäällikkö', rowVersion: 2 });
    const found = async (query: string) => (await listActors(readContext(store), { search: query })).map((actor) => actor.id);
    expect(await found('korhonen')).toEqual([actorId]);
    expect(await found('palvelupäällikkö')).toEqual([actorId]);
    expect(await found('virtanen')).toEqual([]);
    const log = await store.db.selectFrom('change_log').selectAll().where('entity_id', '=', person.id).orderBy('id').execute();
    expect(log.map((entry) => [entry.operation, entry.changed_by, entry.changed_at])).toEqual([
      ['create', 'Testaaja', TEST_INSTANT],
      ['update', 'Maija', TEST_INSTANT],
    ]);
    expect(JSON.parse(log[1]!.before_json!).name).toBe('Anna Virtanen');
  });

  it('refuses a stale version and an unknown actor, writing nothing', async () => {
    const person = await add('Anna Virtanen');
    await write(store, (context) => updateRepresentative(context, person.id, 1, representativeFields('Anna V.')), { changedBy: 'Maija' });
    const before = await contentHash(store.db);
    const stale = await write(store, (context) => updateRepresentative(context, person.id, 1, representativeFields('Anna W.'))).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe('version_conflict');
    expect((stale as AppError).params.changedBy).toBe('Maija');
    const unknown = await write(store, (context) => createRepresentative(context, '01900000-0000-7000-8000-0000000000aa', representativeFields('Kuka'))).catch(
      (error: unknown) => error,
    );
    expect((unknown as AppError).code).toBe('not_found');
    expect((unknown as AppError).path).toEqual(['actorId']);
    expect(await contentHash(store.db)).toBe(before);
  });
});
