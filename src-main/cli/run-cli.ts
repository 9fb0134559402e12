import { resolve } from 'node:path';
import { createNetworkFile } from '../db/create-network-file.js';
import { populateDemoNetwork } from '../domain/demo/demo-network.js';
import { systemClock } from '../domain/shared/clock.js';
import { createSession } from '../session/create-session.js';
import { parseArgs, stringFlag, UsageError } from './args.js';
import { cliLocale } from './cli-locale.js';
import { exportCommand } from './commands/export.js';
import { checkListKind, listCommand } from './commands/list.js';
import { failAndExit } from './fail.js';
import { HELP_TEXT } from './help-text.js';
import { logUnexpectedErrorsToFile } from './log-file.js';

/** The command line: the same handlers as the app, printing JSON for scripts. */
export async function runCli(argv: readonly string[]): Promise<void> {
  let locale = cliLocale();
  logUnexpectedErrorsToFile();
  try {
    const args = parseArgs(argv, ['db', 'out', 'lang', 'process', 'meeting'], ['help', 'force', 'all']);
    locale = cliLocale(stringFlag(args, 'lang'));
    const [command, ...rest] = args.words;
    if (args.flags.has('help') || command === undefined || command === 'help') {
      process.stdout.write(HELP_TEXT);
      return;
    }
    switch (command) {
      case 'demo': {
        const out = requireFlag(stringFlag(args, 'out'), 'demo needs --out <file>');
        await createNetworkFile(resolve(out), {
          overwrite: args.flags.has('force'),
          initialize: (db) => populateDemoNetwork(db, systemClock.now()),
        });
        process.stdout.write(`${resolve(out)}\n`);
        return;
      }
      case 'list': {
        const db = requireFlag(stringFlag(args, 'db'), 'list needs --db <file>');
        // an unknown kind is a usage error before any file is opened
        checkListKind(rest[0]);
        const session = await createSession({ door: 'cli', persistSettings: false, workspace: '.' });
        await session.options.settings.update({ uiLanguage: locale });
        await session.openFile(db);
        try {
          const result = await listCommand(session, rest[0]);
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        } finally {
          await session.closeFile();
        }
        return;
      }
      case 'export': {
        process.stdout.write(`${await exportCommand(args, rest[0], locale)}\n`);
        return;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    failAndExit(error, locale);
  }
}

function requireFlag(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

