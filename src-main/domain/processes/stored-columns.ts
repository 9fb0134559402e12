import type { LocalizedText } from '../../api/contract/common.js';
import { toStoredLocalized } from '../../db/stored-values.js';

type LocalizedColumns<Prefix extends string> = { [K in `${Prefix}_${'fi' | 'sv' | 'en'}`]: string | null };

/** `toStoredLocalized` with the column names spelled out in the type, so inserts type-check. */
export function localizedColumns<Prefix extends string>(prefix: Prefix, text: LocalizedText | null | undefined): LocalizedColumns<Prefix> {
  return toStoredLocalized(prefix, text) as LocalizedColumns<Prefix>;
}

export const EMPTY_TEXT: LocalizedText = { fi: null, sv: null, en: null };
