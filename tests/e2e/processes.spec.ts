import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { InputOf, MethodName, ProcessDetail, ResultOf } from '../../src-main/api/contract/index';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

const PROCESS = 'Testiprosessi: kotoutumisen alkuvaihe';
const GUIDANCE = 'Ohjaus ja neuvonta';
const DECISION = 'Onko asiakas työnhakija?';
const PLAN_EMPLOYMENT = 'Suunnitelma työllisyysalueella';
const PLAN_MUNICIPALITY = 'Suunnitelma kunnassa';

/** Calls the host's API as the page does, for setting up data the test is not about. */
async function api<M extends MethodName>(request: APIRequestContext, host: BrowserHost, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const response = await request.post(`${host.origin}/api/${method}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await response.json()) as { ok: boolean; result: ResultOf<M>; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

const fi = (text: string) => ({ fi: text, sv: null, en: null });

/**
 * The process the first test draws through the UI, made through the API under another name:
 * start → guidance → decision → (job seeker) plan at the employment area / (other) plan in the municipality → end.
 */
async function createBranchingProcess(request: APIRequestContext, host: BrowserHost, name: string): Promise<ProcessDetail> {
  const actors = await api(request, host, 'actors.list', { lang: 'fi' });
  const actorId = (actorName: string) => actors.find((actor) => actor.name === actorName)!.id;
  const map = await api(request, host, 'processes.map', { lang: 'fi' });
  let process = await api(request, host, 'processes.create', { name: fi(name), groupId: map.groups[0]!.id, ownerActorId: actorId('Hämeenlinnan kaupunki') });
  const add = async (afterName: string, kind: 'step' | 'decision', stepName: string, performer: string) => {
    const after = process.nodes.find((node) => node.name.fi === afterName)!;
    process = await api(request, host, 'processNodes.create', { processId: process.id, afterNodeId: after.id, fields: { kind, name: fi(stepName), performerActorId: actorId(performer) } });
  };
  await add('Alku', 'step', GUIDANCE, 'Hämeenlinnan kaupunki');
  await add(GUIDANCE, 'decision', DECISION, 'Hämeenlinnan kaupunki');
  await add(DECISION, 'step', PLAN_EMPLOYMENT, 'Hämeenlinnan seudun työllisyysalue');
  await add(PLAN_EMPLOYMENT, 'step', PLAN_MUNICIPALITY, 'Hämeenlinnan kaupunki');
  const node = (nodeName: string) => process.nodes.find((candidate) => candidate.name.fi === nodeName)!;
  const edge = (from: string, to: string) => process.edges.find((candidate) => candidate.fromNodeId === node(from).id && candidate.toNodeId === node(to).id)!;
  const branch = edge(DECISION, PLAN_EMPLOYMENT);
  process = await api(request, host, 'processEdges.update', { id: branch.id, expectedVersion: branch.rowVersion, label: fi('työnhakija') });
  process = await api(request, host, 'processEdges.create', { processId: process.id, fromNodeId: node(DECISION).id, toNodeId: node(PLAN_MUNICIPALITY).id, label: fi('muu asiakas') });
  const chained = edge(PLAN_EMPLOYMENT, PLAN_MUNICIPALITY);
  process = await api(request, host, 'processEdges.delete', { id: chained.id, expectedVersion: chained.rowVersion });
  return api(request, host, 'processEdges.create', { processId: process.id, fromNodeId: node(PLAN_EMPLOYMENT).id, toNodeId: node('Loppu').id, label: null });
}

const stepsRegion = (page: Page) => page.getByRole('region', { name: 'Vaiheet', exact: true });

/** The steps' headings in list order, without their numbers ("2. Ohjaus ja neuvonta" → "Ohjaus ja neuvonta"). */
async function stepOrder(page: Page): Promise<string[]> {
  const headings = await stepsRegion(page).getByRole('heading', { level: 3 }).allInnerTexts();
  return headings.map((heading) => heading.replace(/^\d+\.\s*/, '').trim());
}

async function addStep(page: Page, fields: { name: string; performer: string; decision?: boolean; after?: string }): Promise<void> {
  await stepsRegion(page).getByRole('button', { name: 'Lisää vaihe' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi vaihe' });
  if (fields.decision) await form.getByRole('radio', { name: /Päätöskohta/ }).check();
  await form.getByLabel('Nimi suomeksi').fill(fields.name);
  if (fields.after) await form.getByLabel('Sijainti').selectOption({ label: `${fields.after} jälkeen` });
  await form.getByLabel('Suorittaja').selectOption({ label: fields.performer });
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(stepsRegion(page).getByRole('heading', { level: 3, name: fields.name })).toBeVisible();
}

async function openStepMenuItem(page: Page, step: string, item: string): Promise<Locator> {
  await page.getByRole('button', { name: `Muut toiminnot: ${step}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return page.getByRole('dialog');
}

/** The words of the chart's text elements (a long name wraps over several lines). */
async function chartWords(page: Page): Promise<string> {
  const texts = await page.locator('svg[role="img"] text').allTextContents();
  return texts.join('').replace(/\s+/g, '');
}

test('a process is created on the map, gets steps and a decision with two labelled branches, and is drawn as a swimlane', async ({ page, host }) => {
  await openApp(page, host, '#/processes');
  await page.getByRole('button', { name: 'Uusi prosessi' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi prosessi' });
  await form.getByLabel('Nimi suomeksi').fill(PROCESS);
  await form.getByLabel('Nimi ruotsiksi').fill('Testprocess: inledande skede');
  await form.getByLabel('Ryhmä prosessikartalla').selectOption({ label: 'Alkuvaihe' });
  await form.getByLabel('Omistaja').selectOption({ label: 'Hämeenlinnan kaupunki' });
  await form.getByRole('button', { name: 'Tallenna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: PROCESS })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(page.getByText('Luonnos', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  expect(await stepOrder(page)).toEqual(['Alku', 'Loppu']);

  await addStep(page, { name: GUIDANCE, performer: 'Hämeenlinnan kaupunki' });
  await addStep(page, { name: DECISION, performer: 'Hämeenlinnan kaupunki', decision: true });
  await addStep(page, { name: PLAN_EMPLOYMENT, performer: 'Hämeenlinnan seudun työllisyysalue', after: DECISION });
  await addStep(page, { name: PLAN_MUNICIPALITY, performer: 'Hämeenlinnan kaupunki', after: PLAN_EMPLOYMENT });
  expect(await stepOrder(page)).toEqual(['Alku', GUIDANCE, DECISION, PLAN_EMPLOYMENT, PLAN_MUNICIPALITY, 'Loppu']);
  // The map and the tab count steps; the decision point is not one.
  await expect(page.getByRole('tab', { name: 'Vaiheet (3)' })).toBeVisible();

  // The decision's arrow to the first plan becomes the "job seeker" branch; the other branch goes to the municipality.
  let arrows = await openStepMenuItem(page, DECISION, 'Nuolet…');
  await expect(arrows).toHaveAccessibleName(`Nuolet: ${DECISION}`);
  await arrows.getByRole('button', { name: `Muokkaa nuolta: → ${PLAN_EMPLOYMENT}` }).click();
  await expect(arrows.getByLabel('Haara suomeksi')).toBeFocused();
  await arrows.getByLabel('Haara suomeksi').fill('työnhakija');
  await arrows.getByLabel('Haara ruotsiksi').fill('arbetssökande');
  await arrows.getByRole('button', { name: 'Tallenna nuoli' }).click();
  await expect(arrows.getByText(`työnhakija: → ${PLAN_EMPLOYMENT}`)).toBeVisible();
  await arrows.getByLabel('Mihin').selectOption({ label: PLAN_MUNICIPALITY });
  await arrows.getByLabel('Haara suomeksi').fill('muu asiakas');
  await arrows.getByRole('button', { name: 'Lisää nuoli', exact: true }).click();
  await expect(arrows.getByText(`muu asiakas: → ${PLAN_MUNICIPALITY}`)).toBeVisible();
  await arrows.getByRole('button', { name: 'Peruuta' }).click();
  await expect(arrows).toBeHidden();

  // The first plan leads to the end, not to the other plan.
  arrows = await openStepMenuItem(page, PLAN_EMPLOYMENT, 'Nuolet…');
  await arrows.getByRole('button', { name: `Poista nuoli: → ${PLAN_MUNICIPALITY}` }).click();
  await expect(arrows.getByText('Tästä ei lähde nuolia.')).toBeVisible();
  await arrows.getByLabel('Mihin').selectOption({ label: 'Loppu' });
  await arrows.getByRole('button', { name: 'Lisää nuoli', exact: true }).click();
  await expect(arrows.getByText('→ Loppu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(arrows).toBeHidden();

  const decisionCard = stepsRegion(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: DECISION }) });
  await expect(decisionCard).toContainText('Haarat');
  await expect(decisionCard).toContainText(`työnhakija → ${PLAN_EMPLOYMENT}`);
  await expect(decisionCard).toContainText(`muu asiakas → ${PLAN_MUNICIPALITY}`);

  await page.getByRole('tab', { name: 'Uimaratakaavio' }).click();
  const chart = page.getByRole('img', { name: PROCESS });
  await expect(chart).toBeVisible();
  const words = await chartWords(page);
  for (const text of [GUIDANCE, DECISION, PLAN_EMPLOYMENT, PLAN_MUNICIPALITY, 'työnhakija', 'muu asiakas', 'Hämeenlinnan seudun työllisyysalue']) {
    expect(words).toContain(text.replace(/\s+/g, ''));
  }
  const description = page.getByRole('region', { name: 'Uimaratakaavio', exact: true });
  await expect(description.getByRole('heading', { level: 3, name: 'Kaavio tekstinä' })).toBeVisible();
  // The lanes are items holding their steps' items: the innermost match is the step.
  await expect(description.getByRole('listitem').filter({ hasText: `${DECISION} – seuraavaksi: työnhakija: ${PLAN_EMPLOYMENT}` }).last()).toBeVisible();
  // The chart's scrolling box can be reached (and scrolled) with the keyboard.
  await expect(page.getByRole('region', { name: 'Uimaratakaavio (vieritettävä)' })).toHaveAttribute('tabindex', '0');

  await page.getByRole('link', { name: 'Takaisin prosessikarttaan' }).click();
  const group = page.getByRole('region', { name: 'Alkuvaihe' });
  const row = group.getByRole('row', { name: new RegExp(PROCESS) });
  await expect(row).toContainText('Hämeenlinnan kaupunki');
  await expect(row).toContainText('Luonnos');
  await expect(row.getByRole('cell').nth(2)).toHaveText('3');
});

test('steps move with the keyboard, and a deleted step comes back with Undo', async ({ page, host, request }) => {
  const process = await createBranchingProcess(request, host, 'Testiprosessi: järjestys');
  await openApp(page, host, `#/processes/${process.id}`);
  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  const original = ['Alku', GUIDANCE, DECISION, PLAN_EMPLOYMENT, PLAN_MUNICIPALITY, 'Loppu'];
  expect(await stepOrder(page)).toEqual(original);

  const up = page.getByRole('button', { name: `Siirrä ylös: ${PLAN_MUNICIPALITY}` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOrder(page)).toEqual(['Alku', GUIDANCE, DECISION, PLAN_MUNICIPALITY, PLAN_EMPLOYMENT, 'Loppu']);
  await expect(up).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Vaihe ${PLAN_MUNICIPALITY} on nyt kohdassa 4/6.` })).toBeAttached();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOrder(page)).toEqual(['Alku', GUIDANCE, PLAN_MUNICIPALITY, DECISION, PLAN_EMPLOYMENT, 'Loppu']);
  await expect(up).toBeFocused();

  // Tab to the step's "move down" button and take it back twice.
  await page.keyboard.press('Tab');
  const down = page.getByRole('button', { name: `Siirrä alas: ${PLAN_MUNICIPALITY}` });
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOrder(page)).toEqual(['Alku', GUIDANCE, DECISION, PLAN_MUNICIPALITY, PLAN_EMPLOYMENT, 'Loppu']);
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepOrder(page)).toEqual(original);
  // At the bottom, "down" is disabled and the focus moves to "up" rather than getting lost.
  await expect(page.getByRole('button', { name: `Siirrä alas: ${PLAN_MUNICIPALITY}` })).toBeDisabled();
  await expect(up).toBeFocused();

  // The order is stored, not only shown.
  await page.reload();
  await waitUntilLoaded(page);
  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  expect(await stepOrder(page)).toEqual(original);

  await openStepMenuItem(page, GUIDANCE, 'Poista vaihe');
  await expect(stepsRegion(page).getByRole('heading', { level: 3, name: GUIDANCE })).toHaveCount(0);
  expect(await stepOrder(page)).toEqual(['Alku', DECISION, PLAN_EMPLOYMENT, PLAN_MUNICIPALITY, 'Loppu']);
  // The flow is joined around the deleted step.
  const startCard = stepsRegion(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Alku' }) });
  await expect(startCard).toContainText(`→ ${DECISION}`);

  await page.getByRole('alert').filter({ hasText: `Vaihe ${GUIDANCE} poistettu.` }).getByRole('button', { name: 'Peru' }).click();
  await expect.poll(() => stepOrder(page)).toEqual(original);
  await expect(startCard).toContainText(`→ ${GUIDANCE}`);
  await expect(page.getByRole('button', { name: `Muokkaa: ${GUIDANCE}` })).toBeFocused();
});

test('a step citing a repealed act is flagged with the act that replaced it, and the finding leads to the step', async ({ page, host, request }) => {
  const process = await createBranchingProcess(request, host, 'Testiprosessi: säädökset');
  await openApp(page, host, `#/processes/${process.id}`);
  await page.getByRole('tab', { name: /Vaiheet/ }).click();

  const dialog = await openStepMenuItem(page, PLAN_MUNICIPALITY, 'Säädösviittaukset…');
  await expect(dialog).toHaveAccessibleName(`Säädösviittaukset: ${PLAN_MUNICIPALITY}`);
  // A new act is added from the same dialog and comes back chosen.
  await dialog.getByRole('button', { name: 'Uusi säädös…' }).click();
  const act = page.getByRole('dialog', { name: 'Uusi säädös' });
  await expect(act.getByLabel('Numero')).toBeFocused();
  await act.getByLabel('Numero').fill('2024/99');
  await act.getByLabel('Nimi suomeksi').fill('Testilaki');
  await act.getByRole('button', { name: 'Tallenna säädös' }).click();
  await expect(act.getByText('Säädöksen numero muodossa numero/vuosi, esim. 681/2023.')).toBeVisible();
  await expect(act.getByLabel('Numero')).toHaveAttribute('aria-invalid', 'true');
  await act.getByLabel('Numero').fill('99/2024');
  await act.getByRole('button', { name: 'Tallenna säädös' }).click();
  await expect(act).toBeHidden();
  const actSelect = dialog.getByRole('combobox', { name: 'Säädös', exact: true });
  await expect.poll(() => actSelect.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('99/2024 Testilaki');

  const repealed = (await actSelect.locator('option', { hasText: '1386/2010' }).textContent()) ?? '';
  expect(repealed).toContain('(kumottu)');
  await actSelect.selectOption({ label: repealed });
  await dialog.getByLabel('Pykälä').fill('11 §');
  await dialog.getByRole('button', { name: 'Lisää viittaus' }).click();
  await expect(dialog.getByText('1386/2010, 11 §')).toBeVisible();
  await dialog.getByRole('button', { name: 'Peruuta' }).click();

  const card = stepsRegion(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: PLAN_MUNICIPALITY }) });
  await expect(card).toContainText('Kumottu säädös');
  await expect(card).toContainText('Kumottu 1.1.2025, korvattu: 681/2023');

  await page.getByRole('tab', { name: 'Prosessikortti' }).click();
  const finding = page.getByRole('listitem').filter({ hasText: `Vaihe ”${PLAN_MUNICIPALITY}” viittaa kumottuun säädökseen 1386/2010` });
  await expect(finding).toContainText('korvattu säädöksellä 681/2023');
  await finding.getByRole('button', { name: `Näytä vaihe ”${PLAN_MUNICIPALITY}”` }).click();
  await expect(page.getByRole('tab', { name: /Vaiheet/ })).toHaveAttribute('aria-selected', 'true');
  await expect(stepsRegion(page).getByRole('heading', { level: 3, name: PLAN_MUNICIPALITY })).toBeFocused();

  await page.getByRole('link', { name: 'Takaisin prosessikarttaan' }).click();
  const row = page.getByRole('row', { name: /Testiprosessi: säädökset/ });
  await expect(row).toContainText('Kumottu säädös (1)');
});

test('the process card is written in two languages, and target groups are added, renamed and removed', async ({ page, host, request }) => {
  const process = await createBranchingProcess(request, host, 'Testiprosessi: kortti');
  await openApp(page, host, `#/processes/${process.id}`);
  const card = page.getByRole('region', { name: 'Prosessikortti' });
  await card.getByRole('button', { name: 'Muokkaa prosessikorttia' }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa prosessikorttia' });
  await form.getByLabel('Tarkoitus (suomeksi)').fill('Asiakas saa ohjausta heti alussa.');
  await form.getByText('ruotsi', { exact: true }).click();
  await expect(form.getByRole('radio', { name: 'ruotsi' })).toBeChecked();
  await form.getByLabel('Syötteet (ruotsiksi)').fill('Uppehållstillstånd');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(card).toContainText('Asiakas saa ohjausta heti alussa.');
  // A text written only in Swedish is shown, marked as Swedish, rather than hidden.
  const inputs = card.getByText('Uppehållstillstånd');
  await expect(inputs).toHaveAttribute('lang', 'sv');
  await expect(card).toContainText('Uppehållstillstånd(ruotsiksi)');

  const groups = page.getByRole('region', { name: 'Kohderyhmät' });
  await groups.getByRole('button', { name: 'Lisää kohderyhmä' }).click();
  const newGroup = page.getByRole('dialog', { name: 'Uusi kohderyhmä' });
  await newGroup.getByLabel('Nimi suomeksi').fill('Työnhakijat');
  await newGroup.getByRole('button', { name: 'Tallenna' }).click();
  await expect(groups.getByRole('listitem').filter({ hasText: 'Työnhakijat' })).toBeVisible();
  await groups.getByRole('button', { name: 'Nimeä: Työnhakijat' }).click();
  const rename = page.getByRole('dialog', { name: 'Nimeä kohderyhmä' });
  await expect(rename.getByLabel('Nimi suomeksi')).toHaveValue('Työnhakijat');
  await rename.getByLabel('Nimi suomeksi').fill('Työnhakijat ja työttömät');
  await rename.getByRole('button', { name: 'Tallenna' }).click();
  await expect(groups.getByRole('listitem').filter({ hasText: 'Työnhakijat ja työttömät' })).toBeVisible();

  // A step limited to the group says so in the list.
  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  await page.getByRole('button', { name: `Muokkaa: ${PLAN_EMPLOYMENT}` }).click();
  const step = page.getByRole('dialog', { name: 'Muokkaa vaihetta' });
  await step.getByLabel('Kohderyhmä').selectOption({ label: 'Työnhakijat ja työttömät' });
  await step.getByLabel('Määräaika päivinä').fill('30');
  await step.getByRole('button', { name: 'Tallenna' }).click();
  await expect(step).toBeHidden();
  const stepCard = stepsRegion(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: PLAN_EMPLOYMENT }) });
  await expect(stepCard).toContainText('Vain: Työnhakijat ja työttömät');
  await expect(stepCard).toContainText('30 päivää');

  await page.getByRole('tab', { name: 'Prosessikortti' }).click();
  await groups.getByRole('button', { name: 'Poista: Työnhakijat ja työttömät' }).click();
  await page.getByRole('dialog', { name: 'Poistetaanko kohderyhmä?' }).getByRole('button', { name: 'Poista kohderyhmä' }).click();
  await expect(groups.getByText('Kohderyhmiä ei ole kirjattu.')).toBeVisible();
  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  await expect(stepCard).not.toContainText('Vain:');
});

test('the status moves from draft to review, and the process exports to Word', async ({ page, host, request }) => {
  const process = await createBranchingProcess(request, host, 'Testiprosessi: vienti');
  await openApp(page, host, `#/processes/${process.id}`);
  await page.getByRole('button', { name: 'Vaihda tila' }).click();
  await page.getByRole('menuitem', { name: 'Lähetä tarkastettavaksi' }).click();
  await expect(page.getByText('Tarkastettavana', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Vie Word-tiedostoon' }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('menuitem', { name: 'Suomeksi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Word-asiakirjaa laaditaan…' })).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText(/on valmis\.$/)).toBeVisible();
});

test('the process map and the process page, its tabs and forms have no serious or critical axe violations', async ({ page, host }) => {
  await openApp(page, host, '#/processes');
  await expect(page.getByRole('heading', { level: 1, name: 'Prosessikartta' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Uusi prosessi' }).click();
  await page.getByRole('dialog', { name: 'Uusi prosessi' }).getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi prosessi' }).getByText('Anna nimi ainakin yhdellä kielellä.').last()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  // The demo's customer process: findings, variants by target group, a repealed act.
  await page.getByRole('link', { name: 'Maahanmuuttaja-asiakkaan kotoutumisprosessi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maahanmuuttaja-asiakkaan kotoutumisprosessi' })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Muokkaa prosessikorttia' }).click();
  await expect(page.getByRole('dialog', { name: 'Muokkaa prosessikorttia' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await page.getByRole('button', { name: 'Muokkaa säädösperustaa' }).click();
  await expect(page.getByRole('dialog', { name: 'Prosessin säädösperusta' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Uusi säädös…' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi säädös' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /Vaiheet/ }).click();
  await expect(stepsRegion(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await stepsRegion(page).getByRole('button', { name: 'Lisää vaihe' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi vaihe' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();

  await openStepMenuItem(page, DECISION, 'Nuolet…');
  await expect(page.getByRole('dialog', { name: `Nuolet: ${DECISION}` })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Uimaratakaavio' }).click();
  await expect(page.getByRole('img', { name: 'Maahanmuuttaja-asiakkaan kotoutumisprosessi' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
