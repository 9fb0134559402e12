import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index';
import { useI18n } from '../i18n/use-i18n';
import { call } from './api';
import { useDataVersion } from './data-version';

interface QueryState<Result> {
  data: Result | null;
  error: unknown;
  loading: boolean;
}

/**
 * Loads one API method's result and keeps it fresh: again when the input changes, when the UI
 * language changes (the core answers in the user's language), after any write anywhere, and on
 * `reload()`. Pass `null` as the input to wait. Results of a superseded request are dropped.
 */
export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M> | null) {
  const { locale } = useI18n();
  const dataVersion = useDataVersion();
  const key = input === null ? null : JSON.stringify(input);
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<QueryState<ResultOf<M>>>({ data: null, error: null, loading: key !== null });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    call(method, JSON.parse(key) as InputOf<M>).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [method, key, nonce, locale, dataVersion]);

  const reload = useCallback(() => setNonce((value) => value + 1), []);
  return { ...state, reload };
}
