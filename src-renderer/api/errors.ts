import type { z } from 'zod';
import type { ApiError } from '../../src-main/api/contract/api-error';
import { problemFromIssue } from '../../src-main/api/validation-errors';
import { errorMessage } from '../../src-main/i18n/error-messages';
import type { Locale } from '../../src-main/i18n/locales';
import { ApiCallError } from './client';

/** Messages under form fields, keyed by the field's path joined with dots ("name.fi", "businessId"). */
export type FieldErrors = Record<string, string>;

export const pathKey = (path: ReadonlyArray<string | number>) => path.join('.');

/**
 * Runs the contract's own schema in the page, so the user sees the same sentence under the field
 * that the core would send back. Returns the parsed value, or the errors by field.
 */
export function validate<S extends z.ZodType>(schema: S, values: unknown, locale: Locale): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const problem = problemFromIssue(issue);
    const key = pathKey(problem.path);
    errors[key] ??= errorMessage(problem.code, locale, problem.params);
  }
  return { ok: false, errors };
}

/** The error as the API describes it; anything else (a lost connection, a bug) becomes `internal`. */
export function toApiError(error: unknown, locale: Locale): ApiError {
  if (error instanceof ApiCallError) return error.apiError;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: errorMessage('internal', locale, { detail }), params: { detail }, path: [] };
}

/**
 * Splits a server error between a field it names (when the form shows that field) and the form as
 * a whole.
 */
export function splitServerError(error: unknown, fields: readonly string[], locale: Locale): { fieldErrors: FieldErrors; formError: ApiError | null } {
  const apiError = toApiError(error, locale);
  const key = pathKey(apiError.path);
  if (key && fields.includes(key)) return { fieldErrors: { [key]: apiError.message }, formError: null };
  return { fieldErrors: {}, formError: apiError };
}

export const isVersionConflict = (error: ApiError | null | undefined) => error?.code === 'version_conflict';
