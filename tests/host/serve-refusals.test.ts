import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, sha256, tempDir } from '../support/temp-files.js';

/** `npm run serve -- --db <file>` on a file it must refuse: one line, a non-zero exit, the file as it was. */

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
afterAll(removeTempDirs);

function serve(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, KOTOVERKKO_HOME: tempDir(), KOTOVERKKO_LANG: 'fi' };
    delete env.LC_ALL;
    execFile(process.execPath, ['--import', 'tsx', join('src-main', 'host', 'main.ts'), '--no-build', ...args], { cwd: PROJECT_ROOT, env, timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('the browser host refuses a file it cannot open', () => {
  const cases: Array<[string, Buffer | string]> = [
    ['empty', ''],
    ['text', 'Kokousmuistio 3/2026\n'],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))],
    ['a .docx renamed', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 1)])],
  ];
  it.each(cases)('%s: exits non-zero with one clear line, prints no URL, and leaves the file untouched', async (_kind, content) => {
    const folder = tempDir();
    const file = join(folder, 'verkosto.kotoverkko');
    writeFileSync(file, content);
    const hash = sha256(file);
    const result = await serve(['--db', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Virhe: .*verkosto\.kotoverkko/);
    expect(sha256(file)).toBe(hash);
    expect(readdirSync(folder)).toEqual(['verkosto.kotoverkko']);
  });

  it('a missing file is not created', async () => {
    const folder = tempDir();
    const result = await serve(['--db', join(folder, 'puuttuu.kotoverkko')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Virhe: Tiedostoa ei löydy/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
