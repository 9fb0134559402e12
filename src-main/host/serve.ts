import { stat } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { parseArgs, stringFlag } from '../cli/args.js';
import { cliLocale } from '../cli/cli-locale.js';
import { failAndExit } from '../cli/fail.js';
import { dispatch } from '../api/dispatch.js';
import { AppError } from '../domain/shared/app-error.js';
import { createSession } from '../session/create-session.js';
import { ensureBuilt, RENDERER_OUT } from './renderer-build.js';
import { readyLine, startHost } from './start-host.js';
import { UsageError } from '../cli/args.js';

/**
 * `npm run serve -- --db <file> [--port <n>]`: the real UI in any browser, on 127.0.0.1 only.
 * Prints exactly one line when ready: `Kotoverkko: http://127.0.0.1:<port>/?token=<token>`.
 * `--demo` opens the demo network instead; with neither, the start screen is shown.
 */
export async function serve(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv, ['db', 'port', 'workspace', 'lang'], ['demo', 'no-build']);
  const locale = cliLocale(stringFlag(args, 'lang'));
  try {
    if (args.words.length > 0) throw new UsageError(`unexpected argument ${args.words[0]}`);
    const portText = stringFlag(args, 'port') ?? '0';
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError('--port must be a number from 0 to 65535');
    const db = stringFlag(args, 'db');
    // The file's folder becomes the workspace, which the session would create: a file in a
    // missing folder is refused before anything is made on disk.
    if (db && !stringFlag(args, 'workspace') && !(await stat(dirname(resolve(db))).catch(() => null))) {
      throw new AppError('file_not_found', { file: resolve(db) });
    }
    if (!args.flags.has('no-build')) ensureBuilt();
    const session = await createSession({
      door: 'browser',
      workspace: resolve(stringFlag(args, 'workspace') ?? (db ? dirname(resolve(db)) : '.')),
    });
    if (stringFlag(args, 'lang')) await session.options.settings.update({ uiLanguage: locale });
    if (db) await session.openFile(db);
    else if (args.flags.has('demo')) {
      const opened = await dispatch(session, 'files.openDemo', {});
      if (!opened.ok) throw new AppError(opened.error.code, opened.error.params, opened.error.path);
    }
    const host = await startHost(session, RENDERER_OUT, Number(portText));
    process.stdout.write(`${readyLine(host)}\n`);
    const stop = () => {
      void host.close().then(() => session.closeFile()).finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    failAndExit(error, locale);
  }
}
