import { z } from 'zod';
import { isCalendarDate } from '../../domain/shared/calendar.js';
import { containsPersonalIdentityCode } from '../../domain/shared/personal-identity-code.js';

/** Building blocks every area's contract uses, so the same rule reads the same everywhere. */

export const MAX_NAME_LENGTH = 300;
export const MAX_TEXT_LENGTH = 20_000;

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const idSchema = z.string().max(36).refine((value) => ID_PATTERN.test(value), { params: { code: 'invalid_id' } });

export const expectedVersionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Free text as the user writes it: trimmed, limited, and never holding a henkilötunnus. */
export function textSchema(maximum: number = MAX_TEXT_LENGTH) {
  return z
    .string()
    .max(maximum)
    .transform((value) => value.trim())
    .refine((value) => !containsPersonalIdentityCode(value), { params: { code: 'personal_identity_code' } });
}

/** Optional free text: empty means "not given" and is stored as null. */
export function optionalTextSchema(maximum: number = MAX_TEXT_LENGTH) {
  return textSchema(maximum)
    .nullish()
    .transform((value) => (value ? value : null));
}

export function requiredTextSchema(maximum: number = MAX_NAME_LENGTH) {
  return textSchema(maximum).refine((value) => value.length > 0, { params: { code: 'required' } });
}

export const calendarDateSchema = z.string().max(10).refine(isCalendarDate, { params: { code: 'invalid_date' } });
export const optionalDateSchema = calendarDateSchema.nullish().transform((value) => value ?? null);

export const localeSchema = z.enum(['fi', 'sv', 'en']);

/** A text held in Finnish, Swedish and English; any may be missing. */
export function localizedTextSchema(maximum: number = MAX_NAME_LENGTH) {
  return z.strictObject({
    fi: optionalTextSchema(maximum),
    sv: optionalTextSchema(maximum),
    en: optionalTextSchema(maximum),
  });
}

export interface LocalizedText {
  fi: string | null;
  sv: string | null;
  en: string | null;
}

/** A name must exist in at least one language (which one is the network's choice). */
export function hasSomeLanguage(text: LocalizedText): boolean {
  return Boolean(text.fi || text.sv || text.en);
}

/** A validity period whose end may not come before its start. */
export function periodIsOrdered(value: { validFrom?: string | null; validTo?: string | null }): boolean {
  return !value.validFrom || !value.validTo || value.validFrom <= value.validTo;
}
