import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_OUT = join(PROJECT_ROOT, 'out', 'renderer');

/** Newest modification time below a folder (0 when it does not exist). */
function newestMtime(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), info.mtimeMs);
}

/**
 * Builds the app when the built files are missing or older than the sources, so `npm start` and
 * `npm run serve` always show the current code. Build output goes to stderr; stdout stays the
 * host's single ready line.
 */
export function ensureBuilt(): void {
  const built = Math.min(newestMtime(join(RENDERER_OUT, 'index.html')), newestMtime(join(PROJECT_ROOT, 'out', 'main')));
  const sources = Math.max(newestMtime(join(PROJECT_ROOT, 'src-renderer')), newestMtime(join(PROJECT_ROOT, 'src-main')));
  if (built > 0 && built >= sources) return;
  process.stderr.write('Kotoverkko: building the user interface…\n');
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('Building the user interface failed (see above).');
}
