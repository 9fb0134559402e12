import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index';
import { FORM_SHEET_LAYOUT } from '../../src-main/export/review-forms/review-form-xlsx';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/** Calls the browser host's API as the page does, and fails the test on an error answer. */
async function api<M extends MethodName>(request: APIRequestContext, host: BrowserHost, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: ResultOf<M>; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.result;
}

const ACTORS = ['Hämeenlinnan kaupunki', 'Kela', 'Kanta-Hämeen hyvinvointialue', 'Hämeen ELY-keskus'];
const TASKS = ['Ohjaus ja neuvonta', 'Palvelutarpeen arviointi', 'Kotoutumissuunnitelma'];

interface TestMatrix {
  matrixId: string;
  versionId: string;
  taskIds: string[];
  actorIds: string[];
}

/**
 * A free draft of three tasks over four demo actors (the last one, Hämeen ELY-keskus, superseded
 * on 1.1.2026). Only the first task is complete: the other two each miss their A and their R.
 */
async function createFreeMatrix(request: APIRequestContext, host: BrowserHost, name: string): Promise<TestMatrix> {
  const actors = await api(request, host, 'actors.list', { lang: 'fi' });
  const actorIds = ACTORS.map((actorName) => {
    const actor = actors.find((candidate) => candidate.name === actorName);
    if (!actor) throw new Error(`no demo actor ${actorName}`);
    return actor.id;
  });
  let view = await api(request, host, 'matrices.create', { name: { fi: name }, actorIds });
  for (const task of TASKS) {
    view = await api(request, host, 'matrices.addTask', { versionId: view.version.id, expectedVersion: view.version.rowVersion, name: { fi: task } });
  }
  const taskIds = view.tasks.map((task) => task.id);
  await setLetters(request, host, { matrixId: view.matrix.id, versionId: view.version.id }, [
    [taskIds[0]!, actorIds[0]!, 'A'],
    [taskIds[0]!, actorIds[1]!, 'R'],
    [taskIds[0]!, actorIds[2]!, 'C'],
  ]);
  return { matrixId: view.matrix.id, versionId: view.version.id, taskIds, actorIds };
}

async function setLetters(request: APIRequestContext, host: BrowserHost, matrix: Pick<TestMatrix, 'matrixId' | 'versionId'>, cells: Array<[string, string, 'R' | 'A' | 'C' | 'I' | null]>) {
  const view = await api(request, host, 'matrices.get', { matrixId: matrix.matrixId, versionId: matrix.versionId });
  return api(request, host, 'matrices.setCells', {
    versionId: matrix.versionId,
    expectedVersion: view.version.rowVersion,
    cells: cells.map(([taskId, actorId, letter]) => ({ taskId, actorId, letter })),
  });
}

/** Every task gets an A and an R, so the draft has no errors and can go to review. */
async function completeMatrix(request: APIRequestContext, host: BrowserHost, matrix: TestMatrix) {
  await setLetters(request, host, matrix, [
    [matrix.taskIds[1]!, matrix.actorIds[0]!, 'A'],
    [matrix.taskIds[1]!, matrix.actorIds[2]!, 'R'],
    [matrix.taskIds[2]!, matrix.actorIds[0]!, 'A'],
    [matrix.taskIds[2]!, matrix.actorIds[1]!, 'R'],
    [matrix.taskIds[2]!, matrix.actorIds[2]!, 'I'],
  ]);
}

const grid = (page: Page) => page.getByRole('grid');
/** The cell of a task (by its name) under an actor (by its column's position, 0 = first actor). */
const cell = (page: Page, task: string, actorIndex: number): Locator => grid(page).getByRole('row', { name: new RegExp(`^${task}`) }).getByRole('gridcell').nth(actorIndex);
const findings = (page: Page) => page.getByRole('table', { name: 'Havainnot tehtävittäin' });
const summary = (page: Page) => page.getByTestId('finding-summary');

