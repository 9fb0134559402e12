import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, runCli } from '../support/run-cli.js';
import { removeTempDirs, sha256, tempDir } from '../support/temp-files.js';
import { copyNetwork, createTempNetwork, openStore } from '../support/temp-network.js';

/**
 * `npm run cli -- export process …` as a script runs it: a real child process, its exit code,
 * stdout and stderr, and the file it writes (or does not).
 */

const UNKNOWN_ID = '019cf5a8-b400-7000-8000-000000000000';

let home: string;
let demo: string;
let processes: Array<{ id: string; name: string; svName: string }>;

const cli = (args: string[]) => runCli(home, args);

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
}

beforeAll(async () => {
  home = tempDir();
  demo = (await createTempNetwork({ demo: true })).file;
  const store = await openStore(demo);
  try {
    const rows = await store.db.selectFrom('process').select(['id', 'name_fi', 'name_sv']).where('archived_at', 'is', null).orderBy('sort_order').execute();
    processes = rows.map((row) => ({ id: row.id, name: row.name_fi!, svName: row.name_sv ?? row.name_fi! }));
  } finally {
    await store.close();
  }
});
afterAll(removeTempDirs);

describe('npm run cli -- export process', () => {
  it('writes one process’s document where --out says and prints its path', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const out = join(dir, 'prosessikuvaus.docx');
    const result = await cli(['export', 'process', '--db', copyNetwork(demo), '--process', processes[0]!.id, '--lang', 'fi', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    expect(readdirSync(dir)).toEqual(['prosessikuvaus.docx']);
    const xml = await documentXml(out);
    expect(xml).toContain(processes[0]!.name);
    expect(xml).not.toContain(processes[1]!.name);
  });

  it('writes every process into one document with --all, in the language asked for', { timeout: 120_000 }, async () => {
    const out = join(tempDir(), 'alla.docx');
    const result = await cli(['export', 'process', '--db', copyNetwork(demo), '--all', '--lang', 'sv', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const xml = await documentXml(out);
    for (const process of processes) expect(xml).toContain(process.svName);
    expect(xml).toContain('Processkort');
  });

  it('refuses an unknown process with one line in the user’s language and writes nothing', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const result = await cli(['export', 'process', '--db', copyNetwork(demo), '--process', UNKNOWN_ID, '--lang', 'fi', '--out', join(dir, 'x.docx')]);
    expectOneLineError(result);
    expect(result.stderr).toBe(`Virhe: Prosessia ${UNKNOWN_ID} ei löydy tästä verkostosta.\n`);
    expect(readdirSync(dir)).toEqual([]);
    const english = await cli(['export', 'process', '--db', copyNetwork(demo), '--process', UNKNOWN_ID, '--lang', 'en', '--out', join(dir, 'x.docx')]);
    expect(english.stderr).toBe(`Error: There is no process ${UNKNOWN_ID} in this network.\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never writes over a network file, even when --out names one', { timeout: 120_000 }, async () => {
    const network = copyNetwork(demo);
    const before = sha256(network);
    const result = await cli(['export', 'process', '--db', network, '--all', '--lang', 'fi', '--out', network]);
    expectOneLineError(result);
    expect(result.stderr).toContain('verkoston tietotiedosto');
    expect(sha256(network)).toBe(before);
    expect(readdirSync(resolve(network, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says how to use it when the choice of processes or the file is missing', { timeout: 60_000 }, async () => {
    const db = copyNetwork(demo);
    const out = join(tempDir(), 'x.docx');
    for (const args of [
      ['export', 'process', '--db', db, '--lang', 'fi', '--out', out],
      ['export', 'process', '--db', db, '--all', '--process', processes[0]!.id, '--lang', 'fi', '--out', out],
      ['export', 'process', '--db', db, '--all', '--lang', 'fi'],
      ['export', 'process', '--db', db, '--all', '--lang', 'de', '--out', out],
      ['export', 'matrix', '--db', db, '--all', '--out', out],
    ]) {
      const result = await cli(args);
      expectOneLineError(result);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--help');
    }
    const help = await cli(['--help']);
    expect(help.stdout).toContain('export process --db <file> (--process <id>');
  });
});
