import type { LocalizedText } from '../api/contract/common.js';

/** The one place where stored representations become domain values and back. */

export const toStoredBoolean = (value: boolean): number => (value ? 1 : 0);
export const fromStoredBoolean = (value: number): boolean => value !== 0;

/** A text's three columns (`name_fi`, `name_sv`, `name_en`), spelled out in the type so inserts type-check. */
export type StoredLocalized<Prefix extends string> = { [K in `${Prefix}_${'fi' | 'sv' | 'en'}`]: string | null };

export function toStoredLocalized<Prefix extends string>(prefix: Prefix, text: LocalizedText | null | undefined): StoredLocalized<Prefix> {
  return {
    [`${prefix}_fi`]: text?.fi ?? null,
    [`${prefix}_sv`]: text?.sv ?? null,
    [`${prefix}_en`]: text?.en ?? null,
  } as StoredLocalized<Prefix>;
}

export function fromStoredLocalized(row: object, prefix: string): LocalizedText {
  const values = row as Record<string, string | null>;
  return { fi: values[`${prefix}_fi`] ?? null, sv: values[`${prefix}_sv`] ?? null, en: values[`${prefix}_en`] ?? null };
}
