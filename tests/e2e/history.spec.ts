import { expect as plainExpect } from '@playwright/test';
import { openApp, seriousAxeViolations, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/** Issue 7's audit trail on screen: a rename shows in the actor's history with who and what, and undo brings the name back. */

test.beforeEach(async ({ request, host }) => {
  await useFinnish(request, host);
  const response = await request.post(`${host.origin}/api/settings.update`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { userName: 'Eetu Esimerkki' },
  });
  plainExpect(response.ok()).toBe(true);
});

test('a renamed actor shows the change in its history, and undo brings the name back', async ({ page, host }) => {
  await openApp(page, host, '#/actors');
  await page.getByRole('link', { name: 'Hattulan kunta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hattulan kunta' })).toBeVisible();
  await waitUntilLoaded(page);
  const history = page.getByRole('region', { name: 'Muutoshistoria' });
  await expect(history.getByRole('row').first()).toBeVisible();
  // other specs may have changed this actor in the same host before: count from here
  const rowsBefore = await history.getByRole('row').count();

  await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa toimijaa' });
  await form.getByLabel('Nimi suomeksi').fill('Hattulan kunta (uusi nimi)');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Hattulan kunta (uusi nimi)' })).toBeVisible();

  const newest = history.getByRole('row').nth(1);
  await expect(newest).toContainText('Eetu Esimerkki');
  await expect(newest).toContainText('Muutettu');
  await expect(newest).toContainText('Nimi: fi: Hattulan kunta → fi: Hattulan kunta (uusi nimi)');
  plainExpect(await seriousAxeViolations(page)).toEqual([]);

  await history.getByRole('button', { name: 'Peru viimeisin muutos' }).click();
  const confirm = page.getByRole('dialog', { name: 'Perutaanko viimeisin muutos?' });
  await expect(confirm).toContainText('Eetu Esimerkki');
  plainExpect(await seriousAxeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Peru muutos' }).click();
  await expect(confirm).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Hattulan kunta', exact: true })).toBeVisible();
  // The undo is a change of its own, newest in the list, and can itself be undone.
  await expect(history.getByRole('row').nth(1)).toContainText('Nimi: fi: Hattulan kunta (uusi nimi) → fi: Hattulan kunta');
  await expect(history.getByRole('row')).toHaveCount(rowsBefore + 2);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hattulan kunta', exact: true })).toBeVisible();
});
