import { openApp, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
});
test.afterEach(async ({ request, host }) => {
  await useFinnish(request, host);
});

async function chooseLanguage(page: import('@playwright/test').Page, language: string) {
  await page.getByRole('button', { name: /^Kieli \/ Språk \/ Language/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('switching to Swedish and English changes the labels and html[lang]', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimijat' })).toBeVisible();

  await chooseLanguage(page, 'Svenska');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Aktörer' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' })).toBeVisible();
  await expect(page.getByLabel('Sök', { exact: true })).toBeVisible();
  await expect(page.getByText('Exempelnätverk – alla uppgifter är fiktiva')).toBeVisible();

  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Short name' })).toBeVisible();
  await expect(page.getByText('Demo network – all data is fictitious')).toBeVisible();

  // The choice is the user's setting: it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await chooseLanguage(page, 'Suomi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimijat' })).toBeVisible();
});

test('a name missing in the UI language is shown in another language with a visible marker', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Actors' })).toBeVisible();
  await waitUntilLoaded(page);
  // Forssa has no English (or Swedish) name in the demo: it is shown in Finnish, and says so.
  const row = page.getByRole('row', { name: /Forssan kaupunki/ });
  await expect(row.getByText('(in Finnish)')).toBeVisible();
  await expect(row.locator('[lang="fi"]')).toHaveText('Forssan kaupunki');
  // Where an English name exists it is used without a marker.
  await expect(page.getByRole('link', { name: 'Centre for Economic Development, Transport and the Environment for Häme' })).toBeVisible();
});

test('field errors follow the UI language', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await chooseLanguage(page, 'Svenska');
  await page.getByRole('button', { name: 'Ny aktör' }).click();
  const form = page.getByRole('dialog', { name: 'Ny aktör' });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Ange namnet på åtminstone ett språk.').last()).toBeVisible();
  await expect(form.getByText('Obligatorisk uppgift saknas.')).toBeVisible();
});
