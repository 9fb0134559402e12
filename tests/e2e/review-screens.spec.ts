import type { APIRequestContext, Page } from '@playwright/test';
import type { Locale } from '../../src-main/i18n/locales';
import { en } from '../../src-renderer/i18n/en';
import { fi } from '../../src-renderer/i18n/fi';
import { sv } from '../../src-renderer/i18n/sv';
import { openApp, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, test } from './support/host';

/**
 * A look at the process and matrix screens in all three languages and two laptop sizes, for a
 * person to read through (the shots go to the test's output). Run with KOTOVERKKO_REVIEW=1.
 */
test.skip(!process.env.KOTOVERKKO_REVIEW, 'set KOTOVERKKO_REVIEW=1 to take the review screenshots');
test.setTimeout(120_000);

const DICTIONARIES = { fi, sv, en } as const;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

async function useLanguage(request: APIRequestContext, host: BrowserHost, language: Locale): Promise<void> {
  const response = await request.post(`${host.origin}/api/settings.update`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { uiLanguage: language },
  });
  expect(response.ok()).toBe(true);
}

const sizes = (process.env.KOTOVERKKO_REVIEW_SIZES ?? '1280x800,1024x768').split(',');
const languages = (process.env.KOTOVERKKO_REVIEW_LANGS ?? 'fi,sv,en').split(',') as Locale[];

for (const language of languages) {
  for (const size of sizes) {
    test(`process and matrix screens: ${language} ${size}`, async ({ page, request, host }) => {
      const [width, height] = size.split('x').map(Number) as [number, number];
      const t = DICTIONARIES[language];
      await useLanguage(request, host, language);
      await page.setViewportSize({ width, height });
      const shot = (name: string, fullPage = true) => page.screenshot({ path: test.info().outputPath(`${language}-${size}-${name}.png`), fullPage });

      await openApp(page, host, '#/');
      await shot('00-home');
      await openApp(page, host, '#/processes');
      await shot('01-process-map');
      await page.locator('table a').first().click();
      await waitUntilLoaded(page);
      await shot('02-process-card');
      const tabs = page.getByRole('tab');
      await tabs.nth(1).click();
      await shot('03-process-steps');
      await page.getByRole('button', { name: new RegExp(`^${fill(t.processes.steps.edit, { name: '' })}`) }).nth(1).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('04-step-modal', false);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await tabs.nth(2).click();
      await page.waitForTimeout(300);
      await shot('05-swimlane');

      await openApp(page, host, '#/matrices');
      await shot('10-matrix-list');
      await page.locator('table a').first().click();
      await expect(page.getByRole('grid')).toBeVisible();
      await waitUntilLoaded(page);
      await shot('11-matrix-grid');
      await page.getByRole('tab', { name: t.matrices.page.tabStructure }).click();
      await shot('12-structure');
      await page.getByRole('tab', { name: t.matrices.page.tabReview }).click();
      await shot('13-review');
      await page.getByRole('button', { name: new RegExp(`^${fill(t.matrices.review.enterAnswersLabel, { name: '' })}`) }).first().click();
      await page.waitForTimeout(300);
      await shot('14-enter-answers', false);
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: t.matrices.page.tabVersions }).click();
      await page.getByRole('button', { name: t.matrices.versions.compare, exact: true }).click();
      await expect(page.getByRole('heading', { name: /→/ })).toBeVisible();
      await shot('15-compare');
      const versionOne = fill(t.matrices.page.versionOption, { number: '1', status: t.matrices.status.approved });
      await page.getByRole('combobox', { name: t.matrices.page.version, exact: true }).selectOption({ label: versionOne });
      await waitUntilLoaded(page);
      await shot('16-version1-grid');
      await page.getByRole('tab', { name: t.matrices.page.tabAcceptance }).click();
      await shot('17-acceptance');
      await page.getByRole('button', { name: t.matrices.acceptance.record }).first().click();
      await page.waitForTimeout(300);
      await shot('18-acceptance-form', false);
      await page.keyboard.press('Escape');
    });
  }
}

/** Modals open from the keyboard, Escape closes them, and focus goes back to the button that opened them. */
test('keyboard: modals open with Enter, close with Escape, and focus returns', async ({ page, request, host }) => {
  const t = fi;
  await useLanguage(request, host, 'fi');
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host, '#/processes');
  await page.locator('table a').first().click();
  await waitUntilLoaded(page);
  await page.getByRole('tab').nth(1).click();
  const roundTrip = async (opener: ReturnType<Page['getByRole']>, name: string) => {
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(250);
    await page.screenshot({ path: test.info().outputPath(`keyboard-${name}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();
  };
  await roundTrip(page.getByRole('button', { name: new RegExp(`^${fill(t.processes.steps.edit, { name: '' })}`) }).nth(1), 'step');
  const more = page.getByRole('button', { name: new RegExp(`^${fill(t.processes.steps.more, { name: '' })}`) }).nth(1);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();

  await openApp(page, host, '#/matrices');
  await page.locator('table a').first().click();
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('tab', { name: t.matrices.page.tabReview }).click();
  await roundTrip(page.getByRole('button', { name: new RegExp(`^${fill(t.matrices.review.enterAnswersLabel, { name: '' })}`) }).first(), 'enter-answers');
  await roundTrip(page.getByRole('button', { name: t.matrices.lifecycle.approve, exact: true }), 'approve');
});

/** The empty network: what the first screens say before anything exists. */
test('empty network: process map and matrix list', async ({ page, request, host }) => {
  const response = await request.post(`${host.origin}/api/files.new`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { networkName: { fi: 'Tyhjä verkosto', sv: null, en: null } },
  });
  test.skip(!response.ok(), `files.new: ${await response.text()}`);
  for (const language of languages) {
    await useLanguage(request, host, language);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, host, '#/processes');
    await page.screenshot({ path: test.info().outputPath(`${language}-empty-process-map.png`), fullPage: true });
    await openApp(page, host, '#/matrices');
    await page.screenshot({ path: test.info().outputPath(`${language}-empty-matrix-list.png`), fullPage: true });
    await openApp(page, host, '#/');
    await page.screenshot({ path: test.info().outputPath(`${language}-empty-home.png`), fullPage: true });
  }
});

