import { resolve } from 'node:path';
import { dispatch } from '../../api/dispatch.js';
import { AppError } from '../../domain/shared/app-error.js';
import { isLocale, type Locale } from '../../i18n/locales.js';
import { createSession } from '../../session/create-session.js';
import { FolderFileHost } from '../../session/folder-file-host.js';
import { appPaths } from '../../session/app-paths.js';
import { type ParsedArgs, stringFlag, UsageError } from '../args.js';

/** The folder host, except that an export goes exactly where `--out` says. */
class OutFileHost extends FolderFileHost {
  constructor(private readonly out: string) {
    super('.', appPaths().demoFile);
  }

  override async pickExportPath(): Promise<string> {
    return this.out;
  }
}

/**
 * `export process --db <file> (--process <id>[,<id>…] | --all) --lang fi|sv|en --out <file.docx>`:
 * the same `exports.processDocument` as the app, written to `--out` (whole, or not at all).
 * Prints the written file's path.
 */
export async function exportCommand(args: ParsedArgs, kind: string | undefined, locale: Locale): Promise<string> {
  if (kind !== 'process') throw new UsageError('export needs one of: process');
  const db = stringFlag(args, 'db');
  const out = stringFlag(args, 'out');
  const processFlag = stringFlag(args, 'process');
  const all = args.flags.has('all');
  if (!db) throw new UsageError('export process needs --db <file>');
  if (!out) throw new UsageError('export process needs --out <file.docx>');
  if (all === Boolean(processFlag)) throw new UsageError('export process needs either --process <id> or --all');
  const lang = stringFlag(args, 'lang') ?? locale;
  if (!isLocale(lang)) throw new UsageError('--lang must be fi, sv or en');

  const session = await createSession({ door: 'cli', persistSettings: false, fileHost: new OutFileHost(resolve(out)) });
  await session.options.settings.update({ uiLanguage: locale });
  await session.openFile(db);
  try {
    const input = all ? { all: true, lang } : { processIds: processFlag!.split(',').map((id) => id.trim()), lang };
    const answer = await dispatch(session, 'exports.processDocument', input);
    // passed on as the same error, so the one line on stderr reads as the API's message, once
    if (!answer.ok) throw new AppError(answer.error.code, answer.error.params, answer.error.path);
    return (answer.result as { path: string }).path;
  } finally {
    await session.closeFile();
  }
}
