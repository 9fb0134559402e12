import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { doorEnv, type HostProcess, startHostProcess } from '../support/door-process';
import { freshDemoFile } from './support/host';
import { waitUntilLoaded } from './app-page';

/**
 * Issue 7: a network file the user may only read opens read-only in the browser host too, with a
 * clear banner, and a save is refused with the read-only message. Root may write any file, so as
 * root the host runs as the unprivileged `nobody` (uid 65534).
 */

const asUser: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let host: HostProcess;
let folder: string;
let file: string;
let home: string;
let hashBefore: string;

test.beforeAll(async () => {
  ({ folder, file } = await freshDemoFile());
  home = mkdtempSync(join(tmpdir(), 'kotoverkko-e2e-home-'));
  if (asUser.uid !== undefined) {
    chownSync(home, asUser.uid, asUser.gid!);
    chownSync(file, asUser.uid, asUser.gid!);
  }
  chmodSync(folder, 0o755);
  chmodSync(file, 0o444);
  hashBefore = hash(file);
  host = await startHostProcess(['--db', file, '--workspace', home], { env: doorEnv({ KOTOVERKKO_HOME: home, NO_COLOR: '1' }), ...asUser });
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(folder, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

test('a chmod 0444 file: the banner says read-only, new items cannot be started, and a save is refused with the read-only message', async ({ page }) => {
  await page.goto(`${host.url}#/actors`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilLoaded(page);

  await expect(page.getByText('Tiedosto on avattu vain luku -tilassa: voit katsella tietoja, mutta muutoksia ei voi tallentaa.')).toBeVisible();
  // the data is there to read
  await expect(page.getByText('Kanta-Hämeen hyvinvointialue').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uusi toimija' })).toBeDisabled();

  // A save the page sends anyway (an old tab, a script) goes through the same door and is refused.
  const answer = await page.evaluate(async () => {
    const token = sessionStorage.getItem('kotoverkko.token');
    const response = await fetch('/api/actors.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: { fi: 'Uusi toimija' }, type: 'ngo', isPublicAuthority: false }),
    });
    return response.json() as Promise<{ ok: boolean; error?: { code: string; message: string } }>;
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'read_only', message: 'Tiedosto on avattu vain luku -tilassa; muutoksia ei voi tallentaa.' } });
  expect(hash(file)).toBe(hashBefore);
});
