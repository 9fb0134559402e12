import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../src-main/api/contract/index';
import { findElectronBinary } from '../../src-main/electron/electron-binary';
import { hasDisplay } from '../../src-main/electron/start-mode';
import { ensureBuilt, PROJECT_ROOT } from '../../src-main/host/renderer-build';

/**
 * The thin Electron-only suite: what only Electron has (isolation, the preload's surface, blocked
 * navigation). Everything else is tested against the browser host in tests/e2e.
 *
 * Skip policy: unlike chromium (tests/support/skip-policy.ts), a missing Electron binary is a
 * skip even under CI=true, because this project's CI can never download it (no internet but the
 * npm registry). A binary that is there but has no display to run on is a skip on a developer's
 * machine and a failure in CI, where the binary's presence means Electron was meant to run.
 */
const binary = findElectronBinary({ electronPackageDir: join(PROJECT_ROOT, 'node_modules', 'electron'), env: process.env, platform: process.platform });
const skipReason = !binary.path
  ? `Electron binary not installed on this machine – Electron e2e skipped (looked at ${binary.lookedAt})`
  : !hasDisplay(process.platform, process.env)
    ? 'No display (DISPLAY or WAYLAND_DISPLAY) for the Electron binary – Electron e2e skipped (try xvfb-run)'
    : null;
if (skipReason && binary.path && process.env.CI === 'true') throw new Error(`CI=true: ${skipReason}`);
if (skipReason) console.warn(skipReason);

describe('the Electron app', () => {
  let app: ElectronApplication | null = null;
  let page: Page;
  let home = '';

  beforeAll(async () => {
    if (skipReason) return;
    ensureBuilt();
    home = mkdtempSync(join(tmpdir(), 'kotoverkko-electron-e2e-'));
    const { _electron } = await import('@playwright/test');
    const env = { ...process.env, KOTOVERKKO_HOME: home } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({
      executablePath: binary.path!,
      // Chromium refuses its OS sandbox to root (CI containers); the renderer stays sandbox: true.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), PROJECT_ROOT, '--demo'],
      env,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('shows our page from app://kotoverkko', (context) => {
    if (skipReason) context.skip(skipReason);
    expect(page.url()).toMatch(/^app:\/\/kotoverkko\//);
  });

  it('runs the page isolated and sandboxed', async (context) => {
    if (skipReason) context.skip(skipReason);
    const seen = await app!.evaluate(({ BrowserWindow, app: electronApp }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null; id: number; getOSProcessId(): number };
      const preferences = contents.getLastWebPreferences?.() ?? null;
      const metrics = electronApp.getAppMetrics().find((metric) => metric.pid === contents.getOSProcessId());
      return {
        preferences: preferences && {
          contextIsolation: preferences.contextIsolation,
          sandbox: preferences.sandbox,
          nodeIntegration: preferences.nodeIntegration,
          webviewTag: preferences.webviewTag,
        },
        // Reported on Windows and macOS only.
        sandboxed: metrics?.sandboxed ?? null,
      };
    });
    if (seen.preferences) expect(seen.preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    if (seen.sandboxed !== null) expect(seen.sandboxed).toBe(true);
    // Whatever Electron reports, the page itself must see no Node.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  });

  it('exposes exactly the contract’s methods on window.kotoverkko, and they work', async (context) => {
    if (skipReason) context.skip(skipReason);
    const keys = await page.evaluate(() => Object.keys((window as unknown as { kotoverkko: object }).kotoverkko).sort());
    expect(keys).toEqual([...methodNames].sort());
    const surface = await page.evaluate(() => {
      const bridge = (window as unknown as { kotoverkko: Record<string, unknown> }).kotoverkko;
      return { ipcRenderer: typeof bridge.ipcRenderer, invoke: typeof bridge.invoke, unknown: typeof bridge['db.exec'] };
    });
    expect(surface).toEqual({ ipcRenderer: 'undefined', invoke: 'undefined', unknown: 'undefined' });
    const info = await page.evaluate(() => (window as unknown as { kotoverkko: Record<string, (input: unknown) => Promise<unknown>> }).kotoverkko['app.info']!({}));
    expect(info).toMatchObject({ ok: true, result: { door: 'electron', nativeDialogs: true } });
  });

  it('blocks navigation to an outside URL and opens no new windows', async (context) => {
    if (skipReason) context.skip(skipReason);
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => window.open('file:///etc/passwd') === null);
    expect(opened).toBe(true);
    expect(await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
