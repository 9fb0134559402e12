import { Resvg } from '@resvg/resvg-js';
import type { Page } from '@playwright/test';
import { errorMessage } from '../../src-main/i18n/error-messages';
import { openApp, seriousAxeViolations, useFinnish } from './app-page';
import { expect, test } from './support/host';

/** The organisation template of Word exports in Settings: typed, uploaded, saved, seen again after a reload. */

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
  <rect x="4" y="4" width="72" height="72" rx="14" fill="#1c5d99"/>
  <circle cx="40" cy="40" r="20" fill="#ffffff"/>
  <rect x="92" y="22" width="140" height="14" rx="4" fill="#1c5d99"/>
  <rect x="92" y="46" width="100" height="10" rx="4" fill="#639fab"/>
</svg>`;
const LOGO = Buffer.from(new Resvg(LOGO_SVG).render().asPng());
/** the first bytes of a JPEG (JFIF), as a photo saved with the wrong name would start */
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(300, 7), Buffer.from('ffd9', 'hex')]);

const section = (page: Page) => page.getByRole('region', { name: 'Asiakirjapohja' });

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await section(page).locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

/** The picture really shows: the browser decoded it (a CSP refusing data: images would leave it at 0 × 0). */
async function expectDecoded(page: Page, alt: string) {
  const image = section(page).getByRole('img', { name: alt });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(240);
}

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('the organisation template is filled in, its logo uploaded and saved, and it is there after a reload', async ({ page, host, request }) => {
  await openApp(page, host, '#/settings');
  const form = section(page);
  await expect(form.getByRole('heading', { level: 2, name: 'Asiakirjapohja' })).toBeVisible();
  await expect(form.getByText('Logoa ei ole valittu.')).toBeVisible();

  await form.getByLabel('Organisaation nimi').fill('Hämeenlinnan kaupunki');
  await form.getByLabel('Diaarinumero').fill('HML/77/2026');

  // A JPEG is refused at once, with the core's own sentence, and does not become the preview.
  await chooseFile(page, 'valokuva.png', 'image/png', JPEG);
  await expect(form.getByText(errorMessage('logo_not_png', 'fi'))).toBeVisible();
  await expect(form.getByRole('img')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('settings-page-refused-logo.png'), fullPage: true });

  await chooseFile(page, 'logo.png', 'image/png', LOGO);
  await expect(form.getByText(errorMessage('logo_not_png', 'fi'))).toHaveCount(0);
  await expectDecoded(page, 'Valittu logo, ei vielä tallennettu');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Asiakirjapohja tallennettu.')).toBeVisible();

  await page.reload();
  await expect(section(page).getByLabel('Organisaation nimi')).toHaveValue('Hämeenlinnan kaupunki');
  await expect(section(page).getByLabel('Diaarinumero')).toHaveValue('HML/77/2026');
  await expectDecoded(page, 'Asiakirjojen nykyinen logo');
  await section(page).screenshot({ path: test.info().outputPath('settings-template.png') });

  // What the page sent is the file's own bytes.
  const stored = await request.post(`${host.origin}/api/documentTemplate.get`, { headers: { Authorization: `Bearer ${host.token}` }, data: {} });
  expect((await stored.json()).result).toEqual({ organisationName: 'Hämeenlinnan kaupunki', caseNumber: 'HML/77/2026', logoPng: LOGO.toString('base64') });

  // Removing the logo waits for Save, says so, and keeps the keyboard in the logo's field.
  await section(page).getByRole('button', { name: 'Poista logo' }).click();
  await expect(section(page).getByText('Logo poistetaan, kun tallennat.')).toBeVisible();
  await expect(section(page).getByRole('button', { name: /Logo \(PNG, enintään 1 Mt\)/ })).toBeFocused();
  await section(page).getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Asiakirjapohja tallennettu.').first()).toBeVisible();
  await page.reload();
  await expect(section(page).getByText('Logoa ei ole valittu.')).toBeVisible();
  await expect(section(page).getByLabel('Organisaation nimi')).toHaveValue('Hämeenlinnan kaupunki');
});

test('a henkilötunnus in the organisation name is shown under the field and nothing is saved; Settings stays free of axe violations', async ({ page, host, request }) => {
  await openApp(page, host, '#/settings');
  const form = section(page);
  const before = await (await request.post(`${host.origin}/api/documentTemplate.get`, { headers: { Authorization: `Bearer ${host.token}` }, data: {} })).json();
  await form.getByLabel('Organisaation nimi').fill('Asiakas 131052-308T');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByText(errorMessage('personal_identity_code', 'fi'))).toBeVisible();
  await expect(form.getByLabel('Organisaation nimi')).toBeFocused();
  expect(await seriousAxeViolations(page)).toEqual([]);
  const after = await (await request.post(`${host.origin}/api/documentTemplate.get`, { headers: { Authorization: `Bearer ${host.token}` }, data: {} })).json();
  expect(after).toEqual(before);
});
