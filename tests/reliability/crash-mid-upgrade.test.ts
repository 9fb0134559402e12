import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src-main/db/file-inspection.js';
import { migrations } from '../../src-main/db/migrations/index.js';
import { configureConnection } from '../../src-main/db/open-network-file.js';
import { SqliteConnection } from '../../src-main/db/sqlite-connection.js';
import { KotoverkkoSqliteDialect } from '../../src-main/db/sqlite-dialect.js';
import { openStore } from '../support/temp-network.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';

afterAll(removeTempDirs);

const FIRST = '0001-initial';
const JOURNAL_MAGIC = 'd9d505f920a163d7';

/**
 * What the disk holds when the app dies during a big upgrade: the upgrade has already written
 * pages into the file (SQLite spills them once its cache is full) and its complete journal stands
 * beside. Made by copying both while the upgrade's transaction is still open, which is exactly
 * what a SIGKILL at that moment leaves.
 */
async function crashImageMidUpgrade(whileAlive?: (file: string) => Promise<void>): Promise<{ file: string; journal: Buffer }> {
  const dir = tempDir();
  const file = join(dir, 'vanha.kotoverkko');
  const connection = await SqliteConnection.open(file, { readOnly: false, create: true });
  await configureConnection(connection, true);
  await connection.exec(`pragma application_id = ${APPLICATION_ID}`);
  const db = new Kysely<unknown>({ dialect: new KotoverkkoSqliteDialect(connection) });
  await new Migrator({ db, provider: { getMigrations: async () => ({ [FIRST]: migrations[FIRST]! }) } }).migrateToLatest();

  const crashDir = join(dir, 'kaatui');
  mkdirSync(crashDir);
  const crashFile = join(crashDir, 'vanha.kotoverkko');
  const dyingUpgrade: Migration = {
    up: async (trx) => {
      // A large network's upgrade: more pages than the cache holds, so they reach the file early.
      await sql`create table upgrade_work (payload blob)`.execute(trx);
      for (let i = 0; i < 200; i++) await sql`insert into upgrade_work values (randomblob(3000))`.execute(trx);
      copyFileSync(file, crashFile);
      copyFileSync(`${file}-journal`, `${crashFile}-journal`);
      await whileAlive?.(file);
      throw new Error('the app dies here');
    },
  };
  await connection.exec('pragma cache_size = 10');
  const outcome = await new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations, '9999-dying-upgrade': dyingUpgrade }) } }).migrateToLatest();
  expect(String(outcome.error)).toMatch(/dies here/);
  await db.destroy();
  return { file: crashFile, journal: readFileSync(`${crashFile}-journal`) };
}

describe('a writer that died mid-save', () => {
  it('is recovered by the next open: the hot journal rolled back, the upgrade done again, nothing refused as "in use"', { timeout: 60_000 }, async () => {
    const { file, journal } = await crashImageMidUpgrade();
    // The image really is a crash: a complete journal beside a file already half-upgraded.
    expect(journal.subarray(0, 8).toString('hex')).toBe(JOURNAL_MAGIC);

    const store = await openStore(file);
    try {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      expect(integrity.rows.map((row) => row.integrity_check)).toEqual(['ok']);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(store.db);
      const names = tables.rows.map((row) => row.name);
      expect(names).toContain('process');
      expect(names).not.toContain('upgrade_work');
    } finally {
      await store.close();
    }
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it('leaves a live writer alone: its file, half-saved with a complete journal, is "in use"', { timeout: 60_000 }, async () => {
    let journalSeen = '';
    await crashImageMidUpgrade(async (file) => {
      journalSeen = readFileSync(`${file}-journal`).toString('hex');
      await expect(openStore(file)).rejects.toMatchObject({ code: 'file_locked' });
      // Its journal was not played back under it.
      expect(readFileSync(`${file}-journal`).toString('hex')).toBe(journalSeen);
    });
    expect(journalSeen.slice(0, 16)).toBe(JOURNAL_MAGIC);
  });

  it('still calls junk beside a half-saved file "in use", at once and without touching it', async () => {
    const { file } = await crashImageMidUpgrade();
    // Not a complete journal: a colleague's save that has only begun (or something else's file).
    writeFileSync(`${file}-journal`, Buffer.alloc(2048, 1));
    const before = readFileSync(file);
    const started = Date.now();
    await expect(openStore(file)).rejects.toMatchObject({ code: 'file_locked' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