async function openMatrix(page: Page, host: BrowserHost, matrix: { matrixId: string }, name: string) {
  await openApp(page, host, `#/matrices/${matrix.matrixId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(grid(page)).toBeVisible();
}

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

test('a matrix is edited with the keyboard: a check appears and disappears, Ctrl+Z undoes, and the letters are saved', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Näppäimistömatriisi');
  await openMatrix(page, host, matrix, 'Näppäimistömatriisi');
  await expect(summary(page)).toHaveText('Tarkistukset: 4 virhettä, 0 avointa varoitusta');
  const missingA = findings(page).getByRole('row', { name: /Tehtävältä ”Palvelutarpeen arviointi” puuttuu A/ });
  const missingR = findings(page).getByRole('row', { name: /Tehtävältä ”Palvelutarpeen arviointi” puuttuu R/ });
  await expect(missingA).toBeVisible();
  await expect(missingR).toBeVisible();
  const rowHeader = grid(page).getByRole('rowheader', { name: /Palvelutarpeen arviointi/ });
  await expect(rowHeader).toContainText('(virhe)');

  await cell(page, 'Ohjaus ja neuvonta', 0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toBeFocused();
  await page.keyboard.press('a');
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toHaveText('A');
  await expect(missingA).toHaveCount(0);
  await expect(summary(page)).toHaveText('Tarkistukset: 3 virhettä, 0 avointa varoitusta');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+R');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('R');
  await expect(missingR).toHaveCount(0);
  await expect(rowHeader).not.toContainText('(virhe)');

  // Emptying the R brings its check back; Ctrl+Z takes the emptying back again.
  await page.keyboard.press('Delete');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('');
  await expect(missingR).toBeVisible();
  await expect(rowHeader).toContainText('(virhe)');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('R');
  await expect(missingR).toHaveCount(0);
  await expect(summary(page)).toHaveText('Tarkistukset: 2 virhettä, 0 avointa varoitusta');

  // What the grid shows is what was saved.
  await expect(page.getByRole('status').filter({ hasText: 'Tallennetaan…' })).toHaveCount(0);
  await page.reload();
  await waitUntilLoaded(page);
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toHaveText('A');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('R');
  await expect(summary(page)).toHaveText('Tarkistukset: 2 virhettä, 0 avointa varoitusta');
});

test('the grid is one tab stop, moves with arrows, Home/End and Page keys, and a second click cycles the letter', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Navigointimatriisi');
  await openMatrix(page, host, matrix, 'Navigointimatriisi');
  const table = grid(page);
  await expect(table).toHaveAccessibleName('Vastuumatriisi, versio 1');
  await expect(table).toHaveAttribute('aria-rowcount', '4');
  await expect(table).toHaveAttribute('aria-colcount', '5');
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  await expect(table.locator('[tabindex="0"]')).toHaveCount(1);

  // Tab enters the grid at its one tab stop and the next Tab leaves it.
  await page.getByRole('button', { name: 'Tyhjennä' }).focus();
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Ohjaus ja neuvonta', 0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(table.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toBeFocused();
  await expect(page.getByTestId('active-cell')).toHaveText('Valittu: Palvelutarpeen arviointi / Kela: tyhjä');

  await page.keyboard.press('End');
  await expect(cell(page, 'Palvelutarpeen arviointi', 3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(table.getByRole('rowheader', { name: /Palvelutarpeen arviointi/ })).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(cell(page, 'Kotoutumissuunnitelma', 3)).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(cell(page, 'Ohjaus ja neuvonta', 3)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(table.getByRole('rowheader', { name: /Ohjaus ja neuvonta/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(table.getByRole('rowheader', { name: /Ohjaus ja neuvonta/ })).toBeFocused();
  await expect(table.locator('[tabindex="0"]')).toHaveCount(1);

  // The mouse: a click selects, another click on the selected cell cycles R → A → C → I → empty.
  const target = cell(page, 'Kotoutumissuunnitelma', 1);
  await target.click();
  await expect(target).toBeFocused();
  await expect(target).toHaveText('');
  for (const letter of ['R', 'A', 'C', 'I', '']) {
    await target.click();
    await expect(target).toHaveText(letter);
  }
  // The letter buttons act on the selected cell and leave the focus in the grid.
  await page.getByRole('button', { name: 'Aseta C (konsultoitava)' }).click();
  await expect(target).toHaveText('C');
  await expect(target).toBeFocused();
});

test('a warning is accepted with a reason, the reason shows, and the acceptance is withdrawn', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Varoitusmatriisi');
  await completeMatrix(request, host, matrix);
  // Two R on the first task: a possible overlap.
  await setLetters(request, host, matrix, [[matrix.taskIds[0]!, matrix.actorIds[2]!, 'R']]);
  await openMatrix(page, host, matrix, 'Varoitusmatriisi');
  await expect(summary(page)).toHaveText('Tarkistukset: 0 virhettä, 1 avoin varoitus');
  const warning = findings(page).getByRole('row', { name: /Tehtävällä ”Ohjaus ja neuvonta” on 2 R-merkintää/ });
  await expect(warning).toContainText('Varoitus');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await warning.getByRole('button', { name: /^Näytä matriisissa/ }).click();
  await expect(grid(page).getByRole('rowheader', { name: /Ohjaus ja neuvonta/ })).toBeFocused();

  await warning.getByRole('button', { name: /^Hyväksy perustellen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Hyväksy varoitus' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByLabel('Perustelu')).toBeFocused();
  await dialog.getByLabel('Perustelu').fill('Ohjaus tehdään yhdessä kahdella kielellä.');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await expect(warning).toContainText('Hyväksytty varoitus');
  await expect(warning).toContainText('Perustelu: Ohjaus tehdään yhdessä kahdella kielellä.');
  await expect(summary(page)).toHaveText('Tarkistukset: Ei virheitä eikä avoimia varoituksia.');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.reload();
  await waitUntilLoaded(page);
  await expect(warning).toContainText('Perustelu: Ohjaus tehdään yhdessä kahdella kielellä.');
  await warning.getByRole('button', { name: /^Peru hyväksyntä/ }).click();
  await expect(warning).not.toContainText('Perustelu:');
  await expect(summary(page)).toHaveText('Tarkistukset: 0 virhettä, 1 avoin varoitus');
});

test('tasks and actors of a draft are added, renamed, moved and removed with undo', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Rakennematriisi');
  await openMatrix(page, host, matrix, 'Rakennematriisi');

  // Enter on a task's name opens it for editing.
  await grid(page).getByRole('rowheader', { name: /Kotoutumissuunnitelma/ }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Muokkaa tehtävää' });
  await edit.getByLabel('Nimi suomeksi').fill('Kotoutumissuunnitelman laatiminen');
  await edit.getByLabel('Lakisääteinen viranomaistehtävä').check();
  await edit.getByRole('button', { name: 'Tallenna' }).click();
  await expect(edit).toBeHidden();
  await expect(grid(page).getByRole('rowheader', { name: /Kotoutumissuunnitelman laatiminen/ })).toContainText('(lakisääteinen)');

  await page.getByRole('tab', { name: 'Tehtävät ja toimijat' }).click();
  const tasks = page.getByRole('region', { name: 'Tehtävät' });
  await tasks.getByRole('button', { name: 'Lisää tehtävä' }).click();
  const add = page.getByRole('dialog', { name: 'Uusi tehtävä' });
  await add.getByLabel('Nimi suomeksi').fill('Jatko-ohjaus');
  await add.getByLabel('Nimi ruotsiksi').fill('Vidare hänvisning');
  await add.getByRole('button', { name: 'Tallenna' }).click();
  await expect(add).toBeHidden();
  await expect(tasks.getByRole('rowheader')).toHaveText([/Ohjaus ja neuvonta/, /Palvelutarpeen arviointi/, /Kotoutumissuunnitelman laatiminen/, /Jatko-ohjaus/]);

  await tasks.getByRole('button', { name: 'Siirrä ylös: Jatko-ohjaus' }).click();
  await expect(tasks.getByRole('rowheader')).toHaveText([/Ohjaus ja neuvonta/, /Palvelutarpeen arviointi/, /Jatko-ohjaus/, /Kotoutumissuunnitelman laatiminen/]);

  // Removing a task with letters, then undoing it, brings back its name, place and letters.
  await tasks.getByRole('button', { name: 'Poista tehtävä Ohjaus ja neuvonta' }).click();
  await expect(tasks.getByRole('rowheader')).toHaveCount(3);
  await page.getByRole('button', { name: 'Peru' }).click();
  await expect(tasks.getByRole('rowheader')).toHaveCount(4);
  await expect(tasks.getByRole('rowheader').first()).toContainText('Ohjaus ja neuvonta');
  await expect(tasks.getByRole('row', { name: /Ohjaus ja neuvonta/ })).toContainText('3 merkintää');

  const columns = page.getByRole('region', { name: 'Toimijat (sarakkeet)' });
  await columns.getByRole('button', { name: 'Lisää toimija' }).click();
  const addColumn = page.getByRole('dialog', { name: 'Lisää toimija sarakkeeksi' });
  await addColumn.getByRole('combobox', { name: 'Toimija' }).fill('Forssan');
  await page.getByRole('option', { name: 'Forssan kaupunki' }).click();
  await addColumn.getByRole('button', { name: 'Tallenna' }).click();
  await expect(addColumn).toBeHidden();
  await expect(columns.getByRole('rowheader')).toHaveCount(5);
  await expect(columns.getByRole('rowheader').last()).toContainText('Forssan kaupunki');

  await columns.getByRole('button', { name: 'Poista sarake Kela' }).click();
  await expect(columns.getByRole('rowheader')).toHaveCount(4);
  await page.getByRole('button', { name: 'Peru' }).click();
  await expect(columns.getByRole('rowheader')).toHaveCount(5);
  await expect(columns.getByRole('row', { name: /Kela/ })).toContainText('1 merkintä');

  await page.getByRole('tab', { name: 'Matriisi' }).click();
  await expect(grid(page).getByRole('columnheader')).toHaveText(['Tehtävä', /Hämeenlinnan kaupunki/, /Kela/, /Kanta-Hämeen hyvinvointialue/, /Hämeen ELY-keskus/, /Forssan kaupunki/]);
  await expect(cell(page, 'Ohjaus ja neuvonta', 1)).toHaveText('R');
});

test('a superseded actor’s letters are transferred to its successors', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Seuraantomatriisi');
  await setLetters(request, host, matrix, [[matrix.taskIds[1]!, matrix.actorIds[3]!, 'A']]);
  await openMatrix(page, host, matrix, 'Seuraantomatriisi');
  await expect(findings(page)).toContainText('Toimija ”Hämeen ELY-keskus” on arkistoitu tai korvattu seuraajalla');
  await page.getByRole('tab', { name: 'Tehtävät ja toimijat' }).click();
  await page.getByRole('button', { name: 'Siirrä merkinnät seuraajille: Hämeen ELY-keskus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Siirrä merkinnät seuraajille' });
  const successor = dialog.getByRole('checkbox').first();
  await expect(successor).toBeChecked();
  const successorName = await successor.evaluate((box: HTMLInputElement) => box.labels?.[0]?.textContent ?? '');
  expect(successorName).not.toBe('');
  await dialog.getByRole('button', { name: 'Siirrä merkinnät seuraajille' }).click();
  await expect(dialog).toBeHidden();
  const columns = page.getByRole('region', { name: 'Toimijat (sarakkeet)' });
  await expect(columns.getByRole('rowheader', { name: /Hämeen ELY-keskus/ })).toHaveCount(0);
  await expect(columns.getByRole('row', { name: new RegExp(successorName) })).toContainText('1 merkintä');
});

test('a version goes to review, gets answers, is approved and accepted, and a new draft compares with it', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Elinkaarimatriisi');
  await openMatrix(page, host, matrix, 'Elinkaarimatriisi');
  const send = page.getByRole('button', { name: 'Lähetä lausunnolle…' });
  await expect(send).toBeDisabled();
  await expect(page.getByText('Korjaa ensin virheet (4)')).toBeVisible();

  await completeMatrix(request, host, matrix);
  await page.reload();
  await waitUntilLoaded(page);
  await expect(send).toBeEnabled();
  await send.click();
  const sendDialog = page.getByRole('dialog', { name: 'Lähetä lausunnolle' });
  await sendDialog.getByLabel('Lausuntojen määräpäivä').fill('2026-12-31');
  await sendDialog.getByRole('button', { name: 'Lähetä lausunnolle' }).click();
  await expect(sendDialog).toBeHidden();
  await expect(page.getByText('Versio 1 on lausunnolla, eikä sitä voi muuttaa.')).toBeVisible();
  await expect(page.getByText('Lausunnot viimeistään 31.12.2026')).toBeVisible();
  await expect(grid(page)).toHaveAttribute('aria-readonly', 'true');
  await cell(page, 'Kotoutumissuunnitelma', 3).focus();
  await page.keyboard.press('a');
  await expect(cell(page, 'Kotoutumissuunnitelma', 3)).toHaveText('');
  await expect(page.getByText('Versio on lukittu: merkintöjä ei voi muuttaa.')).toBeAttached();

  // The coordinator enters a member's answers that came by e-mail, and answers its comment.
  await page.getByRole('tab', { name: 'Lausuntokierros' }).click();
  const progress = page.getByRole('table', { name: 'Lausuntojen eteneminen jäsenittäin' });
  const kela = progress.getByRole('row', { name: /^Kela/ });
  await expect(kela.getByRole('cell').nth(0)).toHaveText('2');
  await kela.getByRole('button', { name: 'Kirjaa vastaukset: Kela' }).click();
  const answers = page.getByRole('dialog', { name: 'Kirjaa vastaukset: Kela' });
  await answers.getByRole('radiogroup', { name: 'Vastaus tehtävään Ohjaus ja neuvonta' }).getByLabel('hyväksyy').check();
  await answers.getByRole('radiogroup', { name: 'Vastaus tehtävään Kotoutumissuunnitelma' }).getByLabel('kommentoi').check();
  await answers.getByRole('button', { name: 'Tallenna' }).click();
  await expect(answers.getByText('Kirjoita kommentti.')).toBeVisible();
  await answers.getByLabel('Kommentti tehtävään Kotoutumissuunnitelma').fill('Kela osallistuu vain etuuksien osalta.');
  await answers.getByRole('button', { name: 'Tallenna' }).click();
  await expect(answers).toBeHidden();
  await expect(kela.getByRole('cell')).toHaveText(['2', '1', '1', '1', /\.docx/, /Kirjaa vastaukset/]);
  const comments = page.getByRole('region', { name: 'Kommentit' });
  await expect(comments).toContainText('Kela osallistuu vain etuuksien osalta.');
  await comments.getByRole('button', { name: 'Vastaa ja sulje: Kotoutumissuunnitelma' }).click();
  const resolve = page.getByRole('dialog', { name: 'Vastaa kommenttiin' });
  await resolve.getByLabel('Vastaus').fill('Tarkennetaan seuraavaan versioon.');
  await resolve.getByRole('button', { name: 'Tallenna' }).click();
  await expect(comments).toContainText('Vastaus: Tarkennetaan seuraavaan versioon.');
  await expect(kela.getByRole('cell').nth(3)).toHaveText('0');

  await page.getByRole('button', { name: 'Hyväksy…' }).click();
  const approve = page.getByRole('dialog', { name: 'Hyväksy versio' });
  await approve.getByLabel('Hyväksymispäivä').fill('2026-11-20');
  await approve.getByLabel('Päätösviite').fill('Verkoston kokous 4/2026, kohta 6');
  await approve.getByRole('button', { name: 'Hyväksy' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByText('Versio 1 on hyväksytty, eikä sitä voi muuttaa.')).toBeVisible();

  // Each member organisation accepts it by its own decision.
  await page.getByRole('tab', { name: 'Organisaatioiden hyväksynnät' }).click();
  const missing = page.getByRole('region', { name: 'Hyväksyntä puuttuu' });
  await missing.getByRole('button', { name: 'Kirjaa hyväksyntä: Hämeenlinnan kaupunki' }).click();
  const accept = page.getByRole('dialog', { name: 'Kirjaa hyväksyntä' });
  await accept.getByLabel('Hyväksyjä').fill('Kaupunginhallitus');
  await accept.getByLabel('Päivä').fill('2026-11-21');
  await accept.getByLabel('Päättävä toimielin').fill('Hämeenlinnan kaupunginhallitus');
  await accept.getByLabel('Pykälä').fill('45 §');
  await accept.getByLabel('Diaarinumero').fill('HML/1234/00.01.02/2026');
  await accept.getByRole('button', { name: 'Tallenna' }).click();
  await expect(accept).toBeHidden();
  const recorded = page.getByRole('table', { name: 'Kirjatut hyväksynnät' });
  await expect(recorded.getByRole('row', { name: /Hämeenlinnan kaupunki/ }).getByRole('cell')).toHaveText([
    'Kaupunginhallitus',
    '21.11.2026',
    'Hämeenlinnan kaupunginhallitus',
    '45 §',
    'HML/1234/00.01.02/2026',
    /Poista/,
  ]);
  await expect(missing).not.toContainText('Hämeenlinnan kaupunki');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A new draft starts from the approved version and compares with it cell by cell.
  await page.getByRole('button', { name: 'Aloita uusi luonnos' }).click();
  const draft = page.getByRole('dialog', { name: 'Aloita uusi luonnos' });
  await draft.getByRole('button', { name: 'Aloita uusi luonnos' }).click();
  await expect(page.getByRole('combobox', { name: 'Versio', exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Versio', exact: true }).locator('option:checked')).toHaveText('Versio 2 – luonnos');
  await waitUntilLoaded(page);
  await cell(page, 'Kotoutumissuunnitelma', 2).focus();
  await page.keyboard.press('c');
  await expect(cell(page, 'Kotoutumissuunnitelma', 2)).toHaveText('C');
  await expect(page.getByRole('status').filter({ hasText: 'Tallennetaan…' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Versiot ja vertailu' }).click();
  const compare = page.getByRole('region', { name: 'Vertaa versioita' });
  await compare.getByRole('button', { name: 'Vertaa' }).click();
  await expect(compare.getByRole('heading', { name: 'Versio 1 → versio 2' })).toBeVisible();
  await expect(compare.getByRole('table', { name: 'Muuttuneet merkinnät' }).getByRole('row', { name: /Kotoutumissuunnitelma/ }).getByRole('cell')).toHaveText([
    'Kotoutumissuunnitelma',
    'Kanta-Hämeen hyvinvointialue',
    'I',
    'C',
  ]);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('a version is exported to Excel and the file is in the workspace’s exports folder', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Vientimatriisi');
  await openMatrix(page, host, matrix, 'Vientimatriisi');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie Exceliin (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = await download.path();
  const bytes = readFileSync(saved);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const onDisk = join(host.folder, 'exports', download.suggestedFilename());
  expect(existsSync(onDisk)).toBe(true);
  expect(statSync(onDisk).size).toBe(bytes.length);
  await expect(page.getByText(`Tiedosto ${download.suggestedFilename()} luotu.`)).toBeVisible();
});

/** The downloaded workbook's first visible sheet, with a way to find a cell by its row's and column's texts. */
async function openWorkbook(download: Download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible')!;
  const text = (row: number, column: number) => String(sheet.getRow(row).getCell(column).text ?? '').trim();
  const find = (value: string) => {
    for (let row = 1; row <= sheet.rowCount; row += 1) for (let column = 1; column <= sheet.columnCount; column += 1) if (text(row, column) === value) return { row, column };
    throw new Error(`no cell says ${value}`);
  };
  const file = async (name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  return { sheet, find, file };
}

test('an Excel workbook is read into a draft: problems block it, then its changes are previewed and imported', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Excel-matriisi');
  await openMatrix(page, host, matrix, 'Excel-matriisi');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie Exceliin (.xlsx)' }).click();
  const workbook = await openWorkbook(await downloading);
  const row = workbook.find('Palvelutarpeen arviointi').row;
  const cityColumn = workbook.find('Hämeenlinnan kaupunki').column;
  const kelaColumn = workbook.find('Kela').column;
  workbook.sheet.getRow(row).getCell(cityColumn).value = 'A';
  workbook.sheet.getRow(row).getCell(kelaColumn).value = 'X';

  await page.getByRole('button', { name: 'Tuo Excelistä…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tuo matriisi Excelistä' });
  await dialog.getByLabel('Tiedosto').setInputFiles(await workbook.file('muokattu.xlsx'));
  const problems = dialog.getByRole('table', { name: 'Tiedoston ongelmat' });
  await expect(problems.getByRole('row').nth(1).getByRole('cell')).toHaveText([String(row), String(kelaColumn), 'Tuntematon kirjain (sallitut R, A, C, I)', 'X']);
  await expect(dialog.getByRole('alert')).toContainText('Korjaa ongelmat tiedostoon');
  await expect(dialog.getByRole('button', { name: 'Tuo muutokset' })).toBeDisabled();

  workbook.sheet.getRow(row).getCell(kelaColumn).value = 'r';
  await dialog.getByLabel('Tiedosto').setInputFiles(await workbook.file('korjattu.xlsx'));
  const changes = dialog.getByRole('table', { name: 'Tuonnin muutokset' });
  await expect(changes.getByRole('row')).toHaveCount(3);
  await expect(changes.getByRole('row', { name: /Hämeenlinnan kaupunki/ }).getByRole('cell')).toHaveText(['Palvelutarpeen arviointi', 'Hämeenlinnan kaupunki', '–', 'A']);
  await expect(problems).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Tuo muutokset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Excel-tiedoston muutokset tuotu (2).')).toBeVisible();
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toHaveText('A');
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('R');
  await expect(summary(page)).toHaveText('Tarkistukset: 2 virhettä, 0 avointa varoitusta');
});

test('a member’s review form is downloaded, filled in Excel and imported after a preview', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Lomakematriisi');
  await completeMatrix(request, host, matrix);
  const current = await api(request, host, 'matrices.get', { matrixId: matrix.matrixId });
  await api(request, host, 'matrices.sendToReview', { versionId: matrix.versionId, expectedVersion: current.version.rowVersion });
  await openMatrix(page, host, matrix, 'Lomakematriisi');
  await page.getByRole('tab', { name: 'Lausuntokierros' }).click();

  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lausuntolomake .docx: Kela' }).click();
  expect((await word).suggestedFilename()).toMatch(/\.docx$/);
  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lausuntolomake .xlsx: Kela' }).click();
  const form = await openWorkbook(await excel);
  const { columns } = FORM_SHEET_LAYOUT;
  form.sheet.getRow(form.find('Ohjaus ja neuvonta').row).getCell(columns.agree).value = 'x';
  form.sheet.getRow(form.find('Kotoutumissuunnitelma').row).getCell(columns.comment).value = 'Kelan osuus on vain tiedottaminen.';

  await page.getByRole('button', { name: 'Tuo täytetty lomake…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tuo täytetty lausuntolomake' });
  await dialog.getByLabel('Tiedosto').setInputFiles(await form.file('kela-vastaus.xlsx'));
  await expect(dialog.getByRole('heading', { name: 'Kirjattavat vastaukset: Kela, versio 1' })).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Lomakkeen vastaukset' });
  await expect(preview.getByRole('row', { name: /Ohjaus ja neuvonta/ }).getByRole('cell')).toHaveText(['Ohjaus ja neuvonta', 'R', 'hyväksyy', '', 'uusi']);
  await expect(preview.getByRole('row', { name: /Kotoutumissuunnitelma/ }).getByRole('cell')).toHaveText([
    'Kotoutumissuunnitelma',
    'R',
    'kommentoi',
    'Kelan osuus on vain tiedottaminen.',
    'uusi',
  ]);
  await dialog.getByRole('button', { name: 'Tuo vastaukset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Lomakkeen vastaukset kirjattu: Kela.')).toBeVisible();
  const kela = page.getByRole('table', { name: 'Lausuntojen eteneminen jäsenittäin' }).getByRole('row', { name: /^Kela/ });
  await expect(kela.getByRole('cell')).toHaveText(['2', '1', '1', '1', /\.docx/, /Kirjaa vastaukset/]);
  await expect(page.getByRole('region', { name: 'Kommentit' })).toContainText('Kelan osuus on vain tiedottaminen.');
  await expect(page.getByRole('region', { name: 'Kommentit' })).toContainText('lomakkeelta');
});

test('a letter refused by the core (someone else edited the version) is rolled back with a reload offer', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Ristiriitamatriisi');
  await openMatrix(page, host, matrix, 'Ristiriitamatriisi');
  await cell(page, 'Palvelutarpeen arviointi', 0).focus();
  await page.keyboard.press('a');
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toHaveText('A');
  await expect(page.getByRole('status').filter({ hasText: 'Tallennetaan…' })).toHaveCount(0);

  // Another user changes the same version meanwhile.
  await setLetters(request, host, matrix, [[matrix.taskIds[2]!, matrix.actorIds[1]!, 'R']]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(page.getByText('Tietoa on muutettu toisaalla')).toBeVisible();
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('');
  await page.getByRole('button', { name: 'Lataa uudelleen' }).click();
  await expect(cell(page, 'Kotoutumissuunnitelma', 1)).toHaveText('R');
  await expect(cell(page, 'Palvelutarpeen arviointi', 0)).toHaveText('A');

  // After the reload the grid saves again.
  await cell(page, 'Palvelutarpeen arviointi', 1).focus();
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: 'Tallennetaan…' })).toHaveCount(0);
  await page.reload();
  await waitUntilLoaded(page);
  await expect(cell(page, 'Palvelutarpeen arviointi', 1)).toHaveText('R');
});

test('the matrix screen speaks Swedish and English; the letters stay R, A, C and I', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Kielimatriisi');
  const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
  try {
    await request.post(`${host.origin}/api/settings.update`, { headers, data: { uiLanguage: 'sv' } });
    await openApp(page, host, `#/matrices/${matrix.matrixId}`);
    await expect(page.getByRole('grid', { name: 'Ansvarsmatris, version 1' })).toBeVisible();
    await expect(page.getByText('ansvarar för genomförandet', { exact: true })).toBeVisible();
    await expect(page.getByText('Kontroller: 4 fel, 0 öppna varningar')).toBeVisible();
    await expect(page.getByText('Uppgiften ”Palvelutarpeen arviointi” saknar A (godkänner och ansvarar).')).toBeVisible();
    await expect(cell(page, 'Ohjaus ja neuvonta', 0)).toHaveText('A');

    await request.post(`${host.origin}/api/settings.update`, { headers, data: { uiLanguage: 'en' } });
    await page.reload();
    await expect(page.getByRole('grid', { name: 'Responsibility matrix, version 1' })).toBeVisible();
    await expect(page.getByText('approves and is accountable', { exact: true })).toBeVisible();
    await expect(page.getByText('Task “Kotoutumissuunnitelma” has no R (responsible for carrying out).')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send to review…' })).toBeDisabled();
  } finally {
    await useFinnish(request, host);
  }
});

