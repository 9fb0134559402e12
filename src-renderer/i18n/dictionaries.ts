import type { Locale } from '../../src-main/i18n/locales';
import { en } from './en';
import { type Dictionary, fi } from './fi';
import { sv } from './sv';

export const dictionaries: Record<Locale, Dictionary> = { fi, sv, en };

/** The locale used for dates and numbers: Finnish and Swedish as written in Finland, British English. */
export const LOCALE_TAGS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
