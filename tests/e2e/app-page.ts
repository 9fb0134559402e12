import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import type { BrowserHost } from './support/host';

/**
 * Small helpers the UI specs share: open the app at a route with the host's token, wait until a
 * screen has loaded, reset the UI language, and run axe.
 */
export async function openApp(page: Page, host: BrowserHost, hash = '#/'): Promise<void> {
  await page.goto(`${host.url}${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitUntilLoaded(page);
}

/** Nothing is still saying "loading" (the screens show a role=status line while they fetch). */
export async function waitUntilLoaded(page: Page): Promise<void> {
  await expect(page.getByText(/^(Ladataan|Laddar|Loading)…$/)).toHaveCount(0);
}

/** The specs share one host per worker, so each starts from Finnish whatever ran before. */
export async function useFinnish(request: APIRequestContext, host: BrowserHost): Promise<void> {
  const response = await request.post(`${host.origin}/api/settings.update`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { uiLanguage: 'fi' },
  });
  expect(response.ok()).toBe(true);
}

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Let transitions (modals, menus, a notification fading in or out) finish so colours are measured
  // at rest: a fixed pause alone sometimes caught a notification mid-fade on a loaded machine.
  await page.waitForTimeout(400);
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
