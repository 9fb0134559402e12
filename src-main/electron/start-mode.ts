import { isAbsolute, resolve } from 'node:path';

/**
 * How `npm start` opens the app: the Electron window where Electron can run, otherwise the
 * browser host, with one line saying why. Plain decisions here; src-main/cli/start.ts does them.
 */

export interface StartFacts {
  binaryPath: string | null;
  /** where the binary was looked for (for the message) */
  binaryLookedAt: string;
  hasDisplay: boolean;
  /** why a download may not be tried (CI, opted out, no installer), or null when it may */
  downloadBlockedBy: string | null;
  /** set once the one download attempt has been made: null on success, else a short reason */
  downloadFailure?: string | null;
}

export type StartMode = { mode: 'electron'; binaryPath: string } | { mode: 'download' } | { mode: 'browser'; reason: string };

export function decideStartMode(facts: StartFacts): StartMode {
  // Without a display Electron cannot show a window, so a download would be wasted time.
  if (!facts.hasDisplay) return { mode: 'browser', reason: 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
  if (facts.binaryPath) return { mode: 'electron', binaryPath: facts.binaryPath };
  const missing = `its binary is not installed at ${facts.binaryLookedAt}`;
  if (facts.downloadFailure !== undefined) {
    return { mode: 'browser', reason: facts.downloadFailure ? `${missing} and downloading it failed: ${facts.downloadFailure}` : missing };
  }
  if (facts.downloadBlockedBy) return { mode: 'browser', reason: `${missing}; no download tried because ${facts.downloadBlockedBy}` };
  return { mode: 'download' };
}

/** Linux and the BSDs need an X11 or Wayland display; Windows and macOS always have one. */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** A download may take a minute and needs the internet: never in CI, never when opted out. */
export function downloadBlockedBy(env: NodeJS.ProcessEnv, installerExists: boolean): string | null {
  if (env.CI === 'true') return 'CI=true';
  if (env.KOTOVERKKO_NO_ELECTRON_DOWNLOAD === '1') return 'KOTOVERKKO_NO_ELECTRON_DOWNLOAD=1';
  if (!installerExists) return 'the electron package is not installed (npm install)';
  return null;
}

export function fallbackLine(reason: string): string {
  return `Kotoverkko: Electron is not available on this machine (${reason}); starting the browser host instead.`;
}

export class StartUsageError extends Error {}

/**
 * `npm start [-- <file.kotoverkko> | --demo]`: at most one argument. A relative path is taken
 * from the folder npm was started in (npm itself runs scripts in the project folder).
 */
export function startRequestFrom(argv: readonly string[], workingDirectory: string): { file: string | null } {
  if (argv.length > 1) throw new StartUsageError(`npm start takes at most one argument, a .kotoverkko file (got ${argv.length})`);
  const first = argv[0];
  if (first === undefined || first === '--demo') return { file: null };
  if (first.startsWith('-')) throw new StartUsageError(`unknown option ${first} (npm start [-- <file.kotoverkko>])`);
  return { file: isAbsolute(first) ? first : resolve(workingDirectory, first) };
}

/** Electron runs the project folder (package.json `main` is the built main process). */
export function electronArgs(appRoot: string, request: { file: string | null }): string[] {
  return [appRoot, request.file ?? '--demo'];
}

export function browserHostArgs(request: { file: string | null }): string[] {
  return request.file ? ['--db', request.file] : ['--demo'];
}

/**
 * Electron that dies straight away with an error (missing system libraries, a sandbox it cannot
 * set up) never showed a window: the browser host takes over. A later exit is the user's own.
 */
export const EARLY_EXIT_MS = 10_000;

export function failedToStart(exit: { code: number | null; signal: string | null; runtimeMs: number }): boolean {
  return exit.runtimeMs < EARLY_EXIT_MS && exit.signal === null && exit.code !== 0;
}
