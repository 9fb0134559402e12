import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { lockFilePath } from '../../src-main/db/network-file-lock';
import { doorEnv, type HostProcess, startHostProcess } from '../support/door-process';
import { freshDemoFile } from './support/host';
import { waitUntilLoaded } from './app-page';

/**
 * Issue 7: a network another app instance edits (its owner file beside the network, refreshed a
 * moment ago from another computer) opens read-only, and the banner names who has it.
 */

let host: HostProcess;
let folder: string;
let file: string;
let home: string;
let ownerFile: string;

test.beforeAll(async () => {
  ({ folder, file } = await freshDemoFile());
  home = mkdtempSync(join(tmpdir(), 'kotoverkko-e2e-home-'));
  const now = new Date().toISOString();
  ownerFile = JSON.stringify({ app: 'Kotoverkko', userName: 'Aino Virtanen', hostName: 'KOORDINAATTORI-PC', pid: 4242, startedAt: now, refreshedAt: now, token: 'toinen' });
  writeFileSync(lockFilePath(file), ownerFile);
  host = await startHostProcess(['--db', file], { env: doorEnv({ KOTOVERKKO_HOME: home, NO_COLOR: '1' }) });
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(folder, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

test('another computer edits the network: the banner names who, new items cannot be started, the owner file is left alone', async ({ page }) => {
  await page.goto(`${host.url}#/actors`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilLoaded(page);

  await expect(page.getByText('Aino Virtanen (koneella KOORDINAATTORI-PC) muokkaa tätä verkostoa; avattu vain luku -tilassa.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uusi toimija' })).toBeDisabled();
  expect(readFileSync(lockFilePath(file), 'utf8')).toBe(ownerFile);
});
