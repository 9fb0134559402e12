import type { LocalizedText } from '../../api/contract/common.js';
import type { Locale } from '../../i18n/locales.js';

const FALLBACK_ORDER: Record<Locale, Locale[]> = {
  fi: ['fi', 'sv', 'en'],
  sv: ['sv', 'fi', 'en'],
  en: ['en', 'fi', 'sv'],
};

/** The text in the wanted language, or the nearest available one, saying which it is. */
export function pickLocalized(text: LocalizedText, wanted: Locale): { text: string; language: Locale } | null {
  for (const language of FALLBACK_ORDER[wanted]) {
    const value = text[language];
    if (value) return { text: value, language };
  }
  return null;
}
