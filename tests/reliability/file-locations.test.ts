import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFilePath } from '../../src-main/db/network-file-lock.js';
import { openNetworkFile } from '../../src-main/db/open-network-file.js';
import { bundleDoors, doorEnv, type DoorStart, type HostProcess, startHostProcess } from '../support/door-process.js';
import { SyncFolder } from '../support/sync-folder.js';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files.js';
import { createTempNetwork, openStore, TEST_INSTANT } from '../support/temp-network.js';

/**
 * Issue 7, where files live: two app processes on one file, a file or folder the user may only
 * read, and a file in a folder that a sync tool (OneDrive, a network drive) copies whenever it
 * changes. Real processes (the browser host), real files.
 */

afterAll(removeTempDirs);

let demo: string;
let start: DoorStart;
beforeAll(async () => {
  start = await bundleDoors();
  demo = (await createTempNetwork({ demo: true })).file;
});

function copyOfDemo(name = 'verkosto.kotoverkko'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, readFileSync(demo));
  return file;
}

function newActor(name: string) {
  return { name: { fi: name }, type: 'ngo', isPublicAuthority: false };
}

async function integrityAndActorIds(file: string): Promise<{ integrity: string[]; ids: Set<string> }> {
  const store = await openStore(file);
  try {
    const integrity = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows.map((row) => row.integrity_check);
    const ids = new Set((await store.db.selectFrom('actor').select('id').execute()).map((row) => row.id));
    return { integrity, ids };
  } finally {
    await store.close();
  }
}

