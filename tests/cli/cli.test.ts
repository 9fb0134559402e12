import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNetworkInfo } from '../../src-main/domain/network/network-info.js';
import { compareFinnish } from '../../src-main/domain/shared/finnish-text.js';
import { KANTA_HAME_MUNICIPALITIES } from '../support/kanta-hame.js';
import { rawExec } from '../support/raw-sqlite.js';
import { expectOneLineError, runCli, type CliResult } from '../support/run-cli.js';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files.js';
import { openStore } from '../support/temp-network.js';

/** The command line as a user runs it: a real child process, its exit code, stdout and stderr. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let home: string;

const cli = (args: string[], env: Record<string, string> = {}) => runCli(home, args, env);

let demo: string;
let demoRun: CliResult;
beforeAll(async () => {
  home = tempDir();
  demo = join(tempDir(), 'Kanta-Häme esimerkki.kotoverkko');
  demoRun = await cli(['demo', '--out', demo]);
});
afterAll(removeTempDirs);

describe('kotoverkko demo --out', () => {
  it('creates the demo network in a new file and prints its path', async () => {
    expect(demoRun.stderr).toBe('');
    expect(demoRun.code).toBe(0);
    expect(demoRun.stdout).toBe(`${demo}\n`);
    const store = await openStore(demo);
    try {
      const info = await readNetworkInfo(store.db);
      expect(info.isDemo).toBe(true);
      expect((await store.db.selectFrom('actor').select('id').execute()).length).toBeGreaterThan(11);
    } finally {
      await store.close();
    }
    expect(sideFiles(demo)).toEqual([]);
    expect(readdirSync(resolve(demo, '..'))).toEqual(['Kanta-Häme esimerkki.kotoverkko']);
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const file = join(tempDir(), 'olemassa.kotoverkko');
    writeFileSync(file, 'tärkeä muistio, ei verkostotiedosto');
    const before = sha256(file);
    const result = await cli(['demo', '--out', file]);
    expectOneLineError(result);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/^Virhe: .*on jo olemassa/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(resolve(file, '..'))).toEqual(['olemassa.kotoverkko']);
  });

  it('refuses a folder that does not exist', async () => {
    const file = join(tempDir(), 'ei-ole', 'uusi.kotoverkko');
    const result = await cli(['demo', '--out', file]);
    expectOneLineError(result);
    expect(result.stderr).toContain(resolve(file, '..'));
  });
});

describe('kotoverkko list actors --db', () => {
  let actors: Array<Record<string, unknown>>;
  let listRun: CliResult;
  let hashBefore: string;
  beforeAll(async () => {
    hashBefore = sha256(demo);
    listRun = await cli(['list', 'actors', '--db', demo]);
    actors = listRun.code === 0 ? (JSON.parse(listRun.stdout) as Array<Record<string, unknown>>) : [];
  });

  it('prints a JSON array of actors, each with an id and a name', () => {
    expect(listRun.stderr).toBe('');
    expect(listRun.code).toBe(0);
    expect(Array.isArray(actors)).toBe(true);
    expect(actors.length).toBeGreaterThan(20);
    for (const actor of actors) {
      expect(actor.id).toMatch(UUID);
      expect(typeof actor.name).toBe('string');
      expect((actor.name as string).length).toBeGreaterThan(0);
    }
  });

  it('includes the demo’s real organisations and all 11 municipalities of Kanta-Häme', () => {
    const names = actors.map((actor) => actor.name);
    expect(names).toEqual(expect.arrayContaining(['Sisä-Suomen elinvoimakeskus', 'Etelä-Hämeen työllisyysalue', 'Kanta-Hämeen hyvinvointialue', 'Kela']));
    const municipalities = actors.filter((actor) => actor.type === 'municipality');
    expect(municipalities.map((actor) => actor.shortName as string).sort(compareFinnish)).toEqual(KANTA_HAME_MUNICIPALITIES);
  });

  it('lists them in Finnish alphabetical order', () => {
    const names = actors.map((actor) => actor.name as string);
    expect(names).toEqual([...names].sort(compareFinnish));
  });

  it('reads without changing the file, leaving no side files and nothing in the app home', () => {
    expect(sha256(demo)).toBe(hashBefore);
    expect(sideFiles(demo)).toEqual([]);
    expect(readdirSync(home)).toEqual([]);
  });

  it('speaks the language of --lang', async () => {
    const result = await cli(['list', 'actors', '--db', demo, '--lang', 'sv']);
    const names = (JSON.parse(result.stdout) as Array<{ name: string }>).map((actor) => actor.name);
    expect(names).toContain('FPA');
    expect(names).toContain('Tavastehus stad');
  });
});

describe.concurrent('kotoverkko list actors --db <a file it cannot open>', () => {
  const badFiles: Array<{ name: string; make: (dir: string) => Promise<string> | string; message: RegExp }> = [
    { name: 'a missing file', make: (dir) => join(dir, 'puuttuu.kotoverkko'), message: /Tiedostoa ei löydy/ },
    {
      name: 'a text file',
      make: (dir) => {
        writeFileSync(join(dir, 'teksti.kotoverkko'), 'Tämä on muistio.\n');
        return join(dir, 'teksti.kotoverkko');
      },
      message: /ei ole Kotoverkon verkostotiedosto/,
    },
    {
      name: 'another program’s database',
      make: async (dir) => {
        await rawExec(join(dir, 'muu.sqlite'), 'create table t (x); insert into t values (1);');
        return join(dir, 'muu.sqlite');
      },
      message: /jonkin muun ohjelman tietokanta/,
    },
    {
      name: 'a folder',
      make: (dir) => {
        mkdirSync(join(dir, 'kansio'));
        return join(dir, 'kansio');
      },
      message: /Polku on kansio/,
    },
  ];

  for (const bad of badFiles) {
    it(`exits non-zero with exactly one line on stderr for ${bad.name}, and leaves it as it was`, async ({ expect }) => {
      const dir = tempDir();
      const file = await bad.make(dir);
      const listing = readdirSync(dir);
      const hash = listing.includes('teksti.kotoverkko') || listing.includes('muu.sqlite') ? sha256(file) : null;
      const result = await cli(['list', 'actors', '--db', file]);
      expect(result.code).toBe(1);
      expectOneLineError(result);
      expect(result.stderr).toMatch(/^Virhe: /);
      expect(result.stderr).toMatch(bad.message);
      expect(result.stderr).toContain(file);
      if (hash) expect(sha256(file)).toBe(hash);
      expect(sideFiles(file)).toEqual([]);
      expect(readdirSync(dir)).toEqual(listing);
    });
  }
});

describe('kotoverkko list actors --db <a network file whose tables were damaged by another tool>', () => {
  let result: CliResult;
  let file: string;
  let hash: string;
  beforeAll(async () => {
    file = join(tempDir(), 'vaurioitunut.kotoverkko');
    writeFileSync(file, readFileSync(demo));
    // passes every check made when opening (header, application_id, migrations), fails on the first read
    await rawExec(file, 'pragma foreign_keys = off; drop table actor_name;');
    hash = sha256(file);
    result = await cli(['list', 'actors', '--db', file]);
  });

  it('exits 1 with the error’s message once, and leaves the file as it was', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const last = result.stderr.trimEnd().split('\n').at(-1)!;
    // the open finds the missing table (src-main/db/expected-schema.ts): "damaged", not an unexpected error
    expect(last).toMatch(/^Virhe: Tiedosto on vioittunut eikä sitä voi avata: .*vaurioitunut\.kotoverkko\./);
    expect(last.match(/vioittunut/g)).toHaveLength(1);
    expect(sha256(file)).toBe(hash);
    expect(sideFiles(file)).toEqual([]);
  });

  // The details go to the command line's log file, never to the one line on stderr.
  it('prints exactly one line on stderr and no diagnostics', () => {
    expectOneLineError(result);
  });
});

describe('usage', () => {
  it('--help lists the commands and options on stdout', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\s+demo --out <file>/m);
    expect(result.stdout).toMatch(/^\s+list actors --db <file>/m);
    expect(result.stdout).toMatch(/^\s+--help/m);
    expect(result.stdout).toMatch(/--lang fi\|sv\|en/);
  });

  it('an unknown command or option is a usage error (exit 2) pointing at --help', async () => {
    for (const args of [['poista', 'kaikki'], ['list', 'actors', '--db'], ['list', 'actors', '--databse', 'x'], ['list', 'kokoukset', '--db', demo]]) {
      const result = await cli(args);
      expectOneLineError(result);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('--help');
    }
  });

  it('answers in English with --lang en', async () => {
    const result = await cli(['list', 'actors', '--db', join(tempDir(), 'missing.kotoverkko'), '--lang', 'en']);
    expectOneLineError(result);
    expect(result.stderr).toMatch(/^Error: File not found: /);
  });
});
