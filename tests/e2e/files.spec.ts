import { rmSync } from 'node:fs';
import { waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, freshDemoFile, startBrowserHost, test as base } from './support/host';

// These tests open and close files, so each gets a host of its own that starts on the start screen.
const test = base.extend<{ startHost: BrowserHost }>({
  startHost: [
    async ({}, use) => {
      const { folder } = await freshDemoFile();
      const { host, stop } = await startBrowserHost({ folder });
      await use(host);
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
});

test('open a file from the list, close it, explore the demo, and create a new network', async ({ page, startHost }) => {
  await page.goto(startHost.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Kotoverkkoon' })).toBeVisible();

  await page.getByRole('button', { name: 'Avaa tiedosto…' }).click();
  await page.getByRole('dialog', { name: 'Avaa verkosto' }).getByRole('button', { name: 'Avaa demo.kotoverkko' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kanta-Hämeen/ })).toBeVisible();
  await expect(page.getByText('Esimerkkiverkosto – kaikki tiedot ovat kuvitteellisia')).toBeVisible();

  await page.getByRole('button', { name: 'Tiedosto' }).click();
  await page.getByRole('menuitem', { name: 'Sulje verkosto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Kotoverkkoon' })).toBeVisible();

  await page.getByRole('button', { name: 'Avaa esimerkkiverkosto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kanta-Hämeen/ })).toBeVisible();
  await expect(page.getByText('Esimerkkiverkosto – kaikki tiedot ovat kuvitteellisia')).toBeVisible();

  await page.getByRole('button', { name: 'Tiedosto' }).click();
  await page.getByRole('menuitem', { name: 'Uusi verkosto…' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi verkosto' });
  await form.getByRole('button', { name: 'Luo verkosto' }).click();
  await expect(form.getByText('Anna nimi ainakin yhdellä kielellä.').last()).toBeVisible();
  await form.getByLabel('Verkoston nimi suomeksi').fill('Testilän kotoutumisverkosto');
  await form.getByLabel('Alue').fill('Testimaa');
  await form.getByRole('button', { name: 'Luo verkosto' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Testilän kotoutumisverkosto' })).toBeVisible();
  await expect(page.getByText('Alue: Testimaa')).toBeVisible();
  await expect(page.getByText('Esimerkkiverkosto – kaikki tiedot ovat kuvitteellisia')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Toimijat' }).click();
  await waitUntilLoaded(page);
  await expect(page.getByText('Verkostoon ei ole vielä kirjattu toimijoita.')).toBeVisible();
});

test('save a copy, and rename the network in the settings', async ({ page, startHost }) => {
  await page.goto(startHost.url);
  await page.getByRole('button', { name: 'Avaa esimerkkiverkosto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kanta-Hämeen/ })).toBeVisible();

  await page.getByRole('button', { name: 'Tiedosto' }).click();
  await page.getByRole('menuitem', { name: 'Tallenna kopio nimellä…' }).click();
  await expect(page.getByText(/^Kopio tallennettu: .*\.kotoverkko$/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asetukset' }).click();
  await waitUntilLoaded(page);
  await page.getByLabel('Nimesi').fill('Testi Käyttäjä');
  await page.getByRole('region', { name: 'Omat asetukset' }).getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();

  const network = page.getByRole('region', { name: 'Verkoston tiedot' });
  await network.getByLabel('Verkoston nimi suomeksi').fill('Kanta-Hämeen verkosto (muutettu)');
  await network.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Verkoston tiedot tallennettu.')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Kanta-Hämeen verkosto (muutettu)')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Nimesi')).toHaveValue('Testi Käyttäjä');
});
