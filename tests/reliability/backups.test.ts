import { copyFileSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../src-main/api/contract/backups.js';
import { KEEP_DAILY, KEEP_WEEKLY, weekOf } from '../../src-main/db/backup-files.js';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations/index.js';
import type { Database } from '../../src-main/db/schema.js';
import { SqliteConnection } from '../../src-main/db/sqlite-connection.js';
import { KotoverkkoSqliteDialect } from '../../src-main/db/sqlite-dialect.js';
import { readNetworkInfo } from '../../src-main/domain/network/network-info.js';
import { calendarDateInHelsinki } from '../../src-main/domain/shared/calendar.js';
import { errorMessage } from '../../src-main/i18n/error-messages.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { rawExec } from '../support/raw-sqlite.js';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';

/**
 * Issue 7, backups: the rolling daily backup (7 days, 4 weeks) made through SQLite, and restoring
 * one from the API the Settings page uses, with a pre-restore copy. Real files throughout; time
 * moves on the session's own clock.
 */

afterAll(removeTempDirs);

const DAY_MS = 86_400_000;
/** 10:00 in Helsinki on Monday 2 November 2026 */
const START = '2026-11-02T08:00:00.000Z';

/** A backup's whole content, read through an immutable read-only connection (nothing written beside it). */
async function hashOfFile(file: string): Promise<string> {
  const connection = await SqliteConnection.open(`${pathToFileURL(file).href}?immutable=1&mode=ro`, { readOnly: true, create: false, uri: true });
  const db = new Kysely<Database>({ dialect: new KotoverkkoSqliteDialect(connection) });
  try {
    return await contentHash(db);
  } finally {
    await db.destroy();
  }
}

async function integrityOf(file: string): Promise<string> {
  const connection = await SqliteConnection.open(`${pathToFileURL(file).href}?immutable=1&mode=ro`, { readOnly: true, create: false, uri: true });
  try {
    return (await connection.all<{ integrity_check: string }>('pragma integrity_check'))[0]!.integrity_check;
  } finally {
    await connection.close();
  }
}

async function networkFolder(session: AppSession, dir: string): Promise<string> {
  const { id } = await readNetworkInfo(session.requireNetwork().db);
  return join(dir, 'backups', id);
}

async function openElectronSession(options: { now?: string; demo?: boolean } = {}) {
  const { file, dir } = await createTempNetwork({ demo: options.demo, now: options.now ?? START });
  const { session, clock } = await createTestSession({ dir, door: 'electron', now: options.now ?? START, open: file });
  return { session, clock, dir, file };
}

const list = (session: AppSession) => callOk(session, 'backups.list', {});
const ofKind = (backups: BackupInfo[], kind: BackupInfo['kind']) => backups.filter((backup) => backup.kind === kind);

describe('rolling daily backup', () => {
  it('is taken when a network opens, at most once a day, and keeps exactly the last 7 days and the last 4 weeks', async () => {
    const { session, clock, file } = await openElectronSession();
    const first = await list(session);
    expect(first.map((backup) => backup.kind).sort()).toEqual(['daily', 'weekly']);

    // Checks later the same day (the hourly timer, another open) take nothing more.
    clock.advance(3 * 60 * 60 * 1000);
    expect(await session.takeRollingBackupIfDue()).toEqual([]);
    await session.openFile(file);
    expect(await list(session)).toHaveLength(2);

    // 45 days: a change each day, the hourly check every day, and the file reopened every third day.
    const days = 45;
    for (let day = 1; day < days; day += 1) {
      clock.set(new Date(new Date(START).getTime() + day * DAY_MS));
      const info = await callOk(session, 'network.get', {});
      await callOk(session, 'network.update', { expectedVersion: info.rowVersion, name: { fi: `Verkosto päivä ${day}` }, region: null });
      if (day % 3 === 0) await session.openFile(file);
      else await session.takeRollingBackupIfDue();
    }
    const backups = await list(session);
    const daily = ofKind(backups, 'daily');
    const weekly = ofKind(backups, 'weekly');
    expect(daily).toHaveLength(KEEP_DAILY);
    expect(weekly).toHaveLength(KEEP_WEEKLY);
    expect(backups).toHaveLength(KEEP_DAILY + KEEP_WEEKLY);

    const today = calendarDateInHelsinki(clock.now());
    const lastDays = Array.from({ length: KEEP_DAILY }, (_, index) => calendarDateInHelsinki(new Date(clock.now().getTime() - index * DAY_MS)));
    expect(daily.map((backup) => backup.date)).toEqual(lastDays);
    expect(daily[0]!.date).toBe(today);
    const lastWeeks = Array.from({ length: KEEP_WEEKLY }, (_, index) => weekOf(calendarDateInHelsinki(new Date(clock.now().getTime() - index * 7 * DAY_MS))));
    expect(weekly.map((backup) => weekOf(backup.date))).toEqual(lastWeeks);

    // Each is a complete database (made by VACUUM INTO) holding that day's name, and no half-made copy is left.
    const folder = await networkFolder(session, join(file, '..'));
    for (const backup of daily) {
      const path = join(folder, backup.name);
      expect(await integrityOf(path)).toBe('ok');
      expect(backup.size).toBe(readFileSync(path).length);
      // Taken after that day's change: it holds that day's name.
      const day = Math.floor((new Date(backup.takenAt).getTime() - new Date(START).getTime()) / DAY_MS);
      expect(await nameInBackup(path)).toBe(`Verkosto päivä ${day}`);
    }
    expect(daily[0]!.takenAt).toBe(clock.now().toISOString());
    expect(readdirSync(folder).filter((name) => !name.endsWith('.kotoverkko'))).toEqual([]);
    await session.closeFile();
  });

  it('is not taken by the command line, which runs one command and leaves', async () => {
    const { file, dir } = await createTempNetwork({ now: START });
    const { session } = await createTestSession({ dir, door: 'cli', now: START, open: file });
    expect(await list(session)).toEqual([]);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    await session.closeFile();
  });

  it('keeps two networks apart, even when their files have the same name', async () => {
    const shared = tempDir();
    const one = await createTempNetwork({ now: START, dir: join(shared) });
    const otherDir = tempDir();
    const other = await createTempNetwork({ now: START, dir: otherDir, name: { fi: 'Toinen verkosto', sv: null, en: null } });
    const { session } = await createTestSession({ dir: shared, door: 'browser', now: START, open: one.file });
    const ours = await list(session);
    await session.openFile(other.file);
    const theirs = await list(session);
    expect(ours).toHaveLength(2);
    expect(theirs).toHaveLength(2);
    expect(readdirSync(join(shared, 'backups'))).toHaveLength(2);
    await session.closeFile();
  });
});

async function nameInBackup(file: string): Promise<string | null> {
  const connection = await SqliteConnection.open(`${pathToFileURL(file).href}?immutable=1&mode=ro`, { readOnly: true, create: false, uri: true });
  try {
    return (await connection.all<{ name_fi: string | null }>('select name_fi from network_info'))[0]?.name_fi ?? null;
  } finally {
    await connection.close();
  }
}

describe('restoring a backup', () => {
  it('puts the backup’s exact content in place, opens it, and keeps the network as it was before as a pre-restore copy', async () => {
    const { session, clock, file, dir } = await openElectronSession({ demo: true });
    const [daily] = ofKind(await list(session), 'daily');
    const folder = await networkFolder(session, dir);
    const backupHash = await hashOfFile(join(folder, daily!.name));

    clock.set(new Date(new Date(START).getTime() + DAY_MS));
    await callOk(session, 'actors.create', { name: { fi: 'Palautuksen jälkeen kadonnut toimija' }, type: 'ngo', isPublicAuthority: false });
    const hashBefore = await contentHash(session.requireNetwork().db);
    expect(hashBefore).not.toBe(backupHash);

    const restored = await callOk(session, 'backups.restore', { name: daily!.name });
    expect(restored.file.path).toBe(file);
    expect(await contentHash(session.requireNetwork().db)).toBe(backupHash);
    expect(await hashOfFile(join(folder, restored.preRestoreBackup))).toBe(hashBefore);
    expect(ofKind(await list(session), 'pre-restore').map((backup) => backup.name)).toEqual([restored.preRestoreBackup]);
    expect(sideFiles(file)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);

    // The restore can itself be undone: restoring the pre-restore copy brings the new actor back.
    clock.advance(60_000);
    await callOk(session, 'backups.restore', { name: restored.preRestoreBackup });
    expect(await contentHash(session.requireNetwork().db)).toBe(hashBefore);
    // The session carries on writing into the restored file.
    await callOk(session, 'actors.create', { name: { fi: 'Uusi toimija' }, type: 'ngo', isPublicAuthority: false });
    await session.closeFile();
  });

  it('restores a pre-upgrade backup of this network and upgrades it again; another network’s pre-upgrade backup is not offered', async () => {
    const dir = tempDir();
    const v1 = join(dir, 'vanha.kotoverkko');
    copyFileSync('tests/fixtures/schema-v1.kotoverkko', v1);
    const { session, clock } = await createTestSession({ dir, door: 'electron', now: START, open: v1 });
    const preUpgrade = ofKind(await list(session), 'pre-upgrade');
    expect(preUpgrade).toHaveLength(1);
    // A foreign network's pre-upgrade backup lying in the same shared folder.
    const foreign = await createTempNetwork({ now: START });
    copyFileSync(foreign.file, join(dir, 'backups', 'vanha.before-upgrade.2026-01-01T00-00-00-000Z.kotoverkko'));
    expect(ofKind(await list(session), 'pre-upgrade').map((backup) => backup.name)).toEqual([preUpgrade[0]!.name]);

    clock.advance(60_000);
    const restored = await callOk(session, 'backups.restore', { name: preUpgrade[0]!.name });
    expect(restored.file.readOnly).toBe(false);
    const db = session.requireNetwork().db;
    const migrations = await db.selectFrom('kysely_migration' as never).select('name' as never).execute();
    expect(migrations).toHaveLength(LATEST_SCHEMA_VERSION);
    await session.closeFile();
  });
});

describe('refusing a backup that must not be restored', () => {
  interface Refusal {
    name: string;
    code: string;
    make: (folder: string, session: AppSession) => Promise<string>;
  }
  const stamp = '2026-10-01T08-00-00-000Z';
  const refusals: Refusal[] = [
    {
      name: 'random bytes under a backup’s name',
      code: 'backup_not_network',
      make: async (folder) => {
        const name = `verkosto.daily.${stamp}.kotoverkko`;
        writeFileSync(join(folder, name), Buffer.from(Array.from({ length: 8192 }, (_, index) => (index * 37) % 256)));
        return name;
      },
    },
    {
      name: 'an empty file',
      code: 'backup_not_network',
      make: async (folder) => {
        const name = `verkosto.weekly.${stamp}.kotoverkko`;
        writeFileSync(join(folder, name), '');
        return name;
      },
    },
    {
      name: 'a backup of another network',
      code: 'backup_other_network',
      make: async (folder) => {
        const other = await createTempNetwork({ now: START, name: { fi: 'Toinen verkosto', sv: null, en: null } });
        const name = `verkosto.daily.2026-10-02T08-00-00-000Z.kotoverkko`;
        copyFileSync(other.file, join(folder, name));
        return name;
      },
    },
    {
      name: 'a backup made by a newer Kotoverkko',
      code: 'backup_newer_version',
      make: async (folder) => {
        const name = `verkosto.daily.2026-10-03T08-00-00-000Z.kotoverkko`;
        const own = readdirSync(folder).find((entry) => entry.includes('.daily.2026-11'))!;
        copyFileSync(join(folder, own), join(folder, name));
        await rawExec(join(folder, name), "insert into kysely_migration (name, timestamp) values ('9999-future', '2031-01-01T00:00:00.000Z');");
        return name;
      },
    },
    {
      name: 'a truncated backup',
      code: 'backup_damaged',
      make: async (folder) => {
        const name = `verkosto.daily.2026-10-04T08-00-00-000Z.kotoverkko`;
        const own = readdirSync(folder).find((entry) => entry.includes('.daily.2026-11'))!;
        copyFileSync(join(folder, own), join(folder, name));
        truncateSync(join(folder, name), Math.floor(readFileSync(join(folder, name)).length / 2));
        return name;
      },
    },
  ];

  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with ${refusal.code} in fi, sv and en, and changes nothing`, async () => {
      const { session, file, dir } = await openElectronSession();
      const folder = await networkFolder(session, dir);
      const name = await refusal.make(folder, session);
      const fileBytes = sha256(file);
      const folderBefore = readdirSync(folder).sort();

      const error = await callError(session, 'backups.restore', { name });
      expect(error.code).toBe(refusal.code);
      expect(error.message).toContain(name);
      const texts = (['fi', 'sv', 'en'] as const).map((locale) => errorMessage(error.code as never, locale, error.params));
      expect(new Set(texts).size).toBe(3);
      for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);

      expect(sha256(file)).toBe(fileBytes);
      expect(sideFiles(file)).toEqual([]);
      expect(readdirSync(folder).sort()).toEqual(folderBefore);
      expect(readdirSync(dir).filter((entry) => entry.startsWith('.'))).toEqual([]);
      // Still open and writable.
      await callOk(session, 'actors.create', { name: { fi: 'Toimija' }, type: 'ngo', isPublicAuthority: false });
      await session.closeFile();
    });
  }

  it('refuses names that are not backups of this network, and paths of any kind', async () => {
    const { session, file } = await openElectronSession();
    const fileBytes = sha256(file);
    expect((await callError(session, 'backups.restore', { name: 'ei-ole.daily.2026-01-01T00-00-00-000Z.kotoverkko' })).code).toBe('backup_not_found');
    for (const name of ['../verkosto.kotoverkko', '/etc/passwd.kotoverkko', '..\\x.kotoverkko', '.hidden.kotoverkko', 'verkosto.txt']) {
      expect((await callError(session, 'backups.restore', { name })).code).toBe('invalid_input');
    }
    expect(sha256(file)).toBe(fileBytes);
    await session.closeFile();
  });

  it('refuses to restore into a network opened read-only', async () => {
    const { session } = await openElectronSession();
    const [daily] = ofKind(await list(session), 'daily');
    const store = session.requireNetwork();
    Object.defineProperty(store, 'readOnly', { value: true });
    expect((await callError(session, 'backups.restore', { name: daily!.name })).code).toBe('read_only');
    await session.closeFile();
  });
});
