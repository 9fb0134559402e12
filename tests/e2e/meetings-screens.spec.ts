import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/**
 * The meetings screens on the demo network: plan a meeting, build its agenda (add, reorder with the
 * keyboard, planned times and the overrun warning), send the invitation (the Outlook line), export
 * the agenda, record attendance and a decision, mark it held and its memo approved, and find the
 * meeting in the calendar — with axe on every screen and modal.
 */
test.describe.configure({ mode: 'serial' });

const TITLE = 'Joulukuun verkostokokous';
const ITEMS = ['Kuulumiskierros', 'Vastuumatriisin lausunnot', 'Kevään työpaja'];

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

async function addItem(page: Page, title: string, minutes: number) {
  await page.getByRole('button', { name: 'Lisää asia', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää asia esityslistalle' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Otsikko suomeksi').fill(title);
  await dialog.getByLabel('Kesto (min)').fill(String(minutes));
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
}

/** The agenda's item headings in order, as the page shows them. */
async function agendaTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Esityslistan asiat järjestyksessä' }).getByRole('heading', { level: 3 }).allInnerTexts();
}

test('plan a meeting, build its agenda, invite and export it', async ({ page, host }) => {
  // Many steps, each a write and a reload; the machine is shared.
  test.setTimeout(180_000);
  await openApp(page, host, '#/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Create: the form checks the date itself, then the meeting opens.
  await page.getByRole('button', { name: 'Uusi kokous' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi kokous' });
  await expect(form).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await form.getByLabel('Otsikko suomeksi').fill(TITLE);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByText('Anna kokouksen päivämäärä.')).toBeVisible();
  await form.getByLabel('Päivämäärä').fill('2026-12-10');
  await form.getByLabel('Alkaa klo').fill('09:00');
  await form.getByLabel('Päättyy klo').fill('10:00');
  await form.getByLabel('Paikka').fill('Hämeenlinnan kaupungintalo');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^\\d+/2026 ${TITLE}`) })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(page.getByText('Suunniteltu', { exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Agenda: "Avoimet tehtävät" is there from the start; given 10 min, and three items of 30 min, an hour is not enough.
  await page.getByRole('button', { name: /^Muokkaa: .*Avoimet tehtävät/ }).click();
  const openItems = page.getByRole('dialog', { name: 'Muokkaa asiaa' });
  await openItems.getByLabel('Kesto (min)').fill('10');
  await openItems.getByRole('button', { name: 'Tallenna' }).click();
  await expect(openItems).toHaveCount(0);
  for (const title of ITEMS) await addItem(page, title, 30);
  await expect(page.getByText('Asiat päättyvät suunnitelmassa klo 10.40.')).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Esityslista ei mahdu kokousaikaan' })).toBeVisible();
  await expect(page.getByText(/Asioiden kestot ylittävät kokouksen päättymisajan 40 minuutilla/)).toBeVisible();
  // Planned times run from the start, in Finnish form.
  await expect(page.getByText('9.00–9.10', { exact: true })).toBeVisible();
  await expect(page.getByText('10.10–10.40', { exact: true })).toBeVisible();

  // An attachment, kept with its item.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: new RegExp(`^Lisää liite: .*${ITEMS[1]}`) }).click();
  await (await chooser).setFiles({ name: 'lausuntoyhteenveto.txt', mimeType: 'text/plain', buffer: Buffer.from('Lausuntojen yhteenveto\n'.repeat(100)) });
  await expect(page.getByRole('button', { name: 'Lataa lausuntoyhteenveto.txt' })).toBeVisible();

  // Reorder with the keyboard: Alt+Arrow up on the last item's handle, then the Move down button.
  const before = await agendaTitles(page);
  const lastIndex = before.findIndex((text) => text.includes(ITEMS[2]!));
  const handle = page.getByRole('button', { name: new RegExp(`^Vedä siirtääksesi: .*${ITEMS[2]}`) });
  await handle.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: `${ITEMS[2]} siirretty kohtaan ${lastIndex}/` })).toBeAttached();
  await expect.poll(async () => (await agendaTitles(page)).findIndex((text) => text.includes(ITEMS[2]!))).toBe(lastIndex - 1);
  await expect(handle).toBeFocused();
  await page.getByRole('button', { name: new RegExp(`^Siirrä alaspäin: .*${ITEMS[0]}`) }).click();
  // A, C, B became C, A, B.
  await expect.poll(async () => {
    const titles = await agendaTitles(page);
    return ITEMS.map((item) => titles.findIndex((text) => text.includes(item)));
  }).toEqual([lastIndex - 1, lastIndex, lastIndex - 2]);

  // Dragging uses the same move: C dropped on the first item goes before it.
  const cards = page.locator('[data-agenda-item]');
  await cards.filter({ hasText: ITEMS[2]! }).dragTo(cards.first());
  await expect.poll(async () => (await agendaTitles(page)).findIndex((text) => text.includes(ITEMS[2]!))).toBe(0);

  // The item form's accessibility, opened for editing.
  await page.getByRole('button', { name: new RegExp(`^Muokkaa: .*${ITEMS[1]}`) }).click();
  const itemForm = page.getByRole('dialog', { name: 'Muokkaa asiaa' });
  await expect(itemForm).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await itemForm.getByRole('button', { name: 'Peruuta' }).click();

  // The details form.
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  const details = page.getByRole('dialog', { name: 'Muokkaa kokouksen tietoja' });
  await expect(details).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await details.getByRole('button', { name: 'Peruuta' }).click();

  // Invitees come from the network's representatives; add one more if the list is empty.
  await page.getByRole('tab', { name: 'Kutsutut' }).click();
  await waitUntilLoaded(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  if (await page.getByText('Ei kutsuttuja.').isVisible()) {
    await page.getByRole('textbox', { name: 'Edustaja' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Lisää kutsuttu' }).click();
    await expect(page.getByText('Kutsutut tallennettu.')).toBeVisible();
  }

  // The invitation: text, Outlook line, then marked sent.
  await page.getByRole('button', { name: 'Merkitse kutsu lähetetyksi' }).click();
  const invitation = page.getByRole('dialog', { name: 'Kokouskutsu' });
  await expect(invitation).toBeVisible();
  const outlook = invitation.getByRole('textbox', { name: /Vastaanottajat Outlookiin/ });
  await expect(outlook).toHaveValue(/<[^>]+@[^>]+>/);
  await expect(invitation.getByRole('textbox', { name: 'Kutsuteksti' })).toHaveValue(new RegExp(ITEMS[2]!));
  expect(await seriousAxeViolations(page)).toEqual([]);
  await invitation.getByRole('button', { name: 'Merkitse lähetetyksi' }).click();
  await expect(page.getByText('Kutsu merkitty lähetetyksi. Pykälien numerot on lukittu.')).toBeVisible();
  await invitation.getByRole('button', { name: 'Sulje' }).first().click();
  await expect(page.getByText('Kutsuttu', { exact: true })).toBeVisible();
  // Numbers are fixed now: the items show their § labels.
  await page.getByRole('tab', { name: 'Esityslista' }).click();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`\\d+ § ${ITEMS[2]}`) })).toBeVisible();

  // Export the agenda as .docx (downloaded by the browser host).
  await page.getByRole('tab', { name: 'Asiakirjat' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esityslista (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Cancel asks first (and is not done here).
  await page.getByRole('button', { name: 'Toiminnot' }).click();
  await page.getByRole('menuitem', { name: 'Peru kokous' }).click();
  const cancel = page.getByRole('dialog', { name: 'Peru kokous' });
  await expect(cancel).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await cancel.getByRole('button', { name: 'Älä peru' }).click();
  await expect(cancel).toHaveCount(0);

  // The record, through the meeting-record panels: attendance, then a decision under an item.
  await page.getByRole('tab', { name: 'Läsnäolo' }).click();
  await page.getByRole('button', { name: 'Merkitse kaikki kutsutut läsnä oleviksi' }).click();
  await expect(page.getByText(/\d+ kutsuttua merkitty läsnä oleviksi\./)).toBeVisible();
  await page.getByRole('tab', { name: 'Päätökset' }).click();
  await page.getByRole('button', { name: new RegExp(`^Kirjaa päätös kohtaan .*${ITEMS[2]}`) }).click();
  const decision = page.getByRole('dialog', { name: new RegExp(`^Kirjaa päätös: .*${ITEMS[2]}`) });
  await decision.getByLabel('Päätös (suomeksi)').fill('Työpaja pidetään maaliskuussa 2027.');
  await decision.getByRole('button', { name: 'Tallenna' }).click();
  await expect(decision).toHaveCount(0);
  await expect(page.getByText('Työpaja pidetään maaliskuussa 2027.')).toBeVisible();

  // Held, then its memo approved (a form with a date).
  await page.getByRole('button', { name: 'Merkitse pidetyksi' }).click();
  await expect(page.getByText('Pidetty', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Merkitse muistio hyväksytyksi' }).click();
  const approve = page.getByRole('dialog', { name: 'Merkitse muistio hyväksytyksi' });
  await expect(approve).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  // a record is approved on or after its meeting's day
  await approve.getByLabel('Hyväksymispäivä').fill('2026-12-10');
  await approve.getByRole('button', { name: 'Merkitse muistio hyväksytyksi' }).click();
  await expect(approve).toHaveCount(0);
  await expect(page.getByText('Muistio hyväksytty', { exact: true })).toBeVisible();
});

test('the calendar shows the month with its meetings as links', async ({ page, host }) => {
  await openApp(page, host, '#/meetings');
  await page.getByText('Kalenteri', { exact: true }).click();
  const month = page.getByRole('heading', { level: 2, name: /2026/ });
  await expect(month).toBeVisible();
  // Today is in the demo's present; step to December 2026 with the buttons.
  for (let step = 0; step < 24 && !(await month.innerText()).toLowerCase().includes('joulukuu 2026'); step += 1) {
    const text = (await month.innerText()).toLowerCase();
    await page.getByRole('button', { name: /2027|2028/.test(text) ? 'Edellinen kuukausi' : 'Seuraava kuukausi' }).click();
  }
  await waitUntilLoaded(page);
  const grid = page.getByRole('table', { name: /joulukuu 2026/i });
  await expect(grid).toBeVisible();
  const link = grid.getByRole('link', { name: new RegExp(TITLE) });
  await expect(link).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(TITLE) })).toBeVisible();
});

test('the home screen names the next meeting', async ({ page, host }) => {
  await openApp(page, host, '#/');
  const section = page.getByRole('region', { name: 'Seuraava kokous' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('link', { name: /^\d+\/\d{4} / })).toBeVisible();
});
