import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { createActor } from '../../../src-main/domain/actors/actor-commands.js';
import { listActors } from '../../../src-main/domain/actors/actor-queries.js';
import { createRepresentative } from '../../../src-main/domain/actors/representative-commands.js';
import { actorFields, representativeFields } from '../../support/actor-fields.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, readContext, write } from '../../support/temp-network.js';

/** One network with names chosen so that every Finnish search and sort rule has a witness. */
const NAMES = [
  'Hämeenlinnan kaupunki',
  'HÄME-YHDISTYS ry',
  'Hattula',
  'Ähtäri',
  'Öljynkeräys',
  'Zonta-kerho',
  'Åbo Akademi',
  'Vaasan yliopisto',
  '100 % kotoutuminen',
  'Kerho_2026',
  'Kela',
];

let store: NetworkStore;
const ids = new Map<string, string>();
beforeAll(async () => {
  store = await openStore((await createTempNetwork()).file);
  for (const name of NAMES) ids.set(name, (await write(store, (context) => createActor(context, actorFields(name)))).id);
  await write(store, (context) =>
    createActor(context, actorFields('Forssan seudun työllisyysalue', { type: 'employment_authority', isPublicAuthority: true, municipality: 'Tammela', businessId: '0160225-7' })),
  ).then((created) => ids.set('Forssan seudun työllisyysalue', created.id));
  await write(store, (context) =>
    createRepresentative(context, ids.get('Kela')!, representativeFields('Leila Öhman', { title: 'Etuusasiantuntija', email: 'leila.ohman@kela.example' })),
  );
});
afterAll(async () => {
  await store.close();
  removeTempDirs();
});

async function search(query: string): Promise<string[]> {
  return (await listActors(readContext(store), { search: query })).map((actor) => actor.name);
}

describe('searching actors, Finnish-aware', () => {
  it('"hä" finds Hämeenlinna and HÄME whatever the case, and nothing spelt with a plain a', async () => {
    expect((await search('hä')).sort()).toEqual(['HÄME-YHDISTYS ry', 'Hämeenlinnan kaupunki'].sort());
    expect((await search('HÄ')).sort()).toEqual(['HÄME-YHDISTYS ry', 'Hämeenlinnan kaupunki'].sort());
  });

  it('"a" does not match a name whose only a-like letters are ä', async () => {
    const found = await search('a');
    expect(found).not.toContain('Ähtäri');
    expect(found).toContain('Hattula');
    expect(await search('ahtari')).toEqual([]);
    expect(await search('ähtäri')).toEqual(['Ähtäri']);
  });

  it('searches for "%" and "_" literally', async () => {
    expect(await search('%')).toEqual(['100 % kotoutuminen']);
    expect(await search('_')).toEqual(['Kerho_2026']);
    expect(await search('o_2')).toEqual(['Kerho_2026']);
    expect(await search('0 %')).toEqual(['100 % kotoutuminen']);
  });

  it('treats a decomposed ä and surrounding spaces as the user meant them', async () => {
    expect((await search('  ha\u0308me  ')).sort()).toEqual(['HÄME-YHDISTYS ry', 'Hämeenlinnan kaupunki'].sort());
  });

  it('finds an actor by its municipality, its business ID, and its representatives’ names and e-mail', async () => {
    expect(await search('tammela')).toEqual(['Forssan seudun työllisyysalue']);
    expect(await search('0160225-7')).toEqual(['Forssan seudun työllisyysalue']);
    expect(await search('öhman')).toEqual(['Kela']);
    expect(await search('leila.ohman@')).toEqual(['Kela']);
    expect(await search('Etuusasiantuntija')).toEqual(['Kela']);
  });

  it('returns everything for an empty search and nothing for a search that matches nothing', async () => {
    expect(await search('')).toHaveLength(NAMES.length + 1);
    expect(await search('xyzzy')).toEqual([]);
  });
});

describe('the order of the actor list', () => {
  it('is Finnish alphabetical order: Å, Ä and Ö come after Z', async () => {
    const names = (await listActors(readContext(store), {})).map((actor) => actor.name);
    const position = (name: string) => names.indexOf(name);
    expect(position('Zonta-kerho')).toBeLessThan(position('Åbo Akademi'));
    expect(position('Åbo Akademi')).toBeLessThan(position('Ähtäri'));
    expect(position('Ähtäri')).toBeLessThan(position('Öljynkeräys'));
    expect(names.slice(-4)).toEqual(['Zonta-kerho', 'Åbo Akademi', 'Ähtäri', 'Öljynkeräys']);
    expect(position('Hattula')).toBeLessThan(position('HÄME-YHDISTYS ry'));
    expect(position('Vaasan yliopisto')).toBeLessThan(position('Zonta-kerho'));
  });

  it('filters by type', async () => {
    expect((await listActors(readContext(store), { type: 'employment_authority' })).map((actor) => actor.name)).toEqual(['Forssan seudun työllisyysalue']);
  });
});
