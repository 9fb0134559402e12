import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../src-main/api/contract/api-error';
import { contract, type InputOf, type MethodName, type ResultOf } from '../../src-main/api/contract/index';
import type { Locale } from '../../src-main/i18n/locales';
import { focusFirstInvalid } from '../components/focus-first-invalid';
import { call } from './api';
import { type FieldErrors, splitServerError, validate } from './errors';

interface Options<M extends MethodName> {
  /** the contract method the form sends; its input schema checks the form in the page first */
  method: M;
  /** the field paths the form shows: a server error naming one goes under it, any other above the buttons */
  fields: readonly string[];
  locale: Locale;
  /** runs after a successful save, still while `saving`; what it throws is shown like a server error */
  onSaved: (result: ResultOf<M>) => void | Promise<void>;
  /** sends the input instead of `call(method, input)`, for a session action that does more around the call */
  send?: (input: InputOf<M>) => Promise<ResultOf<M>>;
  /** also take the keyboard to the first field a server error names (the client-side check always does) */
  focusServerErrors?: boolean;
}

interface SubmitOptions {
  /** what the schema checks, when it is not the input as sent (e.g. an empty date given as "missing") */
  validateAs?: unknown;
  /** errors found by the form itself, beyond the schema's; any of them stops the submit like the schema's */
  extraErrors?: FieldErrors;
}

/**
 * The form modals' submit: check the input with the contract's schema (errors under the fields,
 * focus on the first), send it, then `onSaved` — or put the server's error under the field it
 * names or above the buttons. `saving` is true while the call (and `onSaved`) runs.
 */
export function useContractSubmit<M extends MethodName>({ method, fields, locale, onSaved, send, focusServerErrors = false }: Options<M>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>, input: InputOf<M>, { validateAs = input, extraErrors = {} }: SubmitOptions = {}) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = validate(contract[method].input, validateAs, locale);
    setFormError(null);
    if (!checked.ok || Object.keys(extraErrors).length > 0) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...extraErrors });
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = send ? await send(input) : await call(method, input);
      await onSaved(result);
    } catch (error) {
      const split = splitServerError(error, fields, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      if (focusServerErrors && Object.keys(split.fieldErrors).length > 0) focusFirstInvalid(form);
    } finally {
      setSaving(false);
    }
  };

  return { errors, formError, saving, submit };
}
