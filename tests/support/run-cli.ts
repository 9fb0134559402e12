import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The command line as a user runs it: a real child process, its exit code, stdout and stderr. */

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- <args>` with its own home folder, in Finnish; LC_ALL is dropped so the machine's locale cannot leak in. */
export function runCli(home: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, KOTOVERKKO_HOME: home, KOTOVERKKO_LANG: 'fi', ...env };
    delete childEnv.LC_ALL;
    execFile(process.execPath, ['--import', 'tsx', join('src-main', 'cli', 'main.ts'), ...args], { cwd: PROJECT_ROOT, env: childEnv, timeout: 90_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** A refusal as a script sees it: a non-zero exit, nothing on stdout, and one plain line on stderr (no stack, no class names). */
export function expectOneLineError(result: CliResult): void {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+|AppError|TypeError|UsageError/);
}
