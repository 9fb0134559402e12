import type { ErrorCode } from '../../i18n/error-messages.js';

/** How every error crosses a door: a code for programs, a sentence for people. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  params: Record<string, string | number>;
  path: Array<string | number>;
}

export type ApiResponse<Result = unknown> = { ok: true; result: Result } | { ok: false; error: ApiError };
