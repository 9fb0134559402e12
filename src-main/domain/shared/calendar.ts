/**
 * Time conventions, fixed for the whole app:
 * - instants (when something happened) are UTC ISO text, e.g. 2026-11-23T09:15:00.000Z;
 * - calendar dates (validity, due dates) are YYYY-MM-DD with no time zone;
 * - meeting times are local wall-clock time in Europe/Helsinki, stored as YYYY-MM-DDTHH:mm.
 * Nothing here depends on the machine's own time zone.
 */
export const NETWORK_TIME_ZONE = 'Europe/Helsinki';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The calendar date it is in Helsinki at the given instant (the network's "today"). */
export function calendarDateInHelsinki(instant: Date): string {
  const parts = helsinkiParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Converts a Helsinki wall-clock time to the instant it denotes. A time skipped by the spring
 * change (03:00–03:59 on the last Sunday of March) is refused; an ambiguous autumn time takes the
 * first (summer time) occurrence, as a calendar program would. */
export function helsinkiLocalToInstant(localDateTime: string): Date {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match || !isCalendarDate(localDateTime.slice(0, 10))) throw new RangeError(`Not a local date-time: ${localDateTime}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59) throw new RangeError(`Not a local date-time: ${localDateTime}`);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(asIfUtc - offsetHours * 3_600_000);
    if (instantToHelsinkiLocal(candidate) === localDateTime) return candidate;
  }
  throw new RangeError(`The time ${localDateTime} does not exist in Helsinki (daylight saving change)`);
}

export function instantToHelsinkiLocal(instant: Date): string {
  const parts = helsinkiParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const helsinkiFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NETWORK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function helsinkiParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const result: Record<string, string> = {};
  for (const part of helsinkiFormat.formatToParts(instant)) result[part.type] = part.value;
  return result as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** Is the calendar date inside an optional validity period (both ends inclusive)? */
export function isWithinPeriod(date: string, validFrom: string | null, validTo: string | null): boolean {
  return (validFrom === null || validFrom <= date) && (validTo === null || date <= validTo);
}
