import type { z } from 'zod';
import { type ErrorCode, isErrorCode } from '../i18n/error-messages.js';

/** A validation problem in the app's own terms: which rule, with what values, at which field. */
export interface FieldProblem {
  code: ErrorCode;
  params: Record<string, string | number>;
  path: Array<string | number>;
}

/**
 * Translates zod's issues into our error codes. Shared by the API door and the forms, so a field
 * shows the same sentence whether the check ran in the page or in the core. Parse with
 * `{ reportInput: true }`: only then can a wrong type be told from a missing value.
 */
export function problemFromIssue(issue: z.core.$ZodIssue): FieldProblem {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const problem = (code: ErrorCode, params: Record<string, string | number> = {}): FieldProblem => ({ code, params, path });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? problem('required') : problem('wrong_type', { expected: String(issue.expected) });
    case 'too_big':
      if (issue.origin === 'string') return problem('too_long', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return problem('too_many', { maximum: Number(issue.maximum) });
      return problem('number_out_of_range');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? problem('required') : problem('too_short', { minimum: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return problem('required');
      return problem('number_out_of_range');
    case 'invalid_format':
      return problem(issue.format === 'email' ? 'invalid_email' : 'invalid_input');
    case 'invalid_value':
    case 'invalid_union':
      return issue.input === undefined ? problem('required') : problem('invalid_choice');
    case 'unrecognized_keys':
      return problem('unknown_field', { keys: issue.keys.slice(0, 5).join(', ').slice(0, 200) });
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return problem(typeof code === 'string' && isErrorCode(code) ? code : 'invalid_input');
    }
    default:
      return problem('invalid_input');
  }
}
