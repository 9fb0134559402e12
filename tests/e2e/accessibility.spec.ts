import { rmSync } from 'node:fs';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, freshDemoFile, startBrowserHost, test } from './support/host';

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('the start screen has no serious or critical axe violations', async ({ page }) => {
  // A host with no network open shows the start screen, listing the files in its folder.
  const { folder } = await freshDemoFile();
  const { host, stop } = await startBrowserHost({ folder });
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Kotoverkkoon' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Avaa demo.kotoverkko' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Luo uusi verkosto…' }).click();
    await expect(page.getByRole('dialog', { name: 'Uusi verkosto' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

const screens: Array<{ name: string; hash: string; heading: string | RegExp }> = [
  { name: 'home', hash: '#/', heading: /Kanta-Hämeen/ },
  { name: 'actor list', hash: '#/actors', heading: 'Toimijat' },
  { name: 'settings', hash: '#/settings', heading: 'Asetukset' },
  { name: 'process map', hash: '#/processes', heading: 'Prosessikartta' },
  { name: 'responsibility matrices', hash: '#/matrices', heading: 'Vastuumatriisit' },
  { name: 'meetings', hash: '#/meetings', heading: 'Kokoukset' },
  { name: 'preparedness', hash: '#/preparedness', heading: 'Varautuminen' },
  { name: 'pilots', hash: '#/pilots', heading: 'Pilotit' },
];

for (const screen of screens) {
  test(`${screen.name} has no serious or critical axe violations`, async ({ page, host }) => {
    await openApp(page, host, screen.hash);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('actor detail and its forms have no serious or critical axe violations', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Hämeen ELY-keskus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hämeen ELY-keskus' })).toBeVisible();
  await waitUntilLoaded(page);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Muokkaa toimijaa' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await page.getByRole('button', { name: 'Lisää edustaja' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi edustaja' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await page.getByRole('button', { name: 'Lisää seuraaja(t)' }).click();
  await expect(page.getByRole('dialog', { name: 'Lisää seuraaja(t)' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await page.getByRole('button', { name: 'Uusi nimi alkaen…' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi nimi' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the new actor form, with its errors showing, has no serious or critical axe violations', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('button', { name: 'Uusi toimija' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi toimija' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Anna nimi ainakin yhdellä kielellä.').last()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('every screen can be reached from the keyboard, starting with the skip link', async ({ page, host }) => {
  await openApp(page, host, '#/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const navigation = page.getByRole('navigation', { name: 'Päävalikko' });
  await navigation.getByRole('link', { name: 'Toimijat' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimijat' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Toimijat' })).toHaveAttribute('aria-current', 'page');
});

test('notifications (an undo offer) have no serious or critical axe violations', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Jokioisten kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jokioisten kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Arkistoi', exact: true }).click();
  const undo = page.getByRole('button', { name: 'Peru', exact: true });
  await expect(undo).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await undo.click();
  await expect(page.getByRole('button', { name: 'Arkistoi', exact: true })).toBeVisible();
});
