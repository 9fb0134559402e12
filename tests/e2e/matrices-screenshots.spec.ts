import { join, resolve } from 'node:path';
import { openApp, useFinnish, waitUntilLoaded } from './app-page';
import { expect, test } from './support/host';

/**
 * Refreshes the matrix screenshots in docs/screenshots from the demo network (its matrix has an
 * approved version 1 and a version 2 in review). Run with KOTOVERKKO_SCREENSHOTS=1.
 */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.skip(!process.env.KOTOVERKKO_SCREENSHOTS, 'set KOTOVERKKO_SCREENSHOTS=1 to refresh docs/screenshots');

test('matrix screenshots', async ({ page, request, host }) => {
  await useFinnish(request, host);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, host, '#/matrices');
  await page.getByRole('link', { name: /vastuumatriisi$/i }).first().click();
  await expect(page.getByRole('grid')).toBeVisible();
  await waitUntilLoaded(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'matrix-grid.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Lausuntokierros' }).click();
  await expect(page.getByRole('table', { name: 'Lausuntojen eteneminen jäsenittäin' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'matrix-review.png'), fullPage: true });

  // Further views, for looking at (kept with the test's output, not in docs).
  const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  await page.getByRole('button', { name: 'Kirjaa vastaukset: Kela' }).click();
  await shot('enter-answers');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Tehtävät ja toimijat' }).click();
  await shot('structure');
  await page.getByRole('tab', { name: 'Versiot ja vertailu' }).click();
  await page.getByRole('button', { name: 'Vertaa' }).click();
  await expect(page.getByRole('heading', { name: /→/ })).toBeVisible();
  await shot('compare');
  await page.getByRole('combobox', { name: 'Versio', exact: true }).selectOption({ label: 'Versio 1 – hyväksytty' });
  await waitUntilLoaded(page);
  await page.getByRole('tab', { name: 'Organisaatioiden hyväksynnät' }).click();
  await shot('acceptance');
  await page.getByRole('button', { name: 'Kirjaa hyväksyntä…' }).first().click();
  await shot('acceptance-form');
});
