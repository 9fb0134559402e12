import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../src-main/api/contract/index.js';
import { dispatch } from '../../src-main/api/dispatch.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, TEST_AUTHOR, TEST_INSTANT } from '../support/temp-network.js';
import { callError, callOk, createTestSession, type TestClock, callRefusedWithoutWriting } from '../support/test-session.js';

/** The actors area through `dispatch`, exactly as Electron, the browser host and the CLI call it. */

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

function newActor(nameFi: string, extra: Partial<InputOf<'actors.create'>> = {}): InputOf<'actors.create'> {
  return { name: { fi: nameFi }, type: 'ngo', isPublicAuthority: false, ...extra };
}

async function setUser(userName: string) {
  await callOk(session, 'settings.update', { userName });
}

const refusedWithoutWriting = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

async function changeLogCount(): Promise<number> {
  return (await db().selectFrom('change_log').select('id').execute()).length;
}

describe('actors through the contract', () => {
  it('creates, gets, updates, renames, archives and restores an actor', async () => {
    const created = await callOk(session, 'actors.create', newActor('  Kanta-Hämeen monikulttuurinen yhdistys  ', { municipality: '', businessId: '', website: 'https://monikulttuuri.example' }));
    expect(created.name).toEqual({ fi: 'Kanta-Hämeen monikulttuurinen yhdistys', sv: null, en: null });
    expect([created.municipality, created.businessId, created.website]).toEqual([null, null, 'https://monikulttuuri.example']);
    expect(await callOk(session, 'actors.get', { id: created.id })).toEqual(created);

    const updated = await callOk(session, 'actors.update', { ...newActor('Kanta-Hämeen monikulttuurinen yhdistys ry', { businessId: '0246246-0' }), id: created.id, expectedVersion: 1 });
    expect([updated.rowVersion, updated.name.fi, updated.businessId]).toEqual([2, 'Kanta-Hämeen monikulttuurinen yhdistys ry', '0246246-0']);

    const renamed = await callOk(session, 'actors.rename', { id: created.id, expectedVersion: 2, validFrom: '2026-01-01', name: { fi: 'Monikulttuurinen Häme ry' } });
    expect(renamed.names.map((version) => version.name.fi)).toEqual(['Kanta-Hämeen monikulttuurinen yhdistys ry', 'Monikulttuurinen Häme ry']);
    expect(renamed.name.fi).toBe('Monikulttuurinen Häme ry');

    const archived = await callOk(session, 'actors.archive', { id: created.id, expectedVersion: 3 });
    expect(archived.archived).toBe(true);
    expect((await callOk(session, 'actors.list', {})).some((actor) => actor.id === created.id)).toBe(false);
    const restored = await callOk(session, 'actors.restore', { id: created.id, expectedVersion: 4 });
    expect([restored.archived, restored.rowVersion]).toEqual([false, 5]);
    expect((await callOk(session, 'actors.list', { search: 'kanta-hämeen monikulttuurinen' })).map((actor) => actor.id)).toEqual([created.id]);
  });

  it('lists the name valid today in the language asked for, saying when it fell back', async () => {
    const created = await callOk(session, 'actors.create', newActor('Kansaneläkelaitos', { name: { fi: 'Kansaneläkelaitos', sv: 'Folkpensionsanstalten' } }));
    const inLanguage = async (lang: 'fi' | 'sv' | 'en') => (await callOk(session, 'actors.list', { lang })).find((actor) => actor.id === created.id);
    expect(await inLanguage('sv')).toMatchObject({ name: 'Folkpensionsanstalten', nameLanguage: 'sv' });
    expect(await inLanguage('en')).toMatchObject({ name: 'Kansaneläkelaitos', nameLanguage: 'fi' });
  });

  it('adds representatives, updates, archives and restores them', async () => {
    const actor = await callOk(session, 'actors.create', newActor('Hämeen poliisilaitos', { type: 'police', isPublicAuthority: true }));
    const person = await callOk(session, 'representatives.create', {
      actorId: actor.id,
      name: 'Kari Niemi',
      title: 'Ylikomisario',
      email: 'kari.niemi@poliisi.example',
      phone: '+358 40 000 2222',
      networkRole: 'member',
    });
    const updated = await callOk(session, 'representatives.update', { id: person.id, expectedVersion: 1, name: 'Kari Niemi', title: 'Komisario', networkRole: 'deputy' });
    expect([updated.title, updated.networkRole, updated.email, updated.rowVersion]).toEqual(['Komisario', 'deputy', null, 2]);
    expect((await callOk(session, 'representatives.archive', { id: person.id, expectedVersion: 2 })).archived).toBe(true);
    expect((await callOk(session, 'representatives.restore', { id: person.id, expectedVersion: 3 })).archived).toBe(false);
    expect((await callOk(session, 'actors.get', { id: actor.id })).representatives.map((entry) => entry.name)).toEqual(['Kari Niemi']);
  });

  it('splits an office into areas, refuses self-succession, cycles and duplicates, and removes a link', async () => {
    const office = await callOk(session, 'actors.create', newActor('Uudenmaan TE-toimisto', { type: 'employment_authority', isPublicAuthority: true }));
    const areas = await Promise.all(['Vantaan työllisyysalue', 'Espoon työllisyysalue', 'Helsingin työllisyysalue'].map((name) => callOk(session, 'actors.create', newActor(name, { type: 'employment_authority', isPublicAuthority: true }))));
    const split = await callOk(session, 'actors.addSuccession', { predecessorId: office.id, successorIds: areas.map((area) => area.id), effectiveDate: '2025-01-01' });
    expect(split.successors.map((link) => link.actorName).sort()).toEqual(['Espoon työllisyysalue', 'Helsingin työllisyysalue', 'Vantaan työllisyysalue']);

    // the new area's link would be written before the self-link is found: the whole call is one transaction
    const late = await callOk(session, 'actors.create', newActor('Keravan työllisyysalue', { type: 'employment_authority', isPublicAuthority: true }));
    const self = await refusedWithoutWriting('actors.addSuccession', { predecessorId: office.id, successorIds: [late.id, office.id], effectiveDate: '2025-01-01' });
    expect([self.code, self.path]).toEqual(['succession_self', ['successorIds', 1]]);
    expect((await refusedWithoutWriting('actors.addSuccession', { predecessorId: areas[0]!.id, successorIds: [office.id], effectiveDate: '2025-01-01' })).code).toBe('succession_cycle');
    expect((await refusedWithoutWriting('actors.addSuccession', { predecessorId: office.id, successorIds: [areas[1]!.id], effectiveDate: '2025-01-01' })).code).toBe('succession_exists');
    expect((await refusedWithoutWriting('actors.addSuccession', { predecessorId: office.id, successorIds: [], effectiveDate: '2025-01-01' })).code).toBe('required');
    expect((await refusedWithoutWriting('actors.addSuccession', { predecessorId: office.id, successorIds: [areas[0]!.id], effectiveDate: '2025-02-30' })).code).toBe('invalid_date');

    const link = split.successors[0]!;
    const after = await callOk(session, 'actors.removeSuccession', { id: link.id, expectedVersion: link.rowVersion });
    expect(after.successors).toHaveLength(2);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a stale expectedVersion with version_conflict naming who changed it and when, and writes nothing', async () => {
    await setUser('Maija Meikäläinen');
    const actor = await callOk(session, 'actors.create', newActor('Kanta-Hämeen pelastuslaitos', { type: 'rescue_services', isPublicAuthority: true }));
    clock.set('2026-03-16T09:45:00.000Z');
    await callOk(session, 'actors.update', { ...newActor('Kanta-Hämeen pelastuslaitos', { type: 'rescue_services', isPublicAuthority: true, notes: 'Maijan muutos' }), id: actor.id, expectedVersion: 1 });

    await setUser('Pekka Puupää');
    clock.set('2026-03-16T10:00:00.000Z');
    const conflict = await refusedWithoutWriting('actors.update', { ...newActor('Pelastuslaitos', { type: 'rescue_services', isPublicAuthority: true }), id: actor.id, expectedVersion: 1 });
    expect(conflict.code).toBe('version_conflict');
    expect(conflict.params).toEqual({ changedBy: 'Maija Meikäläinen', changedAt: '2026-03-16T09:45:00.000Z' });
    expect(conflict.message).toContain('Maija Meikäläinen');

    for (const method of ['actors.archive', 'actors.restore'] as const) {
      expect((await refusedWithoutWriting(method, { id: actor.id, expectedVersion: 1 })).code).toBe('version_conflict');
    }
    expect((await refusedWithoutWriting('actors.rename', { id: actor.id, expectedVersion: 1, validFrom: '2027-01-01', name: { fi: 'Uusi' } })).code).toBe('version_conflict');
    expect((await callOk(session, 'actors.get', { id: actor.id })).notes).toBe('Maijan muutos');
    clock.set(TEST_INSTANT);
    await setUser(TEST_AUTHOR);
  });

  it('refuses an update of an actor that does not exist with not_found', async () => {
    const error = await refusedWithoutWriting('actors.update', { ...newActor('Ei ole'), id: '01900000-0000-7000-8000-000000000abc', expectedVersion: 1 });
    expect(error.code).toBe('not_found');
  });
});

