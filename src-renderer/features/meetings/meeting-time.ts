import type { Locale } from '../../../src-main/i18n/locales';
import { LOCALE_TAGS } from '../../i18n/dictionaries';

/** A meeting's wall-clock time 'YYYY-MM-DDTHH:mm' split into its calendar date and 'HH:mm'. */
export function splitDateTime(value: string): { date: string; time: string } {
  return { date: value.slice(0, 10), time: value.slice(11, 16) };
}

/**
 * 'HH:mm' as the locale writes a time of day: "9.00" in Finnish, "09:00" in English. Built from the
 * numbers only, so no time zone can shift it (the meeting's time is Helsinki wall clock already).
 */
export function formatTimeOfDay(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** A calendar date with its weekday, e.g. "ti 1.12.2026". */
export function formatDateWithWeekday(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }).format(date);
}
