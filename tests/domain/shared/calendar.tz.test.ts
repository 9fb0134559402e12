import { describe, expect, it } from 'vitest';
import {
  calendarDateInHelsinki,
  helsinkiLocalToInstant,
  instantToHelsinkiLocal,
  isCalendarDate,
  isWithinPeriod,
} from '../../../src-main/domain/shared/calendar.js';

/**
 * Runs twice: under TZ=UTC and under TZ=Europe/Helsinki. The answers must be the same in both,
 * because the network's calendar is Helsinki's whatever the machine's own time zone is.
 */
describe('the machine time zone this run uses', () => {
  it('is one of the two the suite is meant for, and really in effect', () => {
    const zone = process.env.TZ;
    expect(['UTC', 'Europe/Helsinki']).toContain(zone);
    const summerOffset = new Date('2026-07-01T12:00:00Z').getTimezoneOffset();
    const winterOffset = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    if (zone === 'UTC') expect([summerOffset, winterOffset]).toEqual([0, 0]);
    else expect([summerOffset, winterOffset]).toEqual([-180, -120]);
  });
});

describe('calendarDateInHelsinki', () => {
  it('turns the date at Helsinki midnight, not at UTC midnight (winter, UTC+2)', () => {
    expect(calendarDateInHelsinki(new Date('2026-03-15T21:59:59.999Z'))).toBe('2026-03-15');
    expect(calendarDateInHelsinki(new Date('2026-03-15T22:00:00.000Z'))).toBe('2026-03-16');
    expect(calendarDateInHelsinki(new Date('2026-03-16T00:30:00.000Z'))).toBe('2026-03-16');
  });

  it('turns the date an hour earlier in UTC during summer time (UTC+3)', () => {
    expect(calendarDateInHelsinki(new Date('2026-06-30T20:59:59.999Z'))).toBe('2026-06-30');
    expect(calendarDateInHelsinki(new Date('2026-06-30T21:00:00.000Z'))).toBe('2026-07-01');
  });

  it('puts 22:00 UTC on New Year’s Eve into the new year (when the elinvoimakeskus reform took effect)', () => {
    expect(calendarDateInHelsinki(new Date('2025-12-31T21:59:00.000Z'))).toBe('2025-12-31');
    expect(calendarDateInHelsinki(new Date('2025-12-31T22:00:00.000Z'))).toBe('2026-01-01');
  });
});

describe('helsinkiLocalToInstant', () => {
  it('reads winter times as UTC+2 and summer times as UTC+3', () => {
    expect(helsinkiLocalToInstant('2026-01-15T09:00').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(helsinkiLocalToInstant('2026-07-15T09:00').toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('refuses 03:30 on 29 March 2026: the clocks jump from 03:00 to 04:00', () => {
    expect(() => helsinkiLocalToInstant('2026-03-29T03:30')).toThrow(RangeError);
    expect(() => helsinkiLocalToInstant('2026-03-29T03:00')).toThrow(/does not exist/);
    expect(helsinkiLocalToInstant('2026-03-29T02:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(helsinkiLocalToInstant('2026-03-29T04:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads the twice-occurring 03:30 on 25 October 2026 as its first occurrence (still summer time, UTC+3)', () => {
    const ambiguous = helsinkiLocalToInstant('2026-10-25T03:30');
    expect(ambiguous.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // the second 03:30 is an hour later, and it too reads back as 03:30
    expect(instantToHelsinkiLocal(new Date('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25T03:30');
    expect(helsinkiLocalToInstant('2026-10-25T04:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(helsinkiLocalToInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });

  it('gives back the same wall-clock time for every valid local time around both changes', () => {
    const times = ['2026-03-29T00:00', '2026-03-29T02:59', '2026-03-29T04:00', '2026-10-25T02:59', '2026-10-25T03:00', '2026-10-25T04:00', '2026-12-31T23:59'];
    for (const local of times) expect(instantToHelsinkiLocal(helsinkiLocalToInstant(local))).toBe(local);
  });

  it('refuses malformed and impossible local times', () => {
    for (const bad of ['2026-02-29T10:00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-01-01 10:00', '2026-01-01T10:00Z', '', '2026-1-1T9:00']) {
      expect(() => helsinkiLocalToInstant(bad), bad).toThrow(RangeError);
    }
  });
});

describe('isCalendarDate', () => {
  it('knows leap years: 2026-02-29 does not exist, 2028-02-29 does', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });

  it('accepts only YYYY-MM-DD of a real day', () => {
    expect(isCalendarDate('2026-12-31')).toBe(true);
    for (const bad of ['2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '1.1.2026', '2026-01-01T00:00', ' 2026-01-01', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});

describe('isWithinPeriod', () => {
  it('includes both ends and treats a missing end as open', () => {
    expect(isWithinPeriod('2025-01-01', '2025-01-01', '2025-12-31')).toBe(true);
    expect(isWithinPeriod('2025-12-31', '2025-01-01', '2025-12-31')).toBe(true);
    expect(isWithinPeriod('2024-12-31', '2025-01-01', '2025-12-31')).toBe(false);
    expect(isWithinPeriod('2026-01-01', '2025-01-01', '2025-12-31')).toBe(false);
    expect(isWithinPeriod('1990-01-01', null, null)).toBe(true);
    expect(isWithinPeriod('2030-01-01', '2026-01-01', null)).toBe(true);
  });
});
