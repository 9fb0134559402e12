import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setUnexpectedErrorReporter } from '../diagnostics/unexpected-errors.js';
import { appPaths } from '../session/app-paths.js';

/** The command line keeps stderr to one line; the details of unexpected errors go to a log file. */
export function logUnexpectedErrorsToFile(): string {
  const logFile = join(appPaths().home, 'logs', 'cli.log');
  setUnexpectedErrorReporter((error) => {
    try {
      mkdirSync(join(appPaths().home, 'logs'), { recursive: true });
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      appendFileSync(logFile, `${new Date().toISOString()} ${detail}\n`);
    } catch {
      // A log that cannot be written must not turn one clear error line into two.
    }
  });
  return logFile;
}
