import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { APPLICATION_ID } from '../../src-main/db/file-inspection.js';
import { migrations } from '../../src-main/db/migrations/index.js';
import { errorMessage, type ErrorCode } from '../../src-main/i18n/error-messages.js';
import type { Locale } from '../../src-main/i18n/locales.js';
import { bundleDoors, doorEnv, type DoorStart, runDoor } from '../support/door-process.js';
import { RawSqlite, rawExec } from '../support/raw-sqlite.js';
import { removeTempDirs, sha256, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, createTestSession } from '../support/test-session.js';

/**
 * Issue 7, bad files: every kind of file that is not a usable network file is refused at all three
 * doors — the app's core (`files.open` through the dispatcher), the browser host
 * (`npm run serve -- --db <file>`) and the command line (`npm run cli -- list actors --db <file>`)
 * — with the same clear sentence in the user's language, the file byte-for-byte as it was and
 * nothing left beside it. Each kind gets its own copy per door so the doors run side by side.
 */

afterAll(removeTempDirs);

interface Made {
  path: string;
  /**
   * another program takes hold of the file; called after the "before" snapshot, because reading
   * the file from this process would drop that program's POSIX locks (they belong to the process)
   */
  hold?: () => Promise<() => Promise<void>>;
}

interface BadKind {
  name: string;
  code: ErrorCode;
  make: (dir: string) => Promise<Made> | Made;
  /** the message's parameters besides the file (a newer file's versions, a journal's path) */
  params?: (path: string) => Record<string, string | number>;
  /** why this machine cannot make the kind, or null */
  unavailable?: () => string | null;
}

let network: string;
let demo: string;
let start: DoorStart;
beforeAll(async () => {
  start = await bundleDoors();
  network = (await createTempNetwork()).file;
  demo = (await createTempNetwork({ demo: true })).file;
});

function put(dir: string, name: string, content: Buffer | string): Made {
  writeFileSync(join(dir, name), content);
  return { path: join(dir, name) };
}