describe('bad input is refused with a clear error and nothing is written', () => {
  let existing: { id: string };
  beforeAll(async () => {
    existing = await callOk(session, 'actors.create', newActor('Olemassa oleva toimija'));
  });

  const cases: Array<{ name: string; method: unknown; input: () => unknown; code: string; path?: Array<string | number> }> = [
    { name: 'a string where a boolean belongs', method: 'actors.create', input: () => newActor('X', { isPublicAuthority: 'kyllä' as never }), code: 'wrong_type', path: ['isPublicAuthority'] },
    { name: 'a string where the name object belongs', method: 'actors.create', input: () => ({ ...newActor('X'), name: 'Kela' }), code: 'wrong_type', path: ['name'] },
    { name: 'a number as a name', method: 'actors.create', input: () => newActor('X', { name: { fi: 42 as never } }), code: 'wrong_type', path: ['name', 'fi'] },
    { name: 'an unknown actor type', method: 'actors.create', input: () => newActor('X', { type: 'pub' as never }), code: 'invalid_choice', path: ['type'] },
    { name: 'a missing type', method: 'actors.create', input: () => ({ name: { fi: 'X' }, isPublicAuthority: true }), code: 'required', path: ['type'] },
    { name: 'a missing name', method: 'actors.create', input: () => ({ type: 'ngo', isPublicAuthority: true }), code: 'required', path: ['name'] },
    { name: 'an empty name in every language', method: 'actors.create', input: () => newActor('', { name: { fi: '', sv: '', en: '' } }), code: 'name_required', path: ['name'] },
    { name: 'a name of spaces only', method: 'actors.create', input: () => newActor('   \t  '), code: 'name_required', path: ['name'] },
    { name: 'a Y-tunnus with a wrong check digit', method: 'actors.create', input: () => newActor('X', { businessId: '0246246-1' }), code: 'business_id_invalid', path: ['businessId'] },
    { name: 'a Y-tunnus without the hyphen', method: 'actors.create', input: () => newActor('X', { businessId: '02462460' }), code: 'business_id_invalid', path: ['businessId'] },
    { name: 'a henkilötunnus in the notes', method: 'actors.create', input: () => newActor('X', { notes: 'Asiakas 131052-308T soitti' }), code: 'personal_identity_code', path: ['notes'] },
    { name: 'a henkilötunnus in a name', method: 'actors.create', input: () => newActor('Asiakas 131052-308T'), code: 'personal_identity_code', path: ['name', 'fi'] },
    { name: 'a 100 kB note', method: 'actors.create', input: () => newActor('X', { notes: 'ä'.repeat(100_000) }), code: 'too_long', path: ['notes'] },
    { name: 'a 100 kB name', method: 'actors.create', input: () => newActor('k'.repeat(100_000)), code: 'too_long', path: ['name', 'fi'] },
    { name: 'a web address that is not http(s)', method: 'actors.create', input: () => newActor('X', { website: 'javascript:alert(1)' }), code: 'invalid_url', path: ['website'] },
    { name: 'an end date before the start date', method: 'actors.create', input: () => newActor('X', { validFrom: '2026-01-01', validTo: '2025-12-31' }), code: 'period_reversed', path: ['validTo'] },
    { name: 'an impossible date', method: 'actors.create', input: () => newActor('X', { validFrom: '2026-02-29' }), code: 'invalid_date', path: ['validFrom'] },
    { name: 'an unknown key', method: 'actors.create', input: () => ({ ...newActor('X'), isAdmin: true }), code: 'unknown_field', path: [] },
    { name: 'a __proto__ key at the top', method: 'actors.create', input: () => JSON.parse('{"name":{"fi":"X"},"type":"ngo","isPublicAuthority":false,"__proto__":{"isAdmin":true}}'), code: 'unknown_field', path: [] },
    { name: 'a __proto__ key inside the name', method: 'actors.create', input: () => JSON.parse('{"name":{"fi":"X","__proto__":{"polluted":true}},"type":"ngo","isPublicAuthority":false}'), code: 'unknown_field', path: ['name'] },
    { name: 'null input', method: 'actors.create', input: () => null, code: 'required' },
    { name: 'an array instead of an object', method: 'actors.create', input: () => [newActor('X')], code: 'wrong_type', path: [] },
    { name: 'a string instead of an object', method: 'actors.create', input: () => 'Kela', code: 'wrong_type', path: [] },
    { name: 'an id that is not a UUID', method: 'actors.get', input: () => ({ id: "1' or '1'='1" }), code: 'invalid_id', path: ['id'] },
    { name: 'expectedVersion 0', method: 'actors.archive', input: () => ({ id: existing.id, expectedVersion: 0 }), code: 'number_out_of_range', path: ['expectedVersion'] },
    { name: 'a fractional expectedVersion', method: 'actors.archive', input: () => ({ id: existing.id, expectedVersion: 1.5 }), code: 'wrong_type', path: ['expectedVersion'] },
    { name: 'expectedVersion as text', method: 'actors.archive', input: () => ({ id: existing.id, expectedVersion: '1' }), code: 'wrong_type', path: ['expectedVersion'] },
    { name: 'a representative with a bad e-mail', method: 'representatives.create', input: () => ({ actorId: existing.id, name: 'A', networkRole: 'member', email: 'ei-sahkoposti' }), code: 'invalid_email', path: ['email'] },
    { name: 'a representative with a bad phone number', method: 'representatives.create', input: () => ({ actorId: existing.id, name: 'A', networkRole: 'member', phone: 'soita minulle' }), code: 'invalid_phone', path: ['phone'] },
    { name: 'a representative with an empty name', method: 'representatives.create', input: () => ({ actorId: existing.id, name: '  ', networkRole: 'member' }), code: 'required', path: ['name'] },
    { name: 'a representative with a henkilötunnus as title', method: 'representatives.create', input: () => ({ actorId: existing.id, name: 'A', title: '131052-308T', networkRole: 'member' }), code: 'personal_identity_code', path: ['title'] },
    { name: 'a representative of an unknown actor', method: 'representatives.create', input: () => ({ actorId: '01900000-0000-7000-8000-00000000beef', name: 'A', networkRole: 'member' }), code: 'not_found', path: ['actorId'] },
    { name: 'an unknown method', method: 'actors.drop', input: () => ({}), code: 'unknown_method' },
    { name: 'a method name from Object.prototype', method: '__proto__', input: () => ({}), code: 'unknown_method' },
    { name: 'a method name that is not a string', method: { toString: () => 'actors.list' }, input: () => ({}), code: 'unknown_method' },
  ];

  for (const testCase of cases) {
    it(`refuses ${testCase.name} (${testCase.code})`, async () => {
      const logBefore = await changeLogCount();
      const error = await refusedWithoutWriting(testCase.method, testCase.input());
      expect(error.code).toBe(testCase.code);
      if (testCase.path) expect(error.path).toEqual(testCase.path);
      expect(error.message.length).toBeGreaterThan(5);
      expect(error.message).not.toMatch(/\{\w+\}|undefined|\[object/);
      expect(await changeLogCount()).toBe(logBefore);
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }

  it('says how long a text may be', async () => {
    const error = await callError(session, 'actors.create', newActor('X', { notes: 'a'.repeat(100_000) }));
    expect(error.params).toEqual({ maximum: 20_000 });
    expect(error.message).toContain('20000');
  });

  it('names the unknown keys', async () => {
    const error = await callError(session, 'actors.create', { ...newActor('X'), isAdmin: true, colour: 'red' });
    expect(error.message).toContain('isAdmin');
    expect(error.message).toContain('colour');
  });

  it('accepts a Y-tunnus with a valid check digit (0246246-0)', async () => {
    expect((await callOk(session, 'actors.create', newActor('Kela', { businessId: ' 0246246-0 ' }))).businessId).toBe('0246246-0');
  });

  it('stores a code that only looks like a henkilötunnus (wrong check character) as written', async () => {
    const created = await callOk(session, 'actors.create', newActor('Asiakirja', { notes: 'Viite 131052-308A' }));
    expect(created.notes).toBe('Viite 131052-308A');
  });

  it('stores SQL-looking text verbatim and the tables survive it', async () => {
    const name = "'); drop table actor; --";
    const notes = 'Robert"); DROP TABLE change_log;-- \\ % _ \u0000';
    const created = await callOk(session, 'actors.create', newActor(name, { notes }));
    const read = await callOk(session, 'actors.get', { id: created.id });
    expect([read.name.fi, read.notes]).toEqual([name, notes]);
    expect((await callOk(session, 'actors.list', { search: "drop table actor; --" })).map((actor) => actor.id)).toEqual([created.id]);
    expect(await db().selectFrom('change_log').select('id').limit(1).execute()).toHaveLength(1);
  });
});

describe('error messages follow the session language', () => {
  it('speaks Finnish, Swedish or English as the user’s settings say', async () => {
    const messages: Record<string, string> = {};
    for (const uiLanguage of ['fi', 'sv', 'en'] as const) {
      await callOk(session, 'settings.update', { uiLanguage });
      const error = await callError(session, 'actors.create', newActor('X', { businessId: '0246246-1' }));
      expect(error.code).toBe('business_id_invalid');
      messages[uiLanguage] = error.message;
    }
    await callOk(session, 'settings.update', { uiLanguage: 'fi' });
    expect(messages.fi).toMatch(/Y-tunnus/);
    expect(messages.sv).toMatch(/FO-numret/);
    expect(messages.en).toMatch(/business ID/);
    expect(new Set(Object.values(messages)).size).toBe(3);
  });

  it('translates a version conflict too, with the same names filled in', async () => {
    const actor = await callOk(session, 'actors.create', newActor('Kieliyhdistys'));
    await callOk(session, 'actors.archive', { id: actor.id, expectedVersion: 1 });
    await callOk(session, 'settings.update', { uiLanguage: 'sv' });
    const error = await callError(session, 'actors.restore', { id: actor.id, expectedVersion: 1 });
    await callOk(session, 'settings.update', { uiLanguage: 'fi' });
    expect(error.message).toMatch(/Någon annan/);
    expect(error.message).toContain(TEST_AUTHOR);
  });
});

describe('the change log', () => {
  it('gets exactly one entry per write, with the settings’ user name and the clock’s time', async () => {
    await setUser('Aino Koordinaattori');
    clock.set('2026-05-04T06:07:08.000Z');
    const actor = await callOk(session, 'actors.create', newActor('Lokitettava ry'));
    const after = async (operation: string, entityId: string) => {
      const entries = await db().selectFrom('change_log').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
      const last = entries.at(-1)!;
      expect([last.operation, last.changed_by, last.changed_at]).toEqual([operation, 'Aino Koordinaattori', clock.now().toISOString()]);
      return entries.length;
    };
    expect(await after('create', actor.id)).toBe(1);
    clock.advance(60_000);
    await callOk(session, 'actors.update', { ...newActor('Lokitettava yhdistys ry'), id: actor.id, expectedVersion: 1 });
    expect(await after('update', actor.id)).toBe(2);
    clock.advance(60_000);
    await callOk(session, 'actors.rename', { id: actor.id, expectedVersion: 2, validFrom: '2027-01-01', name: { fi: 'Uusi nimi ry' } });
    expect(await after('update', actor.id)).toBe(3);
    await callOk(session, 'actors.archive', { id: actor.id, expectedVersion: 3 });
    expect(await after('archive', actor.id)).toBe(4);
    await callOk(session, 'actors.restore', { id: actor.id, expectedVersion: 4 });
    expect(await after('restore', actor.id)).toBe(5);
    const person = await callOk(session, 'representatives.create', { actorId: actor.id, name: 'Aino', networkRole: 'coordinator' });
    expect(await after('create', person.id)).toBe(1);
    // reads leave no trace
    const total = await changeLogCount();
    await callOk(session, 'actors.list', {});
    await callOk(session, 'actors.get', { id: actor.id });
    expect(await changeLogCount()).toBe(total);
    clock.set(TEST_INSTANT);
  });

  it('names the app itself when the user has not given a name', async () => {
    await setUser('');
    const actor = await callOk(session, 'actors.create', newActor('Nimetön kirjaaja'));
    const entry = await db().selectFrom('change_log').select('changed_by').where('entity_id', '=', actor.id).executeTakeFirstOrThrow();
    expect(entry.changed_by).toBe('Kotoverkko');
    await setUser(TEST_AUTHOR);
  });
});

describe('without an open network', () => {
  it('refuses network methods with no_network_open but still answers app methods', async () => {
    const { session: empty } = await createTestSession();
    const answer = await dispatch(empty, 'actors.list', {});
    expect(answer.ok ? null : answer.error.code).toBe('no_network_open');
    expect((await callOk(empty, 'app.info', {})).schemaVersion).toBeGreaterThanOrEqual(1);
  });
});
