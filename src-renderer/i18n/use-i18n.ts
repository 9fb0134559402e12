import { useContext, useMemo } from 'react';
import type { Locale } from '../../src-main/i18n/locales';
import { dictionaries } from './dictionaries';
import { formatCalendarDate, formatInstant, formatNumber, formatTemplate } from './format';
import { I18nContext } from './I18nContext';

/** The dictionary and formatters for the UI language. */
export function useI18n() {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  const { locale, setLocale } = context;
  return useMemo(() => {
    const t = dictionaries[locale];
    return {
      t,
      locale,
      setLocale,
      format: (template: string, params: Record<string, string | number>) => formatTemplate(template, params),
      date: (value: string | null | undefined) => formatCalendarDate(value, locale),
      instant: (value: string | null | undefined) => formatInstant(value, locale),
      number: (value: number) => formatNumber(value, locale),
      /** "(ruotsiksi)" when a text is shown in another language than the UI's, else null */
      languageMarker: (language: Locale): string | null =>
        language === locale ? null : formatTemplate(t.inLanguageMarker, { language: t.languages[language] }),
    };
  }, [locale, setLocale]);
}

export type I18n = ReturnType<typeof useI18n>;
