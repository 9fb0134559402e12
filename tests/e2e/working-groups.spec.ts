import type { Page } from '@playwright/test';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/**
 * Working groups (työryhmät) on the demo network: reached from the meetings page, created with a
 * default record, renamed, given members from the representatives (with roles and a period, and
 * the checks on a row without a person and a reversed period), archived and restored — with axe
 * on the page and its modals. The group is then offered as a meeting's body.
 */
test.describe.configure({ mode: 'serial' });

// Names of their own: the specs share the host's file, and the screenshot spec makes other groups.
const NAME = 'Kielipalveluiden työryhmä';
const RENAMED = 'Kielipalvelutyöryhmä';

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

/** Picks the n:th representative (0-based) of a row's searchable select with the keyboard; returns the chosen label. */
async function choosePerson(page: Page, row: number, nth: number): Promise<string> {
  const input = page.getByRole('combobox', { name: `Edustaja, rivi ${row}`, exact: true });
  await input.click();
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  for (let step = 0; step <= nth; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(input).not.toHaveValue('');
  return input.inputValue();
}

test('create, rename, set members, archive and restore a working group', async ({ page, host }) => {
  test.setTimeout(90_000);
  await openApp(page, host, '#/meetings');
  await page.getByRole('link', { name: 'Työryhmät' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Työryhmät' })).toBeVisible();
  await expect(page).toHaveURL(/#\/working-groups$/);
  await waitUntilLoaded(page);
  // The main navigation keeps Kokoukset marked as the current area.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Kokoukset' })).toHaveAttribute('aria-current', 'page');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Create: the name is required, in some language.
  await page.getByRole('button', { name: 'Uusi työryhmä' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi työryhmä' });
  await expect(form).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByLabel('Nimi suomeksi')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Nimi suomeksi').fill(NAME);
  await form.getByLabel(/^Kuvaus \(suomeksi\)/).fill('Kokoaa verkoston tulkkaus- ja käännöspalvelujen käytännöt.');
  await form.getByLabel('Kokouksista laaditaan').selectOption('minutes');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByText(`Työryhmä ${NAME} luotu.`)).toBeVisible();
  const section = page.getByRole('region', { name: NAME });
  await expect(section).toBeVisible();
  await expect(section.getByText('Kokouksista laaditaan: pöytäkirja')).toBeVisible();
  await expect(section.getByText('Kokoaa verkoston tulkkaus- ja käännöspalvelujen käytännöt.')).toBeVisible();
  await expect(section.getByText('Työryhmällä ei ole jäseniä.')).toBeVisible();

  // Rename, and go back to the network's default record.
  await page.getByRole('button', { name: `Muokkaa työryhmää: ${NAME}` }).click();
  const edit = page.getByRole('dialog', { name: 'Muokkaa työryhmää' });
  await expect(edit.getByLabel('Nimi suomeksi')).toHaveValue(NAME);
  await edit.getByLabel('Nimi suomeksi').fill(RENAMED);
  await edit.getByLabel('Nimi ruotsiksi').fill('Arbetsgruppen för beredskap');
  await edit.getByLabel('Kokouksista laaditaan').selectOption('');
  await edit.getByRole('button', { name: 'Tallenna' }).click();
  await expect(edit).toHaveCount(0);
  const renamed = page.getByRole('region', { name: RENAMED });
  await expect(renamed.getByText('Kokouksista laaditaan: verkoston oletus')).toBeVisible();

  // Members: a chair and a member from a given day; a row left without a person is pointed out.
  await page.getByRole('button', { name: `Muokkaa jäseniä: ${RENAMED}` }).click();
  const members = page.getByRole('dialog', { name: `Työryhmän jäsenet: ${RENAMED}` });
  await expect(members.getByText('Ei jäseniä.', { exact: false })).toBeVisible();
  await members.getByRole('button', { name: 'Lisää jäsen' }).click();
  const chair = await choosePerson(page, 1, 0);
  await members.getByLabel('Rooli, rivi 1').selectOption('chair');
  await members.getByRole('button', { name: 'Lisää jäsen' }).click();
  const member = await choosePerson(page, 2, 1);
  await members.getByLabel('Alkaen, rivi 2').fill('2026-01-01');
  await members.getByLabel('Asti, rivi 2').fill('2025-12-31');
  await members.getByRole('button', { name: 'Lisää jäsen' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await members.getByRole('button', { name: 'Tallenna' }).click();
  await expect(members.getByText('Valitse edustaja tai poista rivi.')).toBeVisible();
  await expect(members.getByRole('combobox', { name: 'Edustaja, rivi 3', exact: true })).toBeFocused();
  await members.getByRole('button', { name: 'Poista rivi 3' }).click();
  // The core refuses a period that ends before it starts, under the field.
  await members.getByRole('button', { name: 'Tallenna' }).click();
  await expect(members.getByLabel('Asti, rivi 2')).toHaveAttribute('aria-invalid', 'true');
  await members.getByLabel('Asti, rivi 2').fill('');
  await members.getByRole('button', { name: 'Tallenna' }).click();
  await expect(members).toHaveCount(0);
  await expect(page.getByText(`Työryhmän ${RENAMED} jäsenet tallennettu.`)).toBeVisible();

  const table = renamed.getByRole('table', { name: `Työryhmän ${RENAMED} jäsenet` });
  const chairName = chair.replace(/ \(.*\)$/, '');
  const memberName = member.replace(/ \(.*\)$/, '');
  await expect(table.getByRole('row', { name: new RegExp(`${chairName}.*Puheenjohtaja.*toistaiseksi`) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${memberName}.*Jäsen.*1\\.1\\.2026 alkaen`) })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The group is offered as a meeting's body.
  await page.getByRole('link', { name: 'Kokoukset' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
  await page.getByRole('button', { name: 'Uusi kokous' }).click();
  const meetingForm = page.getByRole('dialog', { name: 'Uusi kokous' });
  await expect(meetingForm.getByRole('option', { name: RENAMED })).toBeAttached();
  await meetingForm.getByRole('button', { name: 'Peruuta' }).click();

  // Archive: gone from the list until archived ones are shown; then restored.
  await page.goto(`${host.url}#/working-groups`);
  await waitUntilLoaded(page);
  await page.getByRole('button', { name: `Arkistoi: ${RENAMED}` }).click();
  await expect(page.getByText(`Työryhmä ${RENAMED} arkistoitu. Sen kokoukset säilyvät.`)).toBeVisible();
  await expect(page.getByRole('region', { name: RENAMED })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Näytä arkistoidut' }).check();
  const archived = page.getByRole('region', { name: RENAMED });
  await expect(archived.getByText('Arkistoitu', { exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: `Palauta: ${RENAMED}` }).click();
  await expect(page.getByText(`Työryhmä ${RENAMED} palautettu.`)).toBeVisible();
  await expect(archived.getByText('Arkistoitu', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Muokkaa jäseniä: ${RENAMED}` })).toBeVisible();
});