describe('two app processes on one file', () => {
  /** A user's own app home with their name in the settings (the owner file names them). */
  function homeOf(userName: string): NodeJS.ProcessEnv {
    const home = tempDir();
    writeFileSync(join(home, 'settings.json'), JSON.stringify({ userName, uiLanguage: 'fi', recentFiles: [] }));
    return doorEnv({ KOTOVERKKO_HOME: home });
  }

  function readOwner(file: string): { userName: string; hostName: string; pid: number } {
    return JSON.parse(readFileSync(lockFilePath(file), 'utf8')) as { userName: string; hostName: string; pid: number };
  }

  it('the second opens it read-only naming who edits it, its saves are refused while the first keeps writing; after the first closes a new opener writes', { timeout: 120_000 }, async () => {
    const file = copyOfDemo();
    const first = await startHostProcess(['--db', file], { start, env: homeOf('Aino Virtanen') });
    let second: HostProcess | null = null;
    try {
      expect(readOwner(file)).toMatchObject({ userName: 'Aino Virtanen', hostName: hostname(), pid: first.child.pid });
      second = await startHostProcess(['--db', file], { start });
      expect((await first.call('files.current')).result).toMatchObject({ readOnly: false });
      expect((await first.call('files.current')).result).not.toHaveProperty('readOnlyReason');
      expect((await second.call('files.current')).result).toMatchObject({
        readOnly: true,
        readOnlyReason: `Aino Virtanen (koneella ${hostname()}) muokkaa tätä verkostoa; avattu vain luku -tilassa.`,
      });
      const hosts = [first, second];
      const acknowledged: string[] = [];
      const refusedBySecond: string[] = [];
      // 2 × 25 writes fired at once, interleaved between the two processes
      await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const answer = await hosts[index % 2]!.call('actors.create', newActor(`Toimija ${index % 2 === 0 ? 'A' : 'B'}${index}`));
          if (index % 2 === 0) expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
          if (answer.ok) acknowledged.push((answer.result as { id: string }).id);
          else refusedBySecond.push(`${answer.error!.code}: ${answer.error!.message}`);
        }),
      );
      expect(acknowledged).toHaveLength(25);
      expect(refusedBySecond).toHaveLength(25);
      for (const line of refusedBySecond) expect(line).toMatch(/^read_only: Tiedosto on avattu vain luku -tilassa/);
      // the read-only instance sees the first one's writes
      const seen = new Set(((await second.call('actors.list')).result as { id: string }[]).map((actor) => actor.id));
      for (const id of acknowledged) expect(seen.has(id)).toBe(true);
      console.info(`two processes: ${acknowledged.length} writes by the first acknowledged, ${refusedBySecond.length} by the read-only second refused`);

      // the read-only one leaves the owner file alone; the owner removes it on close
      await second.stop();
      expect(readOwner(file).pid).toBe(first.child.pid);
      await first.stop();
      expect(existsSync(lockFilePath(file))).toBe(false);
      expect(sideFiles(file)).toEqual([]);
      const { integrity, ids } = await integrityAndActorIds(file);
      expect(integrity).toEqual(['ok']);
      for (const id of acknowledged) expect(ids.has(id), `acknowledged actor ${id}`).toBe(true);

      const third = await startHostProcess(['--db', file], { start });
      try {
        expect((await third.call('files.current')).result).toMatchObject({ readOnly: false });
        expect((await third.call('actors.create', newActor('Kolmas avaaja'))).ok).toBe(true);
      } finally {
        await third.stop();
      }
      expect(readdirSync(join(file, '..'))).toEqual(['verkosto.kotoverkko']);
    } finally {
      await first.stop();
      await second?.stop();
    }
  });

  function writeOwner(file: string, owner: { userName: string; hostName: string; pid: number; refreshedAt: string }): void {
    const content = { app: 'Kotoverkko', startedAt: owner.refreshedAt, token: 'vanha', ...owner };
    writeFileSync(lockFilePath(file), JSON.stringify(content));
  }

  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => child.once('exit', done));
    return child.pid!;
  }

  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const cases = [
    { name: "a dead process's owner file on this computer", owner: async () => ({ userName: 'Kaatunut', hostName: hostname(), pid: await deadPid(), refreshedAt: minutesAgo(0) }), live: false },
    { name: "a live process's owner file on this computer not refreshed for 11 minutes (a reused pid)", owner: async () => ({ userName: 'Jumittunut', hostName: hostname(), pid: process.pid === 1 ? 2 : 1, refreshedAt: minutesAgo(11) }), live: false },
    { name: "another computer's owner file not refreshed for 11 minutes", owner: async () => ({ userName: 'Matti', hostName: 'toinen-kone', pid: 1, refreshedAt: minutesAgo(11) }), live: false },
    { name: "another computer's owner file refreshed a minute ago", owner: async () => ({ userName: 'Matti Meikäläinen', hostName: 'toinen-kone', pid: 1, refreshedAt: minutesAgo(1) }), live: true },
  ];
  describe.concurrent('an owner file left beside the network', () => {
    for (const entry of cases) {
      it(`${entry.name} is ${entry.live ? 'respected: read-only, naming them' : 'taken over: read-write'}`, { timeout: 60_000 }, async ({ expect }) => {
        const file = copyOfDemo();
        const owner = await entry.owner();
        writeOwner(file, owner);
        const host = await startHostProcess(['--db', file], { start });
        try {
          const current = (await host.call('files.current')).result;
          const save = await host.call('actors.create', newActor('Uusi toimija'));
          if (entry.live) {
            expect(current).toMatchObject({ readOnly: true, readOnlyReason: 'Matti Meikäläinen (koneella toinen-kone) muokkaa tätä verkostoa; avattu vain luku -tilassa.' });
            expect(save.error?.code).toBe('read_only');
            expect(readOwner(file)).toMatchObject(owner);
          } else {
            expect(current).toMatchObject({ readOnly: false });
            expect(save.ok).toBe(true);
            expect(readOwner(file)).toMatchObject({ hostName: hostname(), pid: host.child.pid });
          }
        } finally {
          await host.stop();
        }
        // a taken-over file is removed on close; someone else's live one is left as it was
        expect(existsSync(lockFilePath(file))).toBe(entry.live);
      });
    }
  });
});

