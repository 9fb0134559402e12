import { openApp, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('an actor and its representative created through the UI are still there after a reload', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('button', { name: 'Uusi toimija' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi toimija' });
  await form.getByLabel('Nimi suomeksi').fill('Testikylän kotoutumisyhdistys ry');
  await form.getByLabel('Nimi ruotsiksi').fill('Testby integrationsförening rf');
  await form.getByLabel('Toimijatyyppi').selectOption({ label: 'Järjestö' });
  await form.getByLabel('Y-tunnus').fill('1234567-1');
  await form.getByLabel('Kunta', { exact: true }).fill('Hämeenlinna');
  await form.getByRole('button', { name: 'Tallenna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Testikylän kotoutumisyhdistys ry' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Lisää edustaja' }).click();
  const representativeForm = page.getByRole('dialog', { name: 'Uusi edustaja' });
  await representativeForm.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Tuuli Testinen');
  await representativeForm.getByLabel('Tehtävänimike').fill('Toiminnanjohtaja');
  await representativeForm.getByLabel('Sähköposti').fill('tuuli.testinen@esimerkki.example');
  await representativeForm.getByLabel('Rooli verkostossa').selectOption({ label: 'Asiantuntija' });
  await representativeForm.getByRole('button', { name: 'Tallenna' }).click();
  await expect(representativeForm).toBeHidden();
  const representatives = page.getByRole('region', { name: 'Edustajat' });
  await expect(representatives.getByRole('rowheader', { name: 'Tuuli Testinen' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Testikylän kotoutumisyhdistys ry' })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(page.getByText('1234567-1', { exact: true })).toBeVisible();
  await expect(page.getByText('Testby integrationsförening rf', { exact: true })).toBeVisible();
  const row = page.getByRole('region', { name: 'Edustajat' }).getByRole('row', { name: /Tuuli Testinen/ });
  await expect(row).toContainText('Toiminnanjohtaja');
  await expect(row).toContainText('Asiantuntija');

  await page.getByRole('link', { name: 'Takaisin toimijaluetteloon' }).click();
  await page.getByLabel('Hae').fill('Testikylän');
  await expect(page.getByRole('link', { name: 'Testikylän kotoutumisyhdistys ry' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'toimija' })).toHaveText('1 toimija');
});

test('a bad Y-tunnus shows the Finnish error under the field and nothing is saved', async ({ page, host }) => {
  const creations: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/actors.create')) creations.push(request.url());
  });
  await openApp(page, host, '#/actors');
  await page.getByRole('button', { name: 'Uusi toimija' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi toimija' });
  await form.getByLabel('Nimi suomeksi').fill('Virheellinen Tunnus Oy');
  await form.getByLabel('Toimijatyyppi').selectOption({ label: 'Muu' });
  const businessId = form.getByLabel('Y-tunnus');
  await businessId.fill('1234567-8');
  await form.getByRole('button', { name: 'Tallenna' }).click();

  const message = 'Y-tunnus on virheellinen: muoto 1234567-8 ja tarkistusmerkin on täsmättävä.';
  await expect(form.getByText(message)).toBeVisible();
  await expect(businessId).toHaveAttribute('aria-invalid', 'true');
  await expect(businessId).toHaveAccessibleDescription(new RegExp(message.replace(/[.]/g, '\\.')));
  await expect(businessId).toBeFocused();
  expect(creations).toEqual([]);

  await form.getByRole('button', { name: 'Peruuta' }).click();
  await page.getByLabel('Hae').fill('Virheellinen Tunnus');
  await expect(page.getByText('Hakuehtoja vastaavia toimijoita ei löytynyt.')).toBeVisible();
});

test('the search finds actors by "hä" whatever the case of Ä', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  const search = page.getByLabel('Hae');
  const table = page.getByRole('table');

  await search.fill('hä');
  await expect(table.getByRole('link', { name: 'Hämeenlinnan kaupunki' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Hämeen ELY-keskus' })).toBeVisible();

  await search.fill('HÄMEENLINNAN KAUPUNKI');
  await expect(table.getByRole('link', { name: 'Hämeenlinnan kaupunki' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Forssan kaupunki' })).toHaveCount(0);

  await search.fill('');
  await expect(table.getByRole('link', { name: 'Forssan kaupunki' })).toBeVisible();
});

test('the type filter narrows the list to one type', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByLabel('Toimijatyyppi').selectOption({ label: 'Kunta' });
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Kela' })).toHaveCount(0);
  await expect(table.getByRole('link', { name: 'Forssan kaupunki' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Kunta', exact: true }).first()).toBeVisible();
});

test('an archived actor leaves the list, shows with the toggle, and archiving can be undone', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Hattulan kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hattulan kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Arkistoi', exact: true }).click();
  await expect(page.getByText('Toimija on arkistoitu.', { exact: false })).toBeVisible();

  await page.getByRole('link', { name: 'Takaisin toimijaluetteloon' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Forssan kaupunki' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Hattulan kunta' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Näytä arkistoidut' }).check();
  const row = table.getByRole('row', { name: /Hattulan kunta/ });
  await expect(row).toContainText('Arkistoitu');

  await page.getByRole('button', { name: 'Peru' }).click();
  await expect(row).not.toContainText('Arkistoitu');
  await page.getByRole('switch', { name: 'Näytä arkistoidut' }).uncheck();
  await expect(table.getByRole('link', { name: 'Hattulan kunta' })).toBeVisible();
});

test('a change made elsewhere meanwhile is reported as a conflict with a reload button', async ({ page, request, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Tammelan kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tammelan kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa toimijaa' });
  await expect(form.getByLabel('Nimi suomeksi')).toHaveValue('Tammelan kunta');

  // Someone else changes the same actor in the meantime.
  const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
  const id = new URL(page.url()).hash.split('/').pop()!;
  const current = await (await request.post(`${host.origin}/api/actors.get`, { headers, data: { id } })).json();
  const { id: _id, rowVersion, name, shortName, type, isPublicAuthority, businessId, municipality, website, validFrom, validTo } = current.result;
  const changed = await request.post(`${host.origin}/api/actors.update`, {
    headers,
    data: { id, expectedVersion: rowVersion, name, shortName, type, isPublicAuthority, businessId, municipality, website, validFrom, validTo, notes: 'Muutettu toisaalla.' },
  });
  expect((await changed.json()).ok).toBe(true);

  await form.getByLabel('Kunta', { exact: true }).fill('Tammela (muutettu)');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByRole('alert')).toContainText('Tietoa on muutettu toisaalla');
  await form.getByRole('button', { name: 'Lataa uudelleen' }).click();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByLabel('Muistiinpanot')).toHaveValue('Muutettu toisaalla.');
});

test('a new name from a date keeps the old one in the history', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Ypäjän kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ypäjän kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Uusi nimi alkaen…' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi nimi' });
  await form.getByLabel('Uusi nimi voimassa alkaen').fill('2020-01-01');
  await form.getByLabel('Nimi suomeksi').fill('Ypäjän kunta (uusi nimi)');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Ypäjän kunta (uusi nimi)' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Nimet' }).getByRole('table');
  await expect(history.getByRole('row', { name: /1\.1\.2020/ })).toContainText('Ypäjän kunta (uusi nimi)');
  await expect(history.getByRole('row', { name: /alusta alkaen/ })).toContainText('Ypäjän kunta');

  // The old name still finds the actor.
  await page.getByRole('link', { name: 'Takaisin toimijaluetteloon' }).click();
  await page.getByLabel('Hae').fill('Ypäjän kunta');
  await expect(page.getByRole('link', { name: 'Ypäjän kunta (uusi nimi)' })).toBeVisible();
});

test('successors are added with a date, shown on both sides and in the list, and can be removed', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Humppilan kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Humppilan kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: 'Lisää seuraaja(t)' }).click();
  const form = page.getByRole('dialog', { name: 'Lisää seuraaja(t)' });
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByText('Pakollinen tieto puuttuu.').first()).toBeVisible();

  const successors = form.getByRole('combobox', { name: 'Seuraajat' });
  await successors.fill('Jokioisten');
  await page.getByRole('option', { name: 'Jokioisten kunta' }).click();
  await successors.fill('Forssan kaup');
  await page.getByRole('option', { name: 'Forssan kaupunki' }).click();
  await page.keyboard.press('Escape');
  await form.getByLabel('Seuraanto alkaen').fill('2025-06-01');
  await form.getByLabel('Huomautus').fill('Kuntaliitos (kuvitteellinen).');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();

  const section = page.getByRole('region', { name: 'Edeltäjät ja seuraajat' });
  await expect(section.getByRole('link', { name: 'Jokioisten kunta' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Forssan kaupunki' })).toBeVisible();
  await expect(section.getByText('Alkaen 1.6.2025').first()).toBeVisible();
  await expect(section.getByText('Kotoverkko tarjoutuu siirtämään', { exact: false })).toBeVisible();

  await section.getByRole('link', { name: 'Jokioisten kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jokioisten kunta' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Edeltäjät ja seuraajat' }).getByRole('link', { name: 'Humppilan kunta' })).toBeVisible();
  await page.getByRole('link', { name: 'Takaisin toimijaluetteloon' }).click();
  await expect(page.getByRole('row', { name: /Humppilan kunta/ })).toContainText('Seuraaja: Forssan kaupunki, Jokioisten kunta');
  await page.getByRole('link', { name: 'Humppilan kunta' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Humppilan kunta' })).toBeVisible();
  await page.getByRole('button', { name: 'Poista seuraanto: Forssan kaupunki' }).click();
  await expect(page.getByRole('region', { name: 'Edeltäjät ja seuraajat' }).getByRole('link', { name: 'Forssan kaupunki' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Poista seuraanto: Jokioisten kunta' }).click();
  await expect(page.getByText('Ei seuraajia.')).toBeVisible();
});

test('a representative can be edited, archived and restored', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Lopen kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lopen kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  const section = page.getByRole('region', { name: 'Edustajat' });
  const name = (await section.getByRole('rowheader').first().textContent())!.trim();

  await section.getByRole('button', { name: `Muokkaa: ${name}` }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa edustajaa' });
  await form.getByLabel('Puhelin').fill('+358 3 000 0000');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(section.getByRole('row', { name: new RegExp(name) })).toContainText('+358 3 000 0000');

  await section.getByRole('button', { name: `Arkistoi: ${name}` }).click();
  await expect(section.getByRole('row', { name: new RegExp(name) })).toContainText('Arkistoitu');
  await section.getByRole('button', { name: `Palauta: ${name}` }).click();
  await expect(section.getByRole('row', { name: new RegExp(name) })).toContainText('Aktiivinen');
});
