import type { ErrorCode } from '../../i18n/error-messages.js';

/**
 * The one error type the core throws on purpose. It carries a code and parameters, never a
 * finished sentence: the API door renders the message in the user's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly path: ReadonlyArray<string | number> = [],
  ) {
    super(`${code} ${JSON.stringify(params)}${path.length ? ` at ${path.join('.')}` : ''}`);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
