import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../src-main/api/contract/meetings.js';
import { child, parseIcs, property } from '../domain/meetings/ics-parser.js';
import { all, paragraphs, readDocx, tableRows } from '../export/read-docx.js';
import { buildRealMeetings } from '../export/meeting-document/real-meeting.js';
import { expectOneLineError, runCli } from '../support/run-cli.js';
import { removeTempDirs, sha256, tempDir } from '../support/temp-files.js';
import { copyNetwork, createTempNetwork } from '../support/temp-network.js';
import { createTestSession } from '../support/test-session.js';

/**
 * `npm run cli -- list meetings` and `export agenda|minutes|ics` as a script runs them: a real
 * child process on a real file, its exit code, stdout and stderr, and the file it writes (or not).
 */

const UNKNOWN_ID = '019cf5a8-b400-7000-8000-000000000000';

let home: string;
let network: string;
let meeting: MeetingDetail;
let first: MeetingDetail;

const cli = (args: string[]) => runCli(home, args);

beforeAll(async () => {
  home = tempDir();
  network = (await createTempNetwork()).file;
  const { session } = await createTestSession({ open: network });
  try {
    ({ meeting, first } = await buildRealMeetings(session));
  } finally {
    await session.closeFile();
  }
}, 60_000);
afterAll(removeTempDirs);

describe('npm run cli -- list meetings', () => {
  it('prints a JSON array with id, title (= name), number, date as YYYY-MM-DD and status, without changing the file', async () => {
    const before = sha256(network);
    const result = await cli(['list', 'meetings', '--db', network]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(items.map((item) => item.id).sort()).toEqual([first.id, meeting.id].sort());
    const second = items.find((item) => item.id === meeting.id)!;
    expect(second).toMatchObject({ title: 'Kotoutumisverkoston kokous', name: 'Kotoutumisverkoston kokous', number: '2/2026', date: '2026-03-10', status: 'held' });
    for (const item of items) expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sha256(network)).toBe(before);
  });

  it('gives the titles in the language asked for', async () => {
    const items = JSON.parse((await cli(['list', 'meetings', '--db', network, '--lang', 'sv'])).stdout) as Array<{ title: string }>;
    expect(items[0]!.title).toBe('Integrationsnätverkets möte');
  });
});

describe('npm run cli -- export agenda|minutes|ics', () => {
  it('writes the agenda where --out says and prints its path', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const out = join(dir, 'esityslista.docx');
    const result = await cli(['export', 'agenda', '--db', copyNetwork(network), '--meeting', meeting.id, '--lang', 'en', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    expect(readdirSync(dir)).toEqual(['esityslista.docx']);
    const docx = await readDocx(readFileSync(out));
    expect(tableRows(all(docx.document, 'tbl')[0]!)[0]![1]).toBe('AGENDA 2/2026');
  });

  it('writes the record as "minutes" whatever the meeting keeps', { timeout: 120_000 }, async () => {
    const out = join(tempDir(), 'muistio.docx');
    // 1/2026 keeps a memo: `export minutes` still gives its record
    const result = await cli(['export', 'minutes', '--db', copyNetwork(network), '--meeting', first.id, '--lang', 'fi', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docx = await readDocx(readFileSync(out));
    expect(tableRows(all(docx.document, 'tbl')[0]!)[0]![1]).toBe('MUISTIO 1/2026');
    expect(paragraphs(docx.document).map((p) => p.text)).toContain('Sovitut tehtävät');
  });

  it('writes the .ics invitation', async () => {
    const out = join(tempDir(), 'kutsu.ics');
    const result = await cli(['export', 'ics', '--db', copyNetwork(network), '--meeting', meeting.id, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    const event = child(parseIcs(readFileSync(out, 'utf8')), 'VEVENT');
    expect(property(event, 'DTSTART').params.TZID).toBe('Europe/Helsinki');
    expect(property(event, 'UID').value).toBe(`${meeting.id}@kotoverkko.invalid`);
  });

  it('refuses an unknown --meeting with one line on stderr, a non-zero exit and no file', async () => {
    const dir = tempDir();
    for (const kind of ['agenda', 'minutes', 'ics']) {
      const result = await cli(['export', kind, '--db', network, '--meeting', UNKNOWN_ID, '--lang', 'fi', '--out', join(dir, `x.${kind === 'ics' ? 'ics' : 'docx'}`)]);
      expectOneLineError(result);
      expect(result.stderr).toBe(`Virhe: Kokousta ${UNKNOWN_ID} ei löydy tästä verkostosta.\n`);
    }
    const malformed = await cli(['export', 'agenda', '--db', network, '--meeting', 'not-an-id', '--lang', 'fi', '--out', join(dir, 'y.docx')]);
    expectOneLineError(malformed);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is a usage error (exit 2) without --meeting, and --help names the new commands', async () => {
    const result = await cli(['export', 'agenda', '--db', network, '--lang', 'fi', '--out', join(tempDir(), 'z.docx')]);
    expectOneLineError(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--meeting <id>');
    const help = await cli(['--help']);
    expect(help.stdout).toContain('list meetings --db <file>');
    expect(help.stdout).toContain('export agenda --db <file> --meeting <id> --lang fi|sv|en --out <file.docx>');
    expect(help.stdout).toContain('export minutes --db <file> --meeting <id>');
    expect(help.stdout).toContain('export ics --db <file> --meeting <id> --out <file.ics>');
  });
});
