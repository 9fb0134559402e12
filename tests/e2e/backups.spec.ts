import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { errorMessage } from '../../src-main/i18n/error-messages';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/** "Varmuuskopiot" in Settings: the backup taken when the host opened the network, restored from the page. */

const section = (page: Page) => page.getByRole('region', { name: 'Varmuuskopiot' });
const backupsTable = (page: Page) => section(page).getByRole('table', { name: 'Verkoston varmuuskopiot' });

async function api<T>(request: APIRequestContext, host: BrowserHost, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data,
  });
  const body = (await response.json()) as { ok: boolean; result: T };
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.result;
}

async function renameNetwork(request: APIRequestContext, host: BrowserHost, fi: string) {
  const info = await api<{ rowVersion: number; name: { fi: string; sv: string | null; en: string | null }; region: string | null }>(request, host, 'network.get', {});
  await api(request, host, 'network.update', { expectedVersion: info.rowVersion, name: { ...info.name, fi }, region: info.region });
}

/** The open network's own backup folder under the host's app home (named by the network's id). */
function networkBackupFolder(host: BrowserHost): string {
  const root = join(host.folder, 'home', 'backups');
  const [folder] = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return join(root, folder!.name);
}

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('a backup is restored from the Settings page: the change made since is gone and a pre-restore copy is listed', async ({ page, host, request }) => {
  const original = (await api<{ name: { fi: string } }>(request, host, 'network.get', {})).name.fi;
  await renameNetwork(request, host, 'Nimi ennen palautusta');

  await openApp(page, host, '#/settings');
  await expect(page.getByText('Nimi ennen palautusta').first()).toBeVisible();
  const table = backupsTable(page);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('cell', { name: 'Päivittäinen', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Viikoittainen', exact: true })).toBeVisible();
  await section(page).scrollIntoViewIfNeeded();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await table.getByRole('row').filter({ hasText: 'Päivittäinen' }).getByRole('button', { name: /^Palauta varmuuskopio/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
  await expect(dialog.getByText(/Nykyisestä verkostosta otetaan ensin kopio/)).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('backups-restore-confirm.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Palauta varmuuskopio' }).click();

  await expect(page.getByText(/palautettu\. Aiempi tila on tallessa/)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(original).first()).toBeVisible();
  await expect(page.getByText('Nimi ennen palautusta')).toHaveCount(0);
  expect((await api<{ name: { fi: string } }>(request, host, 'network.get', {})).name.fi).toBe(original);
  await waitUntilLoaded(page);
  await expect(table.getByRole('cell', { name: 'Ennen palautusta', exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('backups-restored.png'), fullPage: true });

  // Restoring the pre-restore copy undoes the restore.
  await table.getByRole('row').filter({ hasText: 'Ennen palautusta' }).getByRole('button', { name: /^Palauta varmuuskopio/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Palauta varmuuskopio' }).click();
  await expect(page.getByText('Nimi ennen palautusta').first()).toBeVisible();
});

test('a file that is not a network, lying among the backups, is refused in the dialog and the network stays as it is', async ({ page, host, request }) => {
  const name = 'demo.daily.2026-01-05T08-00-00-000Z.kotoverkko';
  writeFileSync(join(networkBackupFolder(host), name), 'tämä ei ole tietokanta');
  await renameNetwork(request, host, 'Nimi joka jää');

  await openApp(page, host, '#/settings');
  const row = backupsTable(page).getByRole('row').filter({ hasText: '5.1.2026' });
  await row.getByRole('button', { name: /^Palauta varmuuskopio/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Palautetaanko varmuuskopio?' });
  await dialog.getByRole('button', { name: 'Palauta varmuuskopio' }).click();
  await expect(dialog.getByRole('alert')).toContainText(errorMessage('backup_not_network', 'fi', { name }));
  expect(await seriousAxeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  expect((await api<{ name: { fi: string } }>(request, host, 'network.get', {})).name.fi).toBe('Nimi joka jää');
});
