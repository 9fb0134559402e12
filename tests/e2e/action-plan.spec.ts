import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/** The action plan in the browser: goals added, ordered and archived; an action added and changed; axe throughout. */

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('a goal and its action are added, the goal is moved up and archived; the page and its forms pass axe', async ({ page, host }) => {
  await openApp(page, host, '#/action-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimintasuunnitelma' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const addGoal = async (name: string) => {
    await page.getByRole('button', { name: 'Uusi tavoite' }).click();
    const form = page.getByRole('dialog', { name: 'Uusi tavoite' });
    await form.getByLabel('Tavoite suomeksi').fill(name);
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  };

  // An empty name is refused under the field, with the focus there.
  await page.getByRole('button', { name: 'Uusi tavoite' }).click();
  const empty = page.getByRole('dialog', { name: 'Uusi tavoite' });
  await empty.getByLabel('Kausi alkaa').fill('2027-01-01');
  await empty.getByLabel('Kausi päättyy').fill('2026-01-01');
  await empty.getByRole('button', { name: 'Tallenna' }).click();
  await expect(empty.getByLabel('Tavoite suomeksi')).toBeFocused();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await empty.getByRole('button', { name: 'Peruuta' }).click();

  await addGoal('Kotona lasta hoitavat vanhemmat palvelujen piiriin');
  await addGoal('Palvelutarpeen arvioinnin yhteinen malli');

  const second = page.getByRole('region', { name: 'Palvelutarpeen arvioinnin yhteinen malli' });
  await second.getByRole('button', { name: 'Lisää toimenpide tavoitteeseen: Palvelutarpeen arvioinnin yhteinen malli' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi toimenpide' });
  await expect(form.getByText('Tavoite: Palvelutarpeen arvioinnin yhteinen malli')).toBeVisible();
  await form.getByLabel('Toimenpide suomeksi').fill('Arviointilomakkeen yhteinen pohja');
  await form.getByLabel('Toimijat', { exact: true }).fill('Kela');
  await page.getByRole('option', { name: 'Kela', exact: true }).click();
  await page.keyboard.press('Escape');
  await form.getByLabel('Alkaa').fill('2027-01-01');
  await form.getByLabel('Päättyy').fill('2027-06-30');
  await form.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'käynnissä' });
  await form.getByRole('textbox', { name: 'Mittari (suomeksi)' }).fill('Pohja käytössä kolmessa organisaatiossa');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toHaveCount(0);

  const actions = second.getByRole('table', { name: 'Tavoitteen ”Palvelutarpeen arvioinnin yhteinen malli” toimenpiteet' });
  const row = actions.getByRole('row', { name: /Arviointilomakkeen yhteinen pohja/ });
  await expect(row).toContainText('Kela');
  await expect(row).toContainText('1.1.2027 – 30.6.2027');
  await expect(row).toContainText('Pohja käytössä kolmessa organisaatiossa');
  await expect(row).toContainText('käynnissä');
  await expect(row).toContainText('ei tehtäviä');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Changed: the status.
  await row.getByRole('button', { name: 'Muokkaa toimenpidettä: Arviointilomakkeen yhteinen pohja' }).click();
  const edit = page.getByRole('dialog', { name: 'Muokkaa toimenpidettä' });
  await expect(edit.getByLabel('Toimenpide suomeksi')).toHaveValue('Arviointilomakkeen yhteinen pohja');
  await edit.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'toteutettu' });
  await edit.getByRole('button', { name: 'Tallenna' }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText('toteutettu');

  // The second goal moves above the first.
  const headings = page.getByRole('heading', { level: 2 });
  const order = async () => (await headings.allTextContents()).filter((text) => text.includes('Kotona lasta') || text.includes('Palvelutarpeen arvioinnin'));
  expect(await order()).toEqual(['Kotona lasta hoitavat vanhemmat palvelujen piiriin', 'Palvelutarpeen arvioinnin yhteinen malli']);
  await second.getByRole('button', { name: 'Siirrä ylös: Palvelutarpeen arvioinnin yhteinen malli' }).click();
  await expect.poll(order).toEqual(['Palvelutarpeen arvioinnin yhteinen malli', 'Kotona lasta hoitavat vanhemmat palvelujen piiriin']);

  // Archived: hidden, and shown again with the switch.
  await page.getByRole('button', { name: 'Arkistoi tavoite: Kotona lasta hoitavat vanhemmat palvelujen piiriin' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kotona lasta hoitavat vanhemmat palvelujen piiriin' })).toHaveCount(0);
  await page.getByLabel('Näytä arkistoidut tavoitteet').check();
  await waitUntilLoaded(page);
  const archived = page.getByRole('region', { name: /Kotona lasta hoitavat vanhemmat/ });
  await expect(archived.getByText('Arkistoitu')).toBeVisible();
  await archived.getByRole('button', { name: 'Palauta tavoite: Kotona lasta hoitavat vanhemmat palvelujen piiriin' }).click();
  await expect(archived.getByText('Arkistoitu')).toHaveCount(0);

  // Removed.
  await row.getByRole('button', { name: 'Poista toimenpide: Arviointilomakkeen yhteinen pohja' }).click();
  const remove = page.getByRole('dialog', { name: 'Poista toimenpide' });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await remove.getByRole('button', { name: 'Poista' }).click();
  await expect(remove).toHaveCount(0);
  await expect(second.getByText('Tavoitteelle ei ole vielä kirjattu toimenpiteitä.')).toBeVisible();
});
