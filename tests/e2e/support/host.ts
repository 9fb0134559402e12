import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { createNetworkFile } from '../../../src-main/db/create-network-file';
import { populateDemoNetwork } from '../../../src-main/domain/demo/demo-network';

export interface BrowserHost {
  /** the URL the host printed, token included */
  url: string;
  origin: string;
  token: string;
  /** the network file the host serves */
  file: string;
  folder: string;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const READY_LINE = /^Kotoverkko: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/m;

/** Starts the real browser host (`npm run serve` without the build step) on a file. */
export async function startBrowserHost(options: { file?: string; folder: string; args?: string[] }): Promise<{ host: BrowserHost; stop: () => Promise<void> }> {
  const args = ['--import', 'tsx', join(PROJECT_ROOT, 'src-main/host/main.ts'), '--no-build', ...(options.file ? ['--db', options.file] : []), '--workspace', options.folder, ...(options.args ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, KOTOVERKKO_HOME: join(options.folder, 'home'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const host = await new Promise<BrowserHost>((resolveHost, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${errors}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveHost({ url: match[1]!, origin: `http://127.0.0.1:${match[2]}`, token: match[3]!, file: options.file ?? '', folder: options.folder });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}: ${errors}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
    });
  return { host, stop };
}

/** A fresh demo network file in a fresh folder. */
export async function freshDemoFile(): Promise<{ folder: string; file: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'kotoverkko-e2e-'));
  const file = join(folder, 'demo.kotoverkko');
  await createNetworkFile(file, { overwrite: false, initialize: (db) => populateDemoNetwork(db, new Date()) });
  return { folder, file };
}

/** `test` with a `host` fixture: every test file gets its own host on its own fresh demo file. */
export const test = base.extend<object, { host: BrowserHost }>({
  host: [
    async ({}, use) => {
      const { folder, file } = await freshDemoFile();
      const { host, stop } = await startBrowserHost({ file, folder });
      await use(host);
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
