import type { LocalizedText } from '../../src-main/api/contract/index';
import type { Locale } from '../../src-main/i18n/locales';

const FALLBACK_ORDER: Record<Locale, Locale[]> = {
  fi: ['fi', 'sv', 'en'],
  sv: ['sv', 'fi', 'en'],
  en: ['en', 'fi', 'sv'],
};

/** The text in the wanted language or the nearest one, saying which (the core picks the same way). */
export function pickLocalized(text: LocalizedText, wanted: Locale): { text: string; language: Locale } | null {
  for (const language of FALLBACK_ORDER[wanted]) {
    const value = text[language];
    if (value) return { text: value, language };
  }
  return null;
}
