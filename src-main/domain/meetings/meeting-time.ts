import { helsinkiLocalToInstant, instantToHelsinkiLocal, isCalendarDate } from '../shared/calendar.js';
import { AppError } from '../shared/app-error.js';

/**
 * Meeting times are Helsinki wall clock 'YYYY-MM-DDTHH:mm'. A time must exist (the hour skipped in
 * spring does not) and the end must come after the start, compared as instants (the repeated autumn
 * hour means its first occurrence, as in calendar.ts and the .ics).
 */
export function checkMeetingTimes(startsAt: string, endsAt: string, fields: [start: string, end: string] = ['startsAt', 'endsAt']): { start: Date; end: Date } {
  const start = toInstant(startsAt, fields[0]);
  const end = toInstant(endsAt, fields[1]);
  if (end.getTime() <= start.getTime()) throw new AppError('meeting_end_not_after_start', {}, [fields[1]]);
  return { start, end };
}

function toInstant(localDateTime: string, field: string): Date {
  try {
    return helsinkiLocalToInstant(localDateTime);
  } catch {
    // calendar.ts refuses both malformed text and the hour skipped in spring; tell them apart
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime);
    const wellFormed = match !== null && isCalendarDate(match[1]!) && Number(match[2]) <= 23 && Number(match[3]) <= 59;
    throw new AppError(wellFormed ? 'meeting_time_nonexistent' : 'meeting_time_invalid', { time: localDateTime }, [field]);
  }
}

export interface PlannedTimes {
  /** per item, in agenda order: 'HH:mm' or null after an item without a duration */
  items: Array<{ plannedStart: string | null; plannedEnd: string | null }>;
  /** where the durations end; null when some item has no duration */
  plannedEnd: string | null;
  /** minutes the known durations run past the meeting's end */
  overrunMinutes: number;
}

/** The agenda's planned times: each item starts where the durations before it end. */
export function plannedTimes(startsAt: string, endsAt: string, durations: ReadonlyArray<number | null>): PlannedTimes {
  let start: Date;
  let end: Date;
  try {
    start = helsinkiLocalToInstant(startsAt);
    end = helsinkiLocalToInstant(endsAt);
  } catch {
    return { items: durations.map(() => ({ plannedStart: null, plannedEnd: null })), plannedEnd: null, overrunMinutes: 0 };
  }
  const clock = (instant: Date) => instantToHelsinkiLocal(instant).slice(11);
  let cursor: number | null = start.getTime();
  let known = 0;
  const items = durations.map((duration) => {
    known += duration ?? 0;
    if (cursor === null) return { plannedStart: null, plannedEnd: null };
    const plannedStart = clock(new Date(cursor));
    cursor = duration === null ? null : cursor + duration * 60_000;
    return { plannedStart, plannedEnd: cursor === null ? null : clock(new Date(cursor)) };
  });
  // with a missing duration, the known ones still tell a lower bound of the overrun
  const knownEnd = start.getTime() + known * 60_000;
  const overrunMinutes = Math.max(0, Math.round((knownEnd - end.getTime()) / 60_000));
  return { items, plannedEnd: cursor === null ? null : clock(new Date(cursor)), overrunMinutes };
}
