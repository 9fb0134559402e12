import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files.js';

/** `list processes` and `list matrices`: JSON arrays with at least `id` and `name` (a contract for users' scripts). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let home: string;
let demo: string;
beforeAll(async () => {
  home = tempDir();
  demo = join(tempDir(), 'demo.kotoverkko');
  const made = await runCli(home, ['demo', '--out', demo]);
  expect(made.stderr).toBe('');
});
afterAll(removeTempDirs);

describe.each([
  ['processes', 'Maahanmuuttaja-asiakkaan kotoutumisprosessi'],
  ['matrices', 'Maahanmuuttaja-asiakkaan kotoutumisprosessi'],
])('kotoverkko list %s --db', (kind, expectedNamePart) => {
  it('prints a JSON array whose elements have an id and a name, without changing the file', async () => {
    const before = sha256(demo);
    const result = await runCli(home, ['list', kind, '--db', demo]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as Array<{ id: unknown; name: unknown }>;
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.id).toMatch(UUID);
      expect(typeof item.name).toBe('string');
    }
    expect(items.map((item) => item.name).join('\n')).toContain(expectedNamePart);
    expect(sha256(demo)).toBe(before);
    expect(sideFiles(demo)).toEqual([]);
  });
});

it('names the kinds it knows when given an unknown one', async () => {
  const result = await runCli(home, ['list', 'prosessit', '--db', demo]);
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain('processes');
  expect(result.stderr).toContain('matrices');
});
