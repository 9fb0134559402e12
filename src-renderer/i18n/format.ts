import { formatTemplate, type Locale } from '../../src-main/i18n/locales';
import { LOCALE_TAGS } from './dictionaries';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Shows a YYYY-MM-DD calendar date in the user's locale. The date is built as a local calendar
 * day (never parsed as UTC midnight), so no time zone can move it to the day before.
 */
export function formatCalendarDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { year: 'numeric', month: 'numeric', day: 'numeric' }).format(date);
}

/** Shows an instant (UTC ISO text) as a local date and time. */
export function formatInstant(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale]).format(value);
}

export { formatTemplate };
