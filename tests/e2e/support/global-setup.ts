import { ensureBuilt } from '../../../src-main/host/renderer-build';
import { chromium } from '../../support/skip-policy';

/** Builds the UI once before the browser tests (the host itself is started per test file). */
export default function globalSetup(): void {
  const browser = chromium();
  if (browser.skipReason) {
    console.warn(`Browser tests skipped: ${browser.skipReason}`);
    return;
  }
  ensureBuilt();
}
