import { defineConfig } from '@playwright/test';
import { chromium } from './tests/support/skip-policy';

const browser = chromium();

/** The real UI in Debian's chromium, served by the browser host (see tests/e2e/support/host.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    browserName: 'chromium',
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: browser.path ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Without chromium (and outside CI) every browser test is skipped with the reason.
  grep: browser.path ? undefined : /$^/,
});
