import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorDetail } from '../../../src-main/api/contract/actors.js';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { addSuccession, createActor, removeSuccession } from '../../../src-main/domain/actors/actor-commands.js';
import { getActorDetail, listActors } from '../../../src-main/domain/actors/actor-queries.js';
import { AppError } from '../../../src-main/domain/shared/app-error.js';
import { actorFields } from '../../support/actor-fields.js';
import { contentHash } from '../../support/db-content.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, readContext, write } from '../../support/temp-network.js';

let store: NetworkStore;
beforeEach(async () => {
  store = await openStore((await createTempNetwork()).file);
});
afterEach(async () => {
  await store.close();
});
afterAll(removeTempDirs);

const actor = (name: string, type: 'employment_authority' | 'ely_centre' | 'municipality' | 'ngo' = 'employment_authority') =>
  write(store, (context) => createActor(context, actorFields(name, { type, isPublicAuthority: type !== 'ngo' })));
const succeed = (predecessor: ActorDetail, successors: ActorDetail[], date = '2025-01-01') =>
  write(store, (context) => addSuccession(context, predecessor.id, successors.map((successor) => successor.id), date, null));

async function refused(action: () => Promise<unknown>): Promise<AppError> {
  const before = await contentHash(store.db);
  const error = await action().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await contentHash(store.db), 'a refused succession must write nothing').toBe(before);
  return error as AppError;
}

describe('recording successions', () => {
  it('splits the TE-toimisto into three employment areas from 1 January 2025', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const areas = [await actor('Etelä-Hämeen työllisyysalue'), await actor('Hämeenlinnan seudun työllisyysalue'), await actor('Forssan seudun työllisyysalue')];

    const detail = await write(store, (context) => addSuccession(context, office.id, areas.map((area) => area.id), '2025-01-01', 'TE24-uudistus'));

    expect(detail.successors.map((link) => [link.actorId, link.actorName, link.effectiveDate, link.note]).sort()).toEqual(
      areas.map((area) => [area.id, area.name.fi, '2025-01-01', 'TE24-uudistus']).sort(),
    );
    for (const area of areas) {
      const areaDetail = await getActorDetail(readContext(store), area.id);
      expect(areaDetail.predecessors.map((link) => [link.actorId, link.actorName])).toEqual([[office.id, 'Hämeen TE-toimisto']]);
      expect(areaDetail.successors).toEqual([]);
    }
    const listed = await listActors(readContext(store), {});
    expect(listed.find((entry) => entry.id === office.id)?.succeededBy.sort()).toEqual(areas.map((area) => area.name.fi!).sort());
    expect(listed.filter((entry) => entry.id !== office.id).every((entry) => entry.succeededBy.length === 0)).toBe(true);
    const logged = await store.db.selectFrom('change_log').select('operation').where('entity_type', '=', 'actor_succession').execute();
    expect(logged).toEqual([{ operation: 'create' }, { operation: 'create' }, { operation: 'create' }]);
  });

  it('shows a succession in the list only from its effective date (Helsinki calendar)', async () => {
    const ely = await actor('Hämeen ELY-keskus', 'ely_centre');
    const centre = await actor('Sisä-Suomen elinvoimakeskus', 'ely_centre');
    await succeed(ely, [centre], '2026-01-01');
    const succeededBy = async (instant: string) => (await listActors(readContext(store, instant), {})).find((entry) => entry.id === ely.id)?.succeededBy;
    expect(await succeededBy('2025-12-31T21:59:00.000Z')).toEqual([]);
    expect(await succeededBy('2025-12-31T22:00:00.000Z')).toEqual(['Sisä-Suomen elinvoimakeskus']);
  });

  it('records a merger: two predecessors, one successor', async () => {
    const first = await actor('Riihimäen työllisyyspalvelut');
    const second = await actor('Janakkalan työllisyyspalvelut');
    const merged = await actor('Etelä-Hämeen työllisyysalue');
    await succeed(first, [merged]);
    await succeed(second, [merged]);
    const detail = await getActorDetail(readContext(store), merged.id);
    expect(detail.predecessors.map((link) => link.actorName).sort()).toEqual(['Janakkalan työllisyyspalvelut', 'Riihimäen työllisyyspalvelut']);
  });

  it('refuses an actor succeeding itself, pointing at the offending successor', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const area = await actor('Forssan seudun työllisyysalue');
    const error = await refused(() => succeed(office, [area, office]));
    expect(error.code).toBe('succession_self');
    expect(error.path).toEqual(['successorIds', 1]);
  });

  it('refuses a cycle, naming the actor that is already a predecessor', async () => {
    const a = await actor('Ensimmäinen');
    const b = await actor('Toinen');
    const c = await actor('Kolmas');
    await succeed(a, [b]);
    await succeed(b, [c]);
    const error = await refused(() => succeed(c, [a]));
    expect(error.code).toBe('succession_cycle');
    expect(error.params).toEqual({ name: 'Ensimmäinen' });
    const direct = await refused(() => succeed(b, [a]));
    expect(direct.code).toBe('succession_cycle');
  });

  it('refuses the same succession twice', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const area = await actor('Forssan seudun työllisyysalue');
    await succeed(office, [area]);
    const error = await refused(() => succeed(office, [area], '2025-02-01'));
    expect(error.code).toBe('succession_exists');
    expect(error.path).toEqual(['successorIds', 0]);
  });

  it('refuses an unknown predecessor or successor', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const missing = '01900000-0000-7000-8000-0000000000ff';
    const unknownSuccessor = await refused(() => write(store, (context) => addSuccession(context, office.id, [missing], '2025-01-01', null)));
    expect([unknownSuccessor.code, unknownSuccessor.params.id]).toEqual(['not_found', missing]);
    const unknownPredecessor = await refused(() => write(store, (context) => addSuccession(context, missing, [office.id], '2025-01-01', null)));
    expect(unknownPredecessor.path).toEqual(['predecessorId']);
  });

  it('writes nothing when a split fails half-way (the first successor is not kept either)', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const area = await actor('Forssan seudun työllisyysalue');
    await refused(() => succeed(office, [area, office]));
    expect(await store.db.selectFrom('actor_succession').selectAll().execute()).toEqual([]);
  });
});

describe('removing a succession', () => {
  it('removes the link recorded by mistake and logs it', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const area = await actor('Forssan seudun työllisyysalue');
    const link = (await succeed(office, [area])).successors[0]!;
    const after = await write(store, (context) => removeSuccession(context, link.id, link.rowVersion));
    expect(after.successors).toEqual([]);
    const logged = await store.db.selectFrom('change_log').select(['operation', 'entity_id']).where('entity_type', '=', 'actor_succession').orderBy('id').execute();
    expect(logged).toEqual([
      { operation: 'create', entity_id: link.id },
      { operation: 'delete', entity_id: link.id },
    ]);
  });

  it('refuses a stale version and a link that is already gone', async () => {
    const office = await actor('Hämeen TE-toimisto');
    const area = await actor('Forssan seudun työllisyysalue');
    const link = (await succeed(office, [area])).successors[0]!;
    const stale = await refused(() => write(store, (context) => removeSuccession(context, link.id, link.rowVersion + 1)));
    expect(stale.code).toBe('version_conflict');
    await write(store, (context) => removeSuccession(context, link.id, link.rowVersion));
    const gone = await refused(() => write(store, (context) => removeSuccession(context, link.id, link.rowVersion)));
    expect(gone.code).toBe('not_found');
  });
});
