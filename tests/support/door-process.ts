import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './temp-files.js';

/** The command line and the browser host as a user starts them: real child processes. */

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface DoorRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type ProcessDoor = 'cli' | 'host';

const ENTRY: Record<ProcessDoor, string[]> = {
  // `npm run cli` and `npm run serve` without npm's own start (tsx is what both scripts run)
  cli: [join('src-main', 'cli', 'main.ts')],
  host: [join('src-main', 'host', 'main.ts'), '--no-build'],
};

/** How a door's process is started: its own sources through tsx, or a bundle of them. */
export type DoorStart = Record<ProcessDoor, string[]>;

const TSX_START: DoorStart = {
  cli: ['--import', 'tsx', ...ENTRY.cli],
  host: ['--import', 'tsx', ...ENTRY.host],
};

/**
 * Both doors bundled once with esbuild (as the crash-safety test bundles its writer): the same
 * code, but a plain `node` start costs about a third of compiling TypeScript on every start, which
 * matters for tests that start dozens of them. The host's bundle serves no pages (its static root
 * is found relative to the sources), so tests of the page use `TSX_START`.
 */
export async function bundleDoors(): Promise<DoorStart> {
  const folder = join(PROJECT_ROOT, 'node_modules', '.cache', 'kotoverkko-doors');
  const out: Partial<DoorStart> = {};
  for (const door of ['cli', 'host'] as const) {
    const outfile = join(folder, `${door}.mjs`);
    await build({ entryPoints: [join(PROJECT_ROOT, ENTRY[door][0]!)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
    out[door] = [outfile, ...ENTRY[door].slice(1)];
  }
  return out as DoorStart;
}

/** The environment of a user with their own empty app home and the given language. */
export function doorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KOTOVERKKO_HOME: tempDir(), KOTOVERKKO_LANG: 'fi', ...extra };
  delete env.LC_ALL;
  return env;
}

/** Runs a door until it exits (a refusal) and collects what it said. */
export function runDoor(door: ProcessDoor, args: string[], options: { env?: NodeJS.ProcessEnv; start?: DoorStart; timeoutMs?: number } = {}): Promise<DoorRun> {
  const { env = doorEnv(), start = TSX_START, timeoutMs = 45_000 } = options;
  return new Promise((done) => {
    execFile(process.execPath, [...start[door], ...args], { cwd: PROJECT_ROOT, env, timeout: timeoutMs }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

export interface HostProcess {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  /** calls a contract method as the page does */
  call(method: string, input?: unknown): Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }>;
  stop(): Promise<number | null>;
}

/**
 * Starts `npm run serve -- --db <file>` and waits for its one ready line; rejects with what it
 * printed when it exits instead. `uid`/`gid` run it as another (unprivileged) user.
 */
export function startHostProcess(args: string[], options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number; start?: DoorStart } = {}): Promise<HostProcess> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [...(options.start ?? TSX_START).host, ...args], {
      cwd: PROJECT_ROOT,
      env: options.env ?? doorEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((settle) => child.once('exit', (code) => settle(code)));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /Kotoverkko: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(stdout);
      if (!match) return;
      clearTimeout(guard);
      const [, origin, token] = match as unknown as [string, string, string];
      ready({
        child,
        url: `${origin}/?token=${token}`,
        origin,
        token,
        call: async (method, input = {}) => {
          const response = await fetch(`${origin}/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(input),
          });
          return (await response.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } };
        },
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(guard);
      fail(new Error(`the host exited (${code}) before it was ready: ${stderr.trim() || stdout.trim()}`));
    });
  });
}
