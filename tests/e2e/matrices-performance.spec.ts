import { rmSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index';
import { useFinnish, waitUntilLoaded } from './app-page';
import { type BrowserHost, expect, freshDemoFile, startBrowserHost, test } from './support/host';

/**
 * The grid at 200 tasks × 60 actors (real networks have 20–40 actors). Its own host and file, so
 * the 30-odd extra actors and the big matrix never show up in the other specs.
 */

async function api<M extends MethodName>(request: APIRequestContext, host: BrowserHost, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: ResultOf<M>; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.result;
}

const TASKS = 200;
const ACTORS = 60;
const LETTERS = ['R', 'A', 'C', 'I'] as const;

test('a 200 × 60 matrix opens, and moving and typing in it stay fast', async ({ page, request }) => {
  test.setTimeout(300_000);
  const { folder, file } = await freshDemoFile();
  const { host, stop } = await startBrowserHost({ file, folder });
  try {
    await useFinnish(request, host);
    const existing = await api(request, host, 'actors.list', {});
    const actorIds = existing.map((actor) => actor.id);
    for (let index = actorIds.length; index < ACTORS; index += 1) {
      const created = await api(request, host, 'actors.create', {
        name: { fi: `Testitoimija ${index + 1}` },
        type: 'other',
        isPublicAuthority: index % 2 === 0,
      });
      actorIds.push(created.id);
    }
    let view = await api(request, host, 'matrices.create', { name: { fi: 'Suuri matriisi' }, actorIds: actorIds.slice(0, ACTORS) });
    for (let index = 0; index < TASKS; index += 1) {
      view = await api(request, host, 'matrices.addTask', { versionId: view.version.id, expectedVersion: view.version.rowVersion, name: { fi: `Tehtävä ${index + 1}` } });
    }
    // About a fifth of the cells hold a letter, in a fixed pattern.
    const cells = view.tasks.flatMap((task, row) =>
      view.columns.flatMap((column, col) => ((row * 7 + col * 3) % 5 === 0 ? [{ taskId: task.id, actorId: column.actorId, letter: LETTERS[(row + col) % 4]! }] : [])),
    );
    await api(request, host, 'matrices.setCells', { versionId: view.version.id, expectedVersion: view.version.rowVersion, cells });

    const started = Date.now();
    await page.goto(`${host.url}#/matrices/${view.matrix.id}`);
    const grid = page.getByRole('grid');
    await expect(grid.getByRole('row')).toHaveCount(TASKS + 1, { timeout: 30_000 });
    await waitUntilLoaded(page);
    const openMs = Date.now() - started;
    await expect(grid.getByRole('gridcell')).toHaveCount(TASKS * ACTORS);

    // Time from each key press to the frame after React has handled it.
    await page.evaluate(() => {
      const timings: number[] = [];
      (window as unknown as { keyTimings: number[] }).keyTimings = timings;
      document.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => timings.push(performance.now() - start), 0));
        },
        true,
      );
    });
    await grid.getByRole('gridcell').first().focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
    /** per key: the time to the frame after it was handled, and the main thread's script time */
    const measure = async (keys: string[]) => {
      // the keys pressed before (and their frames) are done before counting starts
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      await page.evaluate(() => (window as unknown as { keyTimings: number[] }).keyTimings.splice(0));
      const scriptBefore = await scriptSeconds();
      for (const key of keys) await page.keyboard.press(key);
      await expect(page.getByRole('status').filter({ hasText: 'Tallennetaan…' })).toHaveCount(0, { timeout: 30_000 });
      await expect.poll(() => page.evaluate(() => (window as unknown as { keyTimings: number[] }).keyTimings.length)).toBe(keys.length);
      const script = ((await scriptSeconds()) - scriptBefore) * 1000;
      const sorted = (await page.evaluate(() => (window as unknown as { keyTimings: number[] }).keyTimings)).sort((a, b) => a - b);
      return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.floor(sorted.length * 0.9)]!, script: script / keys.length };
    };
    const show = (timing: { median: number; p90: number; script: number }) =>
      `median ${timing.median.toFixed(1)} ms, p90 ${timing.p90.toFixed(1)} ms, script ${timing.script.toFixed(1)} ms/key`;

    // A key the grid ignores: what a key costs on this machine with this page, the grid doing nothing.
    const idle = await measure(Array.from({ length: 30 }, () => 'x'));
    const moves = await measure(Array.from({ length: 30 }, (_, step) => (step % 2 === 0 ? 'ArrowRight' : 'ArrowDown')));
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    const keys: string[] = [];
    for (let step = 0; step < 20; step += 1) keys.push('ArrowRight', 'ArrowDown', LETTERS[step % 4]!.toLowerCase());
    const typing = await measure(keys);
    await page.screenshot({ path: test.info().outputPath('big-grid.png') });
    console.log(`200 × 60 grid: opened in ${openMs} ms; ignored key: ${show(idle)}; moving: ${show(moves)}; moving and typing: ${show(typing)}`);

    // The typed letters were saved: the last one is on the diagonal cell 20 steps in.
    await page.reload();
    await expect(grid.getByRole('row')).toHaveCount(TASKS + 1, { timeout: 30_000 });
    await expect(grid.getByRole('row').nth(21).getByRole('gridcell').nth(20)).toHaveText('I');

    // Moving and typing cost a few rows' worth of work over an ignored key, not the grid's: a grid
    // drawn again per key (12 000 cells) takes hundreds of milliseconds here.
    // The margins are wide because the test machine may be busy with other work.
    expect(moves.median).toBeLessThan(idle.median + 60);
    expect(typing.median).toBeLessThan(idle.median + 80);
    expect(typing.script).toBeLessThan(40);
  } finally {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