test('a new free matrix is created from the list', async ({ page, host }) => {
  await openApp(page, host, '#/matrices');
  await page.getByRole('button', { name: 'Uusi vastuumatriisi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi vastuumatriisi' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Anna nimi ainakin yhdellä kielellä.').first()).toBeVisible();
  await dialog.getByLabel('Nimi suomeksi').fill('Järjestöyhteistyön vastuut');
  await dialog.getByLabel('Vapaa matriisi').check();
  await dialog.getByLabel('Toimijat sarakkeiksi').fill('Kela');
  await page.getByRole('option', { name: 'Kela', exact: true }).click();
  await dialog.getByLabel('Enintään I-merkintöjä tehtävää kohden').fill('11');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Järjestöyhteistyön vastuut' })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(page.getByText('Matriisissa ei ole vielä tehtäviä.')).toBeVisible();

  await page.getByRole('link', { name: 'Takaisin vastuumatriiseihin' }).click();
  const row = page.getByRole('row', { name: /Järjestöyhteistyön vastuut/ });
  await expect(row).toContainText('Vapaa matriisi');
  await expect(row).toContainText('versio 1');
  await expect(row).toContainText('luonnos');
  await expect(row).toContainText('0 × 1');
});

test('a matrix made from a process has its steps as rows, and a stricter limit brings a warning', async ({ page, host }) => {
  await openApp(page, host, '#/matrices');
  await page.getByRole('button', { name: 'Uusi vastuumatriisi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi vastuumatriisi' });
  await dialog.getByLabel('Nimi suomeksi').fill('Prosessin vastuut');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Valitse prosessi.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Prosessi' }).selectOption({ label: 'Maahanmuuttaja-asiakkaan kotoutumisprosessi' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prosessin vastuut' })).toBeVisible();
  await waitUntilLoaded(page);
  await expect(grid(page).getByRole('rowheader', { name: /^Ohjaus ja neuvonta/ })).toBeVisible();
  await expect(grid(page).getByRole('rowheader', { name: /^Jatko-ohjaus/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prosessi: Maahanmuuttaja-asiakkaan kotoutumisprosessi' })).toBeVisible();

  await cell(page, 'Ohjaus ja neuvonta', 0).focus();
  await page.keyboard.press('c');
  await expect(findings(page).getByRole('row', { name: /Tehtävällä ”Ohjaus ja neuvonta” on 1 C-merkintää/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nimi ja rajat' }).click();
  const settings = page.getByRole('dialog', { name: 'Matriisin nimi ja rajat' });
  await settings.getByLabel('Enintään C-merkintöjä tehtävää kohden').fill('0');
  await settings.getByRole('button', { name: 'Tallenna' }).click();
  await expect(settings).toBeHidden();
  await expect(findings(page).getByRole('row', { name: /Tehtävällä ”Ohjaus ja neuvonta” on 1 C-merkintää \(raja 0\)/ })).toContainText('Varoitus');
});

test('the matrix list and a matrix with findings, its tabs and dialogs have no serious or critical axe violations', async ({ page, request, host }) => {
  const matrix = await createFreeMatrix(request, host, 'Saavutettavuusmatriisi');
  await openApp(page, host, '#/matrices');
  await expect(page.getByRole('link', { name: 'Saavutettavuusmatriisi' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Uusi vastuumatriisi' }).click();
  await expect(page.getByRole('dialog', { name: 'Uusi vastuumatriisi' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await openMatrix(page, host, matrix, 'Saavutettavuusmatriisi');
  await cell(page, 'Palvelutarpeen arviointi', 1).focus();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Tehtävät ja toimijat' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lisää tehtävä' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Peruuta' }).click();
  await page.getByRole('tab', { name: 'Versiot ja vertailu' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await completeMatrix(request, host, matrix);
  await api(request, host, 'matrices.sendToReview', {
    versionId: matrix.versionId,
    expectedVersion: (await api(request, host, 'matrices.get', { matrixId: matrix.matrixId })).version.rowVersion,
  });
  await page.reload();
  await waitUntilLoaded(page);
  await page.getByRole('tab', { name: 'Lausuntokierros' }).click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Kirjaa vastaukset: Kela' }).click();
  await expect(page.getByRole('dialog', { name: 'Kirjaa vastaukset: Kela' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