function pageSizeOf(bytes: Buffer): number {
  const size = bytes.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** A copy of the demo network that some other program will hold, as `sql` leaves it. */
function heldByAnotherProgram(dir: string, name: string, sql: string): Made {
  const { path } = put(dir, name, readFileSync(demo));
  return {
    path,
    hold: async () => {
      const other = await RawSqlite.open(path);
      await other.exec(sql);
      return async () => {
        await other.exec('rollback');
        await other.close();
      };
    },
  };
}

function hasCommand(command: string): string | null {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0 ? null : `no ${command} on this machine`;
}

const knownVersions = Object.keys(migrations).length;

const kinds: BadKind[] = [
  { name: 'a missing file', code: 'file_not_found', make: (dir) => ({ path: join(dir, 'poistettu.kotoverkko') }) },
  { name: 'a path in a missing folder', code: 'file_not_found', make: (dir) => ({ path: join(dir, 'ei-ole', 'verkosto.kotoverkko') }) },
  {
    name: 'a folder',
    code: 'file_is_directory',
    make: (dir) => {
      mkdirSync(join(dir, 'kansio.kotoverkko'));
      return { path: join(dir, 'kansio.kotoverkko') };
    },
  },
  { name: 'an empty file', code: 'file_empty', make: (dir) => put(dir, 'tyhja.kotoverkko', '') },
  {
    name: 'random bytes',
    code: 'file_not_network',
    make: (dir) => {
      const bytes = randomBytes(64 * 1024);
      bytes.write('KOTO', 0, 'latin1'); // never the SQLite magic by chance
      return put(dir, 'satunnainen.kotoverkko', bytes);
    },
  },
  { name: 'a text file', code: 'file_not_network', make: (dir) => put(dir, 'muistio.kotoverkko', 'Verkoston kokous 12.3.2026\nLäsnä: Hämeenlinna, Riihimäki\n'.repeat(40)) },
  { name: 'a zero-filled file', code: 'file_not_network', make: (dir) => put(dir, 'nollat.kotoverkko', Buffer.alloc(32 * 1024)) },
  { name: 'a gzipped network file', code: 'file_not_network', make: (dir) => put(dir, 'pakattu.kotoverkko', gzipSync(readFileSync(network))) },
  {
    name: 'a Word document (a zip) renamed',
    code: 'file_not_network',
    make: async (dir) => {
      const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Verkoston muistio 3/2026')] }] }));
      return put(dir, 'muistio.docx.kotoverkko', bytes);
    },
  },
  { name: 'a SQLite file shorter than one page', code: 'file_corrupt', make: (dir) => put(dir, 'lyhyt.kotoverkko', readFileSync(network).subarray(0, 1000)) },
  {
    name: 'a network file cut in the middle of its pages',
    code: 'file_corrupt',
    make: (dir) => {
      const bytes = readFileSync(demo);
      const pageSize = pageSizeOf(bytes);
      return put(dir, 'puolikas.kotoverkko', bytes.subarray(0, Math.floor(bytes.length / pageSize / 2) * pageSize + pageSize / 2));
    },
  },
  {
    name: 'a network file missing only its last page',
    code: 'file_corrupt',
    make: (dir) => {
      const bytes = readFileSync(demo);
      return put(dir, 'vajaa.kotoverkko', bytes.subarray(0, bytes.length - pageSizeOf(bytes)));
    },
  },
  {
    name: 'a network file whose header has an impossible page size',
    code: 'file_corrupt',
    make: (dir) => {
      const bytes = Buffer.from(readFileSync(network));
      bytes.writeUInt16BE(3, 16);
      return put(dir, 'otsake.kotoverkko', bytes);
    },
  },
  {
    name: 'a network file with a damaged table page (right header and migrations)',
    code: 'file_corrupt',
    make: async (dir) => {
      const { path } = put(dir, 'vaurio.kotoverkko', readFileSync(demo));
      const probe = await RawSqlite.open(path);
      const [actor] = await probe.all<{ rootpage: number }>("select rootpage from sqlite_master where name = 'actor'");
      await probe.close();
      const bytes = readFileSync(path);
      // the b-tree page's header: an impossible page type and cell count
      bytes.fill(0xee, (actor!.rootpage - 1) * pageSizeOf(bytes), (actor!.rootpage - 1) * pageSizeOf(bytes) + 12);
      writeFileSync(path, bytes);
      return { path };
    },
  },
  {
    name: 'a network file from which another tool dropped a table',
    code: 'file_corrupt',
    make: async (dir) => {
      const { path } = put(dir, 'pudonnut.kotoverkko', readFileSync(demo));
      await rawExec(path, 'pragma foreign_keys = off; drop table actor_name;');
      return { path };
    },
  },
  {
    name: 'another program’s SQLite database',
    code: 'file_foreign_database',
    make: async (dir) => {
      await rawExec(join(dir, 'muu.kotoverkko'), "create table note (id integer primary key, body text); insert into note (body) values ('hei');");
      return { path: join(dir, 'muu.kotoverkko') };
    },
  },
  {
    name: 'another Kysely app’s database',
    code: 'file_foreign_database',
    make: async (dir) => {
      await rawExec(
        join(dir, 'toinen.kotoverkko'),
        "create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null); insert into kysely_migration values ('0001-initial', '2025-01-01T00:00:00.000Z'); create table invoice (id integer primary key);",
      );
      return { path: join(dir, 'toinen.kotoverkko') };
    },
  },
  {
    name: 'our application id without migrations',
    code: 'file_foreign_database',
    make: async (dir) => {
      await rawExec(join(dir, 'outo.kotoverkko'), `pragma application_id = ${APPLICATION_ID}; create table actor (id text primary key);`);
      return { path: join(dir, 'outo.kotoverkko') };
    },
  },
  {
    name: 'a file from a newer version of the app',
    code: 'file_newer_version',
    params: () => ({ fileVersion: knownVersions + 1, appVersion: knownVersions }),
    make: async (dir) => {
      const { path } = put(dir, 'uudempi.kotoverkko', readFileSync(network));
      await rawExec(path, "insert into kysely_migration (name, timestamp) values ('9999-future', '2031-01-01T00:00:00.000Z');");
      return { path };
    },
  },
  { name: 'a file another program holds (exclusive lock)', code: 'file_locked', make: (dir) => heldByAnotherProgram(dir, 'lukittu.kotoverkko', 'begin exclusive') },
  {
    name: 'a file with another program’s write pending',
    code: 'file_locked',
    make: (dir) => heldByAnotherProgram(dir, 'kesken.kotoverkko', "begin immediate; insert into network_setting (key, value_json, updated_at) values ('muu', '1', 'x');"),
  },
  {
    name: 'a network file with another database’s hot journal beside it',
    code: 'file_foreign_journal',
    params: (path) => ({ journal: `${path}-journal` }),
    make: async (dir) => {
      const { path } = put(dir, 'vieras-loki.kotoverkko', readFileSync(demo));
      // Another database mid-save: its journal complete (synced, with the magic) and holding its header page.
      const foreign = join(tempDir(), 'muu.sqlite');
      await rawExec(foreign, `create table t (x blob); ${'insert into t values (randomblob(3000)); '.repeat(60)}`);
      const other = await RawSqlite.open(foreign);
      await other.exec('pragma cache_size = 5; begin; pragma user_version = 7; update t set x = randomblob(3000);');
      writeFileSync(`${path}-journal`, readFileSync(`${foreign}-journal`));
      await other.exec('rollback');
      await other.close();
      if (readFileSync(`${path}-journal`).subarray(0, 8).toString('hex') !== 'd9d505f920a163d7') throw new Error('the journal is not hot');
      return { path };
    },
  },
  {
    name: 'a .kotoverkko symlink to /dev/zero',
    code: 'file_not_network',
    unavailable: () => (process.platform === 'win32' ? 'no /dev/zero on Windows' : null),
    make: (dir) => {
      symlinkSync('/dev/zero', join(dir, 'nolla.kotoverkko'));
      return { path: join(dir, 'nolla.kotoverkko') };
    },
  },
  {
    name: 'a FIFO named .kotoverkko (a read would wait for ever)',
    code: 'file_not_network',
    unavailable: () => hasCommand('mkfifo'),
    make: (dir) => {
      const path = join(dir, 'putki.kotoverkko');
      const made = spawnSync('mkfifo', [path]);
      if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
      return { path };
    },
  },
];

const LOCALES: Locale[] = ['fi', 'sv', 'en'];
const PREFIX: Record<Locale, string> = { fi: 'Virhe', sv: 'Fel', en: 'Error' };
type Door = 'app' | 'browser host' | 'command line';
const DOORS: Door[] = ['app', 'browser host', 'command line'];

/** Every name in a folder and, for plain files, their hash (FIFOs and devices are not read). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const info = lstatSync(join(dir, name));
    out[name] = info.isFile() ? sha256(join(dir, name)) : info.isDirectory() ? `dir:${readdirSync(join(dir, name)).join(',')}` : `mode:${info.mode}`;
  }
  return out;
}

/** Asks one door to open the file; the one sentence it showed the user. */
async function refusalAt(door: Door, path: string, locale: Locale): Promise<{ code: string | null; line: string; output: string }> {
  if (door === 'app') {
    const { session } = await createTestSession({ locale });
    // a file the user opened before (a recent file) may be opened by path without a dialog
    await session.options.settings.rememberRecent(path, new Date());
    const error = await callError(session, 'files.open', { path });
    return { code: error.code, line: error.message, output: '' };
  }
  // the command line takes the language from --lang, the host from the user's environment
  const run =
    door === 'command line'
      ? await runDoor('cli', ['list', 'actors', '--db', path, '--lang', locale], { start })
      : await runDoor('host', ['--db', path], { start, env: doorEnv({ KOTOVERKKO_LANG: locale }) });
  return { code: String(run.code), line: run.stderr, output: run.stdout };
}

let refusals = 0;
describe.concurrent('a bad file is refused at every door, in the user’s language, and left as it was', () => {
  kinds.forEach((kind, index) => {
    const locale = LOCALES[index % LOCALES.length]!;
    for (const door of DOORS) {
      it(`${kind.name} → ${kind.code} at the ${door} (${locale})`, { timeout: 60_000 }, async ({ expect, skip }) => {
        const why = kind.unavailable?.();
        if (why) skip(why);
        const dir = tempDir();
        const made = await kind.make(dir);
        const before = snapshot(dir);
        const expected = errorMessage(kind.code, locale, { file: made.path, ...kind.params?.(made.path) });
        const release = await made.hold?.();
        let refusal;
        try {
          refusal = await refusalAt(door, made.path, locale);
        } finally {
          await release?.();
        }
        if (door === 'app') {
          expect(refusal.code).toBe(kind.code);
          expect(refusal.line).toBe(expected);
        } else {
          expect(refusal.code, refusal.line).toBe('1');
          expect(refusal.output).toBe('');
          // exactly one line, the same sentence as in the app, no stack trace
          expect(refusal.line).toBe(`${PREFIX[locale]}: ${expected.replace(/\s+/g, ' ')}\n`);
          expect(refusal.line).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
        }
        expect(refusal.line).toContain(made.path);
        expect(snapshot(dir), 'the file byte-for-byte as it was, nothing made or left beside it').toEqual(before);
        refusals += 1;
      });
    }
  });
});

describe('the table', () => {
  it('has at least 20 kinds, each with its own name', () => {
    const names = new Set(kinds.map((kind) => kind.name));
    if (names.size !== kinds.length || kinds.length < 20) throw new Error(`${kinds.length} kinds, ${names.size} names`);
  });

  afterAll(() => {
    // for docs/RELIABILITY.md: kinds × doors refused in this run
    console.info(`bad files: ${kinds.length} kinds × ${DOORS.length} doors, ${refusals} refusals checked`);
  });
});