describe('a file or folder the user may only read', () => {
  /** As root permissions mean nothing, so the host runs as the unprivileged `nobody` (uid 65534). */
  const asUser: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  function userHome(): string {
    const home = tempDir();
    if (asUser.uid !== undefined) chownSync(home, asUser.uid, asUser.gid!);
    return home;
  }

  const cases = [
    { name: 'a chmod 0444 file', fileMode: 0o444, folderMode: 0o777 },
    { name: 'a writable file in a chmod 0555 folder (a read-only medium or share)', fileMode: 0o644, folderMode: 0o555 },
  ];
  describe.concurrent('the browser host run as an ordinary user', () => {
    for (const entry of cases) {
      it(`opens ${entry.name} read-only, shows its data and refuses a save with the read-only message`, { timeout: 60_000 }, async ({ expect }) => {
        const file = copyOfDemo('vain-luku.kotoverkko');
        const folder = join(file, '..');
        // the file belongs to the user, so only the mode (or the folder) can stop them writing
        if (asUser.uid !== undefined) chownSync(file, asUser.uid, asUser.gid!);
        chmodSync(file, entry.fileMode);
        chmodSync(folder, entry.folderMode);
        const hash = sha256(file);
        const host = await startHostProcess(['--db', file, '--workspace', userHome()], { start, env: doorEnv({ KOTOVERKKO_HOME: userHome() }), ...asUser });
        try {
          expect((await host.call('files.current')).result).toMatchObject({ readOnly: true });
          expect(((await host.call('actors.list')).result as unknown[]).length).toBeGreaterThan(20);
          const save = await host.call('actors.create', newActor('Uusi toimija'));
          expect(save.ok).toBe(false);
          expect(save.error).toMatchObject({ code: 'read_only', message: expect.stringMatching(/vain luku -tilassa/) });
        } finally {
          await host.stop();
          chmodSync(folder, 0o755);
        }
        expect(sha256(file)).toBe(hash);
        expect(readdirSync(folder)).toEqual(['vain-luku.kotoverkko']);
      });
    }
  });
});

describe('a file in a sync folder (OneDrive, a network drive)', () => {
  it('is one complete file that opens whenever it is idle after a write: every copy the sync tool takes then has the write', { timeout: 120_000 }, async () => {
    const file = copyOfDemo();
    const sync = new SyncFolder(file, tempDir());
    const host = await startHostProcess(['--db', file], { start });
    try {
      const written: string[] = [];
      for (let index = 0; index < 15; index++) {
        const answer = await host.call('actors.create', newActor(`Synkattu toimija ${index}`));
        expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
        written.push((answer.result as { id: string }).id);
        // idle: no journal beside the file for the tool to miss (only the small owner file, which a
        // sync tool copies too), and the tool's copy is the whole network
        expect(sideFiles(file)).toEqual([]);
        expect(readdirSync(join(file, '..')).sort()).toEqual(['verkosto.kotoverkko', 'verkosto.kotoverkko.lock']);
        await sync.caughtUp();
        const copy = join(tempDir(), 'pilvesta.kotoverkko');
        writeFileSync(copy, readFileSync(sync.cloudCopy));
        const store = await openNetworkFile(copy, { backupDirectory: join(copy, '..', 'backups'), now: () => new Date(TEST_INSTANT) });
        try {
          expect((await sql<{ quick_check: string }>`pragma quick_check`.execute(store.db)).rows).toEqual([{ quick_check: 'ok' }]);
          const ids = new Set((await store.db.selectFrom('actor').select('id').execute()).map((row) => row.id));
          for (const id of written) expect(ids.has(id)).toBe(true);
        } finally {
          await store.close();
        }
      }
      console.info(`sync folder: ${written.length} writes, ${sync.copies} copies taken by the watcher`);
    } finally {
      await host.stop();
      sync.close();
    }
    expect(sideFiles(file)).toEqual([]);
    expect(existsSync(lockFilePath(file))).toBe(false);
  });
});
