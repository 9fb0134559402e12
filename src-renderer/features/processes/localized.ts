import type { LocalizedText } from '../../../src-main/api/contract/index';
import { pickLocalized } from '../../../src-main/domain/shared/localized-text';
import type { Locale } from '../../../src-main/i18n/locales';

/** A text as the forms hold it: '' for "not written", never null. */
export const emptyText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export const orEmpty = (text: LocalizedText | null | undefined): LocalizedText => ({ fi: text?.fi ?? '', sv: text?.sv ?? '', en: text?.en ?? '' });

/** The text in the UI language or the nearest one, with the language it is in (for marking it). */
export function shownText(text: LocalizedText, locale: Locale): { text: string; language: Locale } {
  return pickLocalized(text, locale) ?? { text: '', language: locale };
}

/** The plain text in the UI language or the nearest one ('' when there is none). */
export const plainText = (text: LocalizedText, locale: Locale): string => shownText(text, locale).text;
