import { createContext } from 'react';
import type { Locale } from '../../src-main/i18n/locales';

export interface I18nState {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
}

export const I18nContext = createContext<I18nState | null>(null);
