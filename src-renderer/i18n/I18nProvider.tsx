import { type ReactNode, useEffect, useMemo } from 'react';
import type { Locale } from '../../src-main/i18n/locales';
import { I18nContext } from './I18nContext';

interface Props {
  locale: Locale;
  onChangeLocale: (locale: Locale) => Promise<void>;
  children: ReactNode;
}

/** Provides the UI language and keeps `<html lang>` in step with it (screen readers rely on it). */
export function I18nProvider({ locale, onChangeLocale, children }: Props) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale: onChangeLocale }), [locale, onChangeLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
