import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkFile } from '../../src-main/db/create-network-file';
import { insertNetworkInfo } from '../../src-main/domain/network/network-info';
import { SettingsStore } from '../../src-main/session/settings-store';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files';
import { copyNetwork, createTempNetwork, openStore, TEST_AUTHOR, TEST_INSTANT } from '../support/temp-network';
import { callOk, createTestSession } from '../support/test-session';

afterAll(removeTempDirs);

const author = { changedBy: TEST_AUTHOR, now: new Date(TEST_INSTANT) };
const emptyNetwork = (name: string) => ({
  initialize: (db: Parameters<typeof insertNetworkInfo>[0]) => insertNetworkInfo(db, author, { fi: name, sv: null, en: null }, null, false),
});

async function actorCount(file: string): Promise<number> {
  const store = await openStore(file);
  try {
    const row = await store.db.selectFrom('actor').select(store.db.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    return Number(row.count);
  } finally {
    await store.close();
  }
}

async function integrity(file: string): Promise<string> {
  const store = await openStore(file);
  try {
    const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    return rows.map((row) => row.integrity_check).join(',');
  } finally {
    await store.close();
  }
}

let demo: string;
beforeAll(async () => {
  demo = (await createTempNetwork({ demo: true })).file;
});

describe('placing a finished network file', () => {
  it('refuses to replace a file that has a leftover journal beside it, which SQLite would replay into the new file', async () => {
    const file = copyNetwork(demo);
    writeFileSync(`${file}-journal`, Buffer.alloc(4096, 7));
    const fileHash = sha256(file);
    const journalHash = sha256(`${file}-journal`);
    await expect(createNetworkFile(file, { overwrite: true, ...emptyNetwork('Uusi') })).rejects.toMatchObject({ code: 'file_locked' });
    expect(sha256(file)).toBe(fileHash);
    expect(sha256(`${file}-journal`)).toBe(journalHash);
    expect(readdirSync(join(file, '..')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('never replaces an existing file without overwrite, even when two creations race for one name', async () => {
    const dir = tempDir();
    const file = join(dir, 'kilpa.kotoverkko');
    const results = await Promise.allSettled([
      createNetworkFile(file, { overwrite: false, ...emptyNetwork('Ensimmäinen') }),
      createNetworkFile(file, { overwrite: false, ...emptyNetwork('Toinen') }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'file_exists' } });
    expect(await integrity(file)).toBe('ok');
    expect(readdirSync(dir)).toEqual(['kilpa.kotoverkko']);
  });
});

describe('saving a copy', () => {
  it('writes a complete copy that opens with the same data, and leaves no temporary file', async () => {
    const source = copyNetwork(demo);
    const store = await openStore(source);
    const target = join(tempDir(), 'kopio.kotoverkko');
    await store.saveCopy(target, { overwrite: false });
    await store.close();
    expect(await actorCount(target)).toBe(await actorCount(source));
    expect(await integrity(target)).toBe('ok');
    expect(readdirSync(join(target, '..'))).toEqual(['kopio.kotoverkko']);
    expect(sideFiles(target)).toEqual([]);
  });

  it('does not replace an existing file unless told to (a native dialog has asked), and then replaces it whole', async () => {
    const store = await openStore(copyNetwork(demo));
    const target = join(tempDir(), 'olemassa.kotoverkko');
    writeFileSync(target, 'aiempi sisältö');
    await expect(store.saveCopy(target, { overwrite: false })).rejects.toMatchObject({ code: 'file_exists' });
    expect(readFileSync(target, 'utf8')).toBe('aiempi sisältö');
    await store.saveCopy(target, { overwrite: true });
    await store.close();
    expect(await integrity(target)).toBe('ok');
    expect(readdirSync(join(target, '..'))).toEqual(['olemassa.kotoverkko']);
  });
});

describe('the session', () => {
  it('recreates the demo while the demo is open without writing through the old connection', async () => {
    const { session } = await createTestSession();
    const first = await callOk(session, 'files.openDemo', {});
    const again = await callOk(session, 'files.openDemo', { fresh: true });
    expect(again.path).toBe(first.path);
    expect((await callOk(session, 'actors.list', {})).length).toBeGreaterThan(20);
    await session.closeFile();
    expect(await integrity(first.path)).toBe('ok');
    expect(sideFiles(first.path)).toEqual([]);
  });
});

describe('settings', () => {
  it('survive many overlapping saves, and the file holds the last one', async () => {
    const file = join(tempDir(), 'settings.json');
    const store = new SettingsStore(file);
    await Promise.all(Array.from({ length: 50 }, (_, index) => store.update({ userName: `Käyttäjä ${index}` })));
    expect(JSON.parse(readFileSync(file, 'utf8')).userName).toBe('Käyttäjä 49');
    expect(readdirSync(join(file, '..'))).toEqual(['settings.json']);
  });
});
