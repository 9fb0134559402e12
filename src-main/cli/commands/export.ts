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

type ExportKind = 'process' | 'agenda' | 'minutes' | 'ics';
const EXPORT_KINDS: readonly ExportKind[] = ['process', 'agenda', 'minutes', 'ics'];

/**
 * `export <kind> --db <file> … --out <file>`: the same export methods as the app, written to `--out`
 * (whole, or not at all). Prints the written file's path.
 * - `process (--process <id>[,<id>…] | --all) --lang fi|sv|en`: the process description (.docx)
 * - `agenda|minutes --meeting <id> --lang fi|sv|en`: a meeting's agenda, or its record (.docx):
 *   `minutes` is the record whatever the meeting keeps, a memo (muistio) or minutes (pöytäkirja)
 * - `ics --meeting <id>`: the meeting's calendar invitation (.ics)
 */
export async function exportCommand(args: ParsedArgs, kind: string | undefined, locale: Locale): Promise<string> {
  if (!EXPORT_KINDS.includes(kind as ExportKind)) throw new UsageError(`export needs one of: ${EXPORT_KINDS.join(', ')}`);
  const request = exportRequest(args, kind as ExportKind, locale);
  const session = await createSession({ door: 'cli', persistSettings: false, fileHost: new OutFileHost(resolve(request.out)) });
  await session.options.settings.update({ uiLanguage: locale });
  await session.openFile(request.db);
  try {
    const answer = await dispatch(session, request.method, request.input);
    // passed on as the same error, so the one line on stderr reads as the API's message, once
    if (!answer.ok) throw new AppError(answer.error.code, answer.error.params, answer.error.path);
    return (answer.result as { path: string }).path;
  } finally {
    await session.closeFile();
  }
}

interface ExportRequest {
  db: string;
  out: string;
  method: 'exports.processDocument' | 'exports.agenda' | 'exports.meetingRecord' | 'exports.meetingIcs';
  input: object;
}

/** Checks the flags before any file is opened, so a usage error never touches the network file. */
function exportRequest(args: ParsedArgs, kind: ExportKind, locale: Locale): ExportRequest {
  const db = stringFlag(args, 'db');
  const out = stringFlag(args, 'out');
  if (!db) throw new UsageError(`export ${kind} needs --db <file>`);
  if (!out) throw new UsageError(`export ${kind} needs --out <file.${kind === 'ics' ? 'ics' : 'docx'}>`);
  const lang = stringFlag(args, 'lang') ?? locale;
  if (!isLocale(lang)) throw new UsageError('--lang must be fi, sv or en');

  if (kind === 'process') {
    const processFlag = stringFlag(args, 'process');
    const all = args.flags.has('all');
    if (all === Boolean(processFlag)) throw new UsageError('export process needs either --process <id> or --all');
    if (args.flags.has('meeting')) throw new UsageError('export process does not take --meeting');
    const input = all ? { all: true, lang } : { processIds: processFlag!.split(',').map((id) => id.trim()), lang };
    return { db, out, method: 'exports.processDocument', input };
  }

  const meetingId = stringFlag(args, 'meeting');
  if (!meetingId) throw new UsageError(`export ${kind} needs --meeting <id>`);
  if (args.flags.has('process') || args.flags.has('all')) throw new UsageError(`export ${kind} takes --meeting, not --process or --all`);
  const method = kind === 'agenda' ? 'exports.agenda' : kind === 'minutes' ? 'exports.meetingRecord' : 'exports.meetingIcs';
  return { db, out, method, input: { meetingId, lang } };
}
