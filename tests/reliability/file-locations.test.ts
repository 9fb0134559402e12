import { chmodSync, chownSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('the second opens it or says clearly it is in use; writing from both at once never corrupts it or loses an acknowledged write', { timeout: 120_000 }, async () => {
    const file = copyOfDemo();
    const first = await startHostProcess(['--db', file], { start });
    let second: HostProcess | null = null;
    let secondRefusal = '';
    try {
      second = await startHostProcess(['--db', file], { start }).catch((error: Error) => {
        secondRefusal = error.message;
        return null;
      });
      if (!second) {
        // the other acceptable answer: one clear line saying the file is in use
        expect(secondRefusal).toMatch(/toisen ohjelman käytössä/);
        return;
      }
      const hosts = [first, second];
      const acknowledged: string[] = [];
      const refused: string[] = [];
      // 2 × 25 writes fired at once, interleaved between the two processes
      await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const answer = await hosts[index % 2]!.call('actors.create', newActor(`Toimija ${index % 2 === 0 ? 'A' : 'B'}${index}`));
          if (answer.ok) acknowledged.push((answer.result as { id: string }).id);
          else refused.push(`${answer.error!.code}: ${answer.error!.message}`);
        }),
      );
      // a refusal is allowed only as the clear "in use" / "read-only" message, never anything else
      for (const line of refused) expect(line).toMatch(/^(file_locked: Tiedosto on toisen ohjelman käytössä|read_only: Tiedosto on avattu vain luku)/);
      expect(acknowledged.length).toBeGreaterThan(0);
      expect((await first.call('files.current')).result).toMatchObject({ readOnly: false });
      console.info(`two processes: ${acknowledged.length} writes acknowledged, ${refused.length} refused as in use`);

      await Promise.all(hosts.map((host) => host.stop()));
      expect(sideFiles(file)).toEqual([]);
      const { integrity, ids } = await integrityAndActorIds(file);
      expect(integrity).toEqual(['ok']);
      for (const id of acknowledged) expect(ids.has(id), `acknowledged actor ${id}`).toBe(true);
    } finally {
      await first.stop();
      await second?.stop();
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
        // idle: nothing beside the file for the tool to miss, and the tool's copy is the whole network
        expect(sideFiles(file)).toEqual([]);
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
  });
});
