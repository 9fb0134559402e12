import { calendarDateInHelsinki, helsinkiLocalToInstant } from '../shared/calendar.js';
import type { WriteContext } from '../shared/contexts.js';

/** The demo's history happened on its own days: the same transaction, another clock. */
export function at(context: WriteContext, instant: string | Date): WriteContext {
  const now = new Date(instant);
  return { ...context, today: calendarDateInHelsinki(now), author: { ...context.author, now } };
}

/** The same, at a Helsinki wall-clock time 'YYYY-MM-DDTHH:mm'. */
export function atHelsinki(context: WriteContext, localDateTime: string): WriteContext {
  return at(context, helsinkiLocalToInstant(localDateTime));
}

/** A calendar date some days from another (negative: before). */
export function daysAfter(date: string, days: number): string {
  const noon = new Date(`${date}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}
