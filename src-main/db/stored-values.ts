import type { LocalizedText } from '../api/contract/common.js';

/** The one place where stored representations become domain values and back. */

export const toStoredBoolean = (value: boolean): number => (value ? 1 : 0);
export const fromStoredBoolean = (value: number): boolean => value !== 0;

export function toStoredLocalized(prefix: string, text: LocalizedText | null | undefined): Record<string, string | null> {
  return {
    [`${prefix}_fi`]: text?.fi ?? null,
    [`${prefix}_sv`]: text?.sv ?? null,
    [`${prefix}_en`]: text?.en ?? null,
  };
}

export function fromStoredLocalized(row: object, prefix: string): LocalizedText {
  const values = row as Record<string, string | null>;
  return { fi: values[`${prefix}_fi`] ?? null, sv: values[`${prefix}_sv`] ?? null, en: values[`${prefix}_en`] ?? null };
}
