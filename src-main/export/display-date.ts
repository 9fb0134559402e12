import type { Locale } from '../i18n/locales.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date (YYYY-MM-DD) as an official document or a workbook writes it: 14.12.2026
 * (fi, sv), 14 December 2026 (en). Shared by every export (Word and Excel). Text that is not
 * such a date is shown as it is.
 */
export function displayDate(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (locale === 'en') return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}
