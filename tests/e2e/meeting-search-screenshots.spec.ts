import { join, resolve } from 'node:path';
import { openApp, useFinnish } from './app-page';
import { expect, test } from './support/host';

/** Refreshes docs/screenshots/meeting-search.png from the demo network. Run with KOTOVERKKO_SCREENSHOTS=1. */
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.skip(!process.env.KOTOVERKKO_SCREENSHOTS, 'set KOTOVERKKO_SCREENSHOTS=1 to refresh docs/screenshots');

test('meeting search screenshot', async ({ page, request, host }) => {
  await useFinnish(request, host);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openApp(page, host, '#/meetings');
  const field = page.getByRole('searchbox', { name: 'Hakusana' });
  await field.fill('vastuumatriisi');
  await field.press('Enter');
  await expect(page.getByRole('region', { name: 'Hakutulokset' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-search.png'), fullPage: true });
});
