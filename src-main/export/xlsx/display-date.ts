import type { Locale } from '../../i18n/locales.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as a reader of that language writes it: 14.12.2026 (fi, sv), 14 December 2026 (en). */
export function displayDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'en') return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}
