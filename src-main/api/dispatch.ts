import { fileErrorFromSqlite } from '../db/sqlite-errors.js';
import type { Queryable } from '../db/network-store.js';
import { calendarDateInHelsinki } from '../domain/shared/calendar.js';
import { AppError, isAppError } from '../domain/shared/app-error.js';
import { errorMessage } from '../i18n/error-messages.js';
import type { Locale } from '../i18n/locales.js';
import type { AppSession } from '../session/app-session.js';
import type { ApiError, ApiResponse } from './contract/api-error.js';
import { contract, isMethodName, type MethodName } from './contract/index.js';
import { handlers } from './handlers/index.js';
import type { Handler, HandlerContext } from './handlers/handler-context.js';
import { reportUnexpectedError } from '../diagnostics/unexpected-errors.js';
import { problemFromIssue } from './validation-errors.js';

/**
 * The single entry to the core. Every door (Electron IPC, the browser host, the command line)
 * calls this with an untrusted method name and input; it validates, runs the handler (writes in
 * one transaction), and answers with a typed result or a typed error, never a throw.
 */
export async function dispatch(session: AppSession, methodName: unknown, rawInput: unknown): Promise<ApiResponse> {
  const locale = session.locale;
  if (!isMethodName(methodName)) {
    return failure(new AppError('unknown_method', { method: String(methodName).slice(0, 100) }), locale);
  }
  const spec = contract[methodName];
  // zod 4 leaves the input out of its issues unless asked, and without it a value of the wrong
  // type cannot be told from a missing one (both would read "required").
  const parsed = spec.input.safeParse(rawInput === undefined || rawInput === null ? {} : rawInput, { reportInput: true });
  if (!parsed.success) {
    const problem = problemFromIssue(parsed.error.issues[0]!);
    return failure(new AppError(problem.code, problem.params, problem.path), locale);
  }
  try {
    const result = await run(session, methodName, parsed.data);
    return { ok: true, result: result ?? null };
  } catch (error) {
    // A storage error during a call concerns the open file: name it in the message.
    return failure(error, locale, session.network?.location ?? '');
  }
}

async function run(session: AppSession, methodName: MethodName, input: unknown): Promise<unknown> {
  const spec = contract[methodName];
  const handler = handlers[methodName] as Handler<MethodName>;
  const now = session.clock.now();
  const base = {
    session,
    locale: session.locale,
    today: calendarDateInHelsinki(now),
    author: { changedBy: session.changedBy, now },
  };
  if (spec.scope === 'app') {
    return handler(input as never, withoutData(base));
  }
  const store = session.requireNetwork();
  if (!spec.writes) return handler(input as never, { ...base, db: store.db });
  if (store.readOnly) throw new AppError('read_only', { file: store.location });
  return store.db.transaction().execute((trx) => handler(input as never, { ...base, db: trx }));
}

function withoutData(base: Omit<HandlerContext, 'db'>): HandlerContext {
  return Object.defineProperty({ ...base }, 'db', {
    get(): Queryable {
      return base.session.requireNetwork().db;
    },
  }) as HandlerContext;
}

export function toApiError(error: unknown, locale: Locale, file = ''): ApiError {
  const known = isAppError(error) ? error : fileErrorFromSqlite(error, file);
  if (known) {
    return { code: known.code, message: errorMessage(known.code, locale, known.params), params: known.params, path: [...known.path] };
  }
  const detail = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
  reportUnexpectedError(error);
  return { code: 'internal', message: errorMessage('internal', locale, { detail }), params: { detail }, path: [] };
}

function failure(error: unknown, locale: Locale, file = ''): ApiResponse {
  return { ok: false, error: toApiError(error, locale, file) };
}
