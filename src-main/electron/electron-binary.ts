import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BinaryLookup {
  /** node_modules/electron */
  electronPackageDir: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists?: (path: string) => boolean;
  readText?: (path: string) => string | null;
}

/**
 * Where the Electron binary is, found the way the `electron` package's own index.js finds it
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: requiring that
 * package starts a download when the binary is missing. `path` is null when nothing is there;
 * `lookedAt` names the place for the message.
 */
export function findElectronBinary(lookup: BinaryLookup): { path: string | null; lookedAt: string } {
  const exists = lookup.exists ?? existsSync;
  const readText = lookup.readText ?? readTextOrNull;
  const executable = readText(join(lookup.electronPackageDir, 'path.txt'))?.trim() || defaultExecutable(lookup.platform);
  const override = lookup.env.ELECTRON_OVERRIDE_DIST_PATH;
  const lookedAt = override ? join(override, executable) : join(lookup.electronPackageDir, 'dist', executable);
  return { path: exists(lookedAt) ? lookedAt : null, lookedAt };
}

/** The executable inside dist/ per platform, as electron's install.js names it. */
export function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
