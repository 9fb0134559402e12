import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm test`: every check in one run, ending with the single line CI reads:
 * `N passed, N failed, N skipped`. Static checks (types, lint, boundaries, build) count as one
 * test each; vitest and Playwright report their own counts through their JSON reporters.
 */
const root = resolve(import.meta.dirname, '..', '..');
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  return result.status === 0;
}

function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

check('TypeScript (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('ESLint', bin('eslint'), ['--max-warnings', '0', '.']);
check('Architecture boundaries', process.execPath, ['--import', 'tsx', join(root, 'tests/tools/boundaries-main.ts')]);

// Built before the suites: some tests read the built preload and renderer.
check('Build (electron-vite build)', bin('electron-vite'), ['build']);
// Over the fresh build: medium-or-higher findings not in docs/electronegativity-allowlist.json fail.
check('Electron audit (electronegativity over out/)', process.execPath, ['--import', 'tsx', join(root, 'tests/electron/electronegativity-audit.ts')]);

const vitestReport = join(reports, 'vitest.json');
const vitestOk = run('vitest (unit and integration, UTC and Europe/Helsinki)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  totals.failed += 1;
  failures.push('vitest (run failed outside any test)');
} else if (vitest && vitest.numFailedTests > 0) failures.push('vitest');

const playwrightReport = join(reports, 'playwright.json');
const playwrightOk = run('Playwright (real UI in chromium via the browser host)', bin('playwright'), ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
const playwright = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(playwrightReport);
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
if (!playwrightOk && (!playwright || playwright.stats.unexpected === 0)) {
  totals.failed += 1;
  failures.push('Playwright (run failed outside any test)');
} else if (playwright && playwright.stats.unexpected > 0) failures.push('Playwright');

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) console.log('Note: the renderer was not built.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
