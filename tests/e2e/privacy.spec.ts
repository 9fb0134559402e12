import type { APIRequestContext } from '@playwright/test';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';
import type { BrowserHost } from './support/host';

/** Privacy through the UI: a former representative's personal data erased for good; the privacy notice offered in Settings. */
async function api(request: APIRequestContext, host: BrowserHost, method: string, data: object) {
  const response = await request.post(`${host.origin}/api/${method}`, { headers: { Authorization: `Bearer ${host.token}` }, data });
  const body = await response.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
  return body.result;
}

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('erases a former representative through the actor page, after a confirmation that says it is for good', async ({ page, host, request }) => {
  const actors = await api(request, host, 'actors.list', {});
  const actor = actors[0];
  await api(request, host, 'representatives.create', {
    actorId: actor.id,
    name: 'Lähtenyt Edustaja',
    title: 'Projektikoordinaattori',
    email: 'lahtenyt.edustaja@esimerkki.example',
    phone: '+358 40 111 2233',
    networkRole: 'member',
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
  });

  await api(request, host, 'representatives.create', { actorId: actor.id, name: 'Nykyinen Jäsen', networkRole: 'member', validFrom: '2024-01-01' });
  await openApp(page, host, `#/actors/${actor.id}`);
  await waitUntilLoaded(page);
  const representatives = page.getByRole('region', { name: 'Edustajat' });
  const row = representatives.getByRole('row', { name: /Lähtenyt Edustaja/ });
  await expect(representatives.getByRole('row', { name: /Nykyinen Jäsen/ })).toBeVisible();
  await expect(representatives.getByRole('row', { name: /Nykyinen Jäsen/ }).getByRole('button', { name: /Poista henkilötiedot/ })).toHaveCount(0);
  await row.getByRole('button', { name: 'Poista henkilötiedot: Lähtenyt Edustaja' }).click();
  const dialog = page.getByRole('dialog', { name: 'Poista entisen edustajan henkilötiedot' });
  await expect(dialog).toContainText('nimi, tehtävänimike, sähköpostiosoite ja puhelinnumero');
  await expect(dialog).toContainText('Poistoa ei voi perua');
  const confirm = dialog.getByRole('button', { name: 'Poista pysyvästi' });
  await expect(confirm).toBeDisabled();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await dialog.getByLabel('Ymmärrän, että henkilötiedot poistetaan pysyvästi').check();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Henkilötiedot on poistettu.')).toBeVisible();
  await expect(representatives.getByText('Lähtenyt Edustaja')).toHaveCount(0);
  await expect(representatives.getByText('lahtenyt.edustaja@esimerkki.example')).toHaveCount(0);
  await expect(representatives.getByRole('rowheader', { name: /^Entinen edustaja \(/ })).toBeVisible();
});

test('Settings offers the privacy notice as a Word file', async ({ page, host }) => {
  await openApp(page, host, '#/settings');
  await waitUntilLoaded(page);
  const section = page.getByRole('region', { name: 'Tietosuoja' });
  await expect(section.getByRole('button', { name: 'Tietosuojaseloste (Word)' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Tietosuojaseloste (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^tietosuojaseloste-.*\.docx$/);
});
