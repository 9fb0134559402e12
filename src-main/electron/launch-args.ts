import { isAbsolute, resolve } from 'node:path';
import { NETWORK_FILE_EXTENSION } from '../session/file-host.js';

export type LaunchRequest = { kind: 'file'; path: string } | { kind: 'demo' } | { kind: 'none' };

/**
 * What a command line asks the app to open: a `.kotoverkko` file (the last one given, resolved
 * against the launching shell's folder), else the demo network with `--demo`, else nothing.
 * Used at start and for a second launch. Anything else on the line is ignored: Electron's own
 * path, the app folder and the switches Chromium adds to a second instance's argv.
 */
export function launchRequestFrom(argv: readonly string[], workingDirectory: string): LaunchRequest {
  const files = argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(NETWORK_FILE_EXTENSION));
  const file = files.at(-1);
  if (file) return { kind: 'file', path: isAbsolute(file) ? file : resolve(workingDirectory, file) };
  if (argv.includes('--demo')) return { kind: 'demo' };
  return { kind: 'none' };
}
