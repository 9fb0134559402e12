import { Alert, Button, Center, Stack } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, InputOf, OpenFileInfo, UserSettings } from '../../src-main/api/contract/index';
import { DEFAULT_LOCALE, type Locale } from '../../src-main/i18n/locales';
import { call } from '../api/api';
import { toApiError } from '../api/errors';
import { LoadingState } from '../components/LoadingState';
import { dictionaries } from '../i18n/dictionaries';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionContext } from './SessionContext';

interface Loaded {
  appInfo: AppInfo;
  settings: UserSettings;
  file: OpenFileInfo | null;
}

/** Loads who and where we are (app, settings, open file) before anything else is shown. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([call('app.info', {}), call('settings.get', {}), call('files.current', {})]).then(
      ([appInfo, settings, file]) => current && setLoaded({ appInfo, settings, file }),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const setFile = useCallback((file: OpenFileInfo | null) => setLoaded((previous) => (previous ? { ...previous, file } : previous)), []);
  const refreshFile = useCallback(async () => setFile(await call('files.current', {})), [setFile]);
  const updateSettings = useCallback(async (change: InputOf<'settings.update'>) => {
    const settings = await call('settings.update', change);
    setLoaded((previous) => (previous ? { ...previous, settings } : previous));
    return settings;
  }, []);
  const changeLocale = useCallback(
    async (uiLanguage: Locale) => {
      await updateSettings({ uiLanguage });
      // The network name in the header is given in the UI language.
      await refreshFile();
    },
    [updateSettings, refreshFile],
  );

  const value = useMemo(() => (loaded ? { ...loaded, setFile, refreshFile, updateSettings } : null), [loaded, setFile, refreshFile, updateSettings]);

  if (!value) {
    const t = dictionaries[DEFAULT_LOCALE];
    return (
      <Center component="main" mih="100vh">
        {failure ? (
          <Stack maw={560}>
            <Alert color="red" title={t.common.error} role="alert">
              {toApiError(failure, DEFAULT_LOCALE).message}
            </Alert>
            <Button
              onClick={() => {
                setFailure(null);
                setAttempt((count) => count + 1);
              }}
            >
              {t.common.tryAgain}
            </Button>
          </Stack>
        ) : (
          <LoadingState label={t.common.loading} />
        )}
      </Center>
    );
  }

  return (
    <SessionContext.Provider value={value}>
      <I18nProvider locale={value.settings.uiLanguage} onChangeLocale={changeLocale}>
        {children}
      </I18nProvider>
    </SessionContext.Provider>
  );
}
