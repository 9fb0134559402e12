import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingToIcs, type MeetingInvitation } from '../../../src-main/domain/meetings/ics.js';
import { AppError } from '../../../src-main/domain/shared/app-error.js';
import { errorMessage, type ErrorCode } from '../../../src-main/i18n/error-messages.js';
import { child, parseIcs, physicalLines, property, resolveWithVtimezone, unescapeText, unfold } from './ics-parser.js';

function invitation(overrides: Partial<MeetingInvitation> = {}): MeetingInvitation {
  return {
    meetingId: '01937a2e-5c00-7000-8000-000000000003',
    uidDomain: 'kotoverkko.example.fi',
    title: 'Kotoutumisverkoston kokous 3/2026',
    start: '2026-11-30T13:00',
    end: '2026-11-30T15:00',
    location: 'Kaupungintalo, kokoushuone Sali 2',
    onlineLink: 'https://teams.example.fi/meet/abc?x=1&y=2',
    description: '1 § Kokouksen avaus\n2 § Vastuumatriisi',
    organizer: { name: 'Koordinaattori, Kaisa', email: 'kaisa.koordinaattori@example.fi' },
    attendees: [
      { name: 'Pekka Puheenjohtaja', email: 'pekka@example.fi', role: 'chair', rsvp: true },
      { name: 'Åsa Öberg', email: 'asa.oberg@example.fi', role: 'required', rsvp: true },
      { name: 'Lotta "Lotte" Virtanen; TE-palvelut', email: 'lotta@example.fi', role: 'optional', rsvp: false },
    ],
    sequence: 0,
    stampedAt: new Date('2026-11-23T09:15:30.123Z'),
    cancelled: false,
    ...overrides,
  };
}

function event(ics: string) {
  return child(parseIcs(ics), 'VEVENT');
}

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('No error was thrown');
}

describe('meetingToIcs: the calendar and its event', () => {
  it('is a VCALENDAR with PRODID, VERSION 2.0, CALSCALE and METHOD:REQUEST, one VTIMEZONE and one VEVENT', () => {
    const calendar = parseIcs(meetingToIcs(invitation()));
    expect(calendar.name).toBe('VCALENDAR');
    expect(property(calendar, 'PRODID').value).toMatch(/^-\/\/Kotoverkko\/\//);
    expect(property(calendar, 'VERSION').value).toBe('2.0');
    expect(property(calendar, 'CALSCALE').value).toBe('GREGORIAN');
    expect(property(calendar, 'METHOD').value).toBe('REQUEST');
    expect(calendar.components.map((component) => component.name)).toEqual(['VTIMEZONE', 'VEVENT']);
    expect(property(child(calendar, 'VTIMEZONE'), 'TZID').value).toBe('Europe/Helsinki');
  });

  it('has every property an iTIP REQUEST needs, each once', () => {
    const vevent = event(meetingToIcs(invitation()));
    for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'STATUS', 'SUMMARY', 'LOCATION', 'URL', 'DESCRIPTION', 'ORGANIZER']) {
      expect(() => property(vevent, name), name).not.toThrow();
    }
    expect(property(vevent, 'STATUS').value).toBe('CONFIRMED');
    expect(property(vevent, 'SEQUENCE').value).toBe('0');
  });

  it('gives a UID that stays the same for one meeting and differs between meetings', () => {
    const first = property(event(meetingToIcs(invitation())), 'UID').value;
    const later = property(event(meetingToIcs(invitation({ stampedAt: new Date('2026-12-01T10:00:00Z'), sequence: 2, title: 'Uusi nimi' }))), 'UID').value;
    const other = property(event(meetingToIcs(invitation({ meetingId: '01937a2e-5c00-7000-8000-000000000004' }))), 'UID').value;
    expect(first).toBe('01937a2e-5c00-7000-8000-000000000003@kotoverkko.example.fi');
    expect(later).toBe(first);
    expect(other).not.toBe(first);
  });

  it('writes DTSTAMP in UTC without fractions, whatever the machine zone', () => {
    expect(property(event(meetingToIcs(invitation())), 'DTSTAMP').value).toBe('20261123T091530Z');
  });

  it('writes the sequence given for an update', () => {
    expect(property(event(meetingToIcs(invitation({ sequence: 3 }))), 'SEQUENCE').value).toBe('3');
    expect(errorOf(() => meetingToIcs(invitation({ sequence: -1 }))).code).toBe('number_out_of_range');
  });

  it('refuses a UID domain that is not a host name', () => {
    for (const domain of ['', 'localhost', 'a b.fi', 'x@y.fi', '-bad.fi']) {
      expect(errorOf(() => meetingToIcs(invitation({ uidDomain: domain }))).code, domain).toBe('meeting_uid_domain_invalid');
    }
  });
});

describe('meetingToIcs: Helsinki times', () => {
  it('writes DTSTART and DTEND as Helsinki wall-clock time with TZID', () => {
    const vevent = event(meetingToIcs(invitation()));
    expect(property(vevent, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Helsinki' }, value: '20261130T130000' });
    expect(property(vevent, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Helsinki' }, value: '20261130T150000' });
  });

  // The moments written literally (UTC+2 in winter, UTC+3 in summer), resolved by the file's own VTIMEZONE.
  it.each([
    ['2026-03-27T10:00', '2026-03-27T08:00:00.000Z', 'Friday before the spring change (winter time)'],
    ['2026-03-29T02:59', '2026-03-29T00:59:00.000Z', 'the last minute before the spring change'],
    ['2026-03-29T04:00', '2026-03-29T01:00:00.000Z', 'the first minute of summer time'],
    ['2026-03-30T10:00', '2026-03-30T07:00:00.000Z', 'Monday after the spring change (summer time)'],
    ['2026-10-23T10:00', '2026-10-23T07:00:00.000Z', 'Friday before the autumn change (summer time)'],
    ['2026-10-25T03:30', '2026-10-25T00:30:00.000Z', 'the repeated autumn hour: its first occurrence'],
    ['2026-10-26T10:00', '2026-10-26T08:00:00.000Z', 'Monday after the autumn change (winter time)'],
  ])('%s is %s (%s)', (local, utc) => {
    const end = `${local.slice(0, 11)}23:59`;
    const calendar = parseIcs(meetingToIcs(invitation({ start: local, end })));
    const vtimezone = child(calendar, 'VTIMEZONE');
    expect(resolveWithVtimezone(vtimezone, property(child(calendar, 'VEVENT'), 'DTSTART').value).toISOString()).toBe(utc);
  });

  it('has a VTIMEZONE whose rules agree with the time zone database, 2024–2040', () => {
    const vtimezone = child(parseIcs(meetingToIcs(invitation())), 'VTIMEZONE');
    const offsetNames = vtimezone.components.map((component) => component.name).sort();
    expect(offsetNames).toEqual(['DAYLIGHT', 'STANDARD']);
    const helsinkiFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const local = (instant: Date) => {
      const parts = Object.fromEntries(helsinkiFormat.formatToParts(instant).map((part) => [part.type, part.value]));
      return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}00`;
    };
    const instants: number[] = [];
    // every Sunday of March and October a minute either side of 01:00 UTC (when the EU changes)…
    for (let year = 2024; year <= 2040; year++) {
      for (const month of [2, 9]) {
        for (let day = 1; day <= 31; day++) {
          const sunday = new Date(Date.UTC(year, month, day));
          if (sunday.getUTCMonth() !== month || sunday.getUTCDay() !== 0) continue;
          for (const minutes of [-61, -1, 0, 59, 60]) instants.push(Date.UTC(year, month, day, 1, minutes));
        }
      }
    }
    // …and a spread of ordinary hours through the years
    for (let time = Date.UTC(2024, 0, 1, 2, 30); time < Date.UTC(2041, 0, 1); time += 15 * 3_600_000) instants.push(time);
    let checked = 0;
    for (const time of instants) {
      const stamp = local(new Date(time));
      // the hour repeated in autumn resolves to its first occurrence; its second cannot be named by wall-clock time
      if (local(new Date(time - 3_600_000)) === stamp) continue;
      expect(resolveWithVtimezone(vtimezone, stamp).toISOString(), stamp).toBe(new Date(time).toISOString());
      checked++;
    }
    expect(checked).toBeGreaterThan(9000);
  });

  it.each(['2026-03-29T03:00', '2026-03-29T03:30', '2026-03-29T03:59', '2027-03-28T03:15'])(
    'refuses %s, a time skipped when the clocks go forward',
    (time) => {
      const error = errorOf(() => meetingToIcs(invitation({ start: time, end: '2026-03-29T18:00' })));
      expect(error.code).toBe('meeting_time_nonexistent');
      expect(error.params).toEqual({ time });
      expect(error.path).toEqual(['start']);
    },
  );

  it('refuses a skipped end time too, naming the end', () => {
    const error = errorOf(() => meetingToIcs(invitation({ start: '2026-03-29T01:00', end: '2026-03-29T03:30' })));
    expect([error.code, error.path]).toEqual(['meeting_time_nonexistent', ['end']]);
  });

  it.each(['2026-02-30T10:00', '2026-11-30 13:00', '2026-11-30T24:00', '2026-11-30T13:60', '30.11.2026 13:00', ''])(
    'refuses %j as malformed',
    (time) => {
      expect(errorOf(() => meetingToIcs(invitation({ start: time }))).code).toBe('meeting_time_invalid');
    },
  );

  it('refuses an end before the start, and an end equal to it', () => {
    expect(errorOf(() => meetingToIcs(invitation({ end: '2026-11-30T12:59' }))).code).toBe('meeting_end_not_after_start');
    expect(errorOf(() => meetingToIcs(invitation({ end: '2026-11-30T13:00' }))).code).toBe('meeting_end_not_after_start');
    expect(errorOf(() => meetingToIcs(invitation({ end: '2026-11-29T15:00' }))).path).toEqual(['end']);
  });

  it('accepts a meeting inside the repeated autumn hour and one spanning the spring change', () => {
    expect(() => meetingToIcs(invitation({ start: '2026-10-25T03:10', end: '2026-10-25T03:50' }))).not.toThrow();
    const vevent = event(meetingToIcs(invitation({ start: '2026-03-29T02:00', end: '2026-03-29T05:00' })));
    expect(property(vevent, 'DTEND').value).toBe('20260329T050000');
  });
});

describe('meetingToIcs: text, escaping and folding', () => {
  const tricky = 'Päätös: a, b; c\\d\n2. rivi\r\nkolmas\rneljäs – "lainaus" 🎉';

  it('round-trips backslash, comma, semicolon and line breaks in SUMMARY, LOCATION and DESCRIPTION', () => {
    const vevent = event(meetingToIcs(invitation({ title: tricky, location: tricky, onlineLink: null, description: tricky })));
    const expected = 'Päätös: a, b; c\\d\n2. rivi\nkolmas\nneljäs – "lainaus" 🎉';
    expect(unescapeText(property(vevent, 'SUMMARY').value)).toBe(expected);
    expect(unescapeText(property(vevent, 'LOCATION').value)).toBe(expected);
    expect(unescapeText(property(vevent, 'DESCRIPTION').value)).toBe(expected);
  });

  it('turns control characters other than tab into spaces (TEXT cannot hold them)', () => {
    const vevent = event(meetingToIcs(invitation({ title: 'a\u0007b\tc\u001Fd' })));
    expect(unescapeText(property(vevent, 'SUMMARY').value)).toBe('a b\tc d');
  });

  it('ends every line with CRLF and keeps every physical line within 75 octets', () => {
    const long = `${'Ääkköset ja åäö sekä emoji 🧭🇫🇮 '.repeat(12)}loppu`;
    const ics = meetingToIcs(invitation({ title: long, description: long, location: long }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    const lines = physicalLines(ics);
    for (const line of lines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
  });

  it('never folds inside a UTF-8 character: each physical line is valid UTF-8 on its own', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    // shift the text one octet at a time so folds land at every position of the multi-byte letters
    for (let shift = 0; shift < 8; shift++) {
      const title = `${'x'.repeat(shift)}${'åäö€🧭'.repeat(20)}`;
      const ics = meetingToIcs(invitation({ title }));
      const bytes = encoder.encode(ics);
      let start = 0;
      for (let index = 0; index < bytes.length - 1; index++) {
        if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
          expect(() => decoder.decode(bytes.slice(start, index))).not.toThrow();
          start = index + 2;
        }
      }
      expect(unescapeText(property(event(ics), 'SUMMARY').value)).toBe(title);
    }
  });

  it('folds a line of exactly 75 octets not at all and one of 76 octets once', () => {
    const prefix = 'SUMMARY:'.length;
    const fits = meetingToIcs(invitation({ title: 'a'.repeat(75 - prefix) }));
    const overflows = meetingToIcs(invitation({ title: 'a'.repeat(76 - prefix) }));
    expect(physicalLines(fits).filter((line) => line.startsWith('SUMMARY:'))[0]).toHaveLength(75);
    const index = physicalLines(overflows).findIndex((line) => line.startsWith('SUMMARY:'));
    expect(physicalLines(overflows).slice(index, index + 2)).toEqual([`SUMMARY:${'a'.repeat(67)}`, ' a']);
  });

  it('writes the NFC form, so a decomposed ä is one letter', () => {
    const vevent = event(meetingToIcs(invitation({ title: 'Ha\u0308meenlinna' })));
    expect(unescapeText(property(vevent, 'SUMMARY').value)).toBe('Hämeenlinna');
  });

  it('puts the online link in URL and first in DESCRIPTION, and uses it as LOCATION when there is no place', () => {
    const link = 'https://teams.example.fi/meet/abc?x=1&y=2';
    const withPlace = event(meetingToIcs(invitation()));
    expect(property(withPlace, 'URL').value).toBe(link);
    expect(unescapeText(property(withPlace, 'DESCRIPTION').value)).toBe(`${link}\n\n1 § Kokouksen avaus\n2 § Vastuumatriisi`);
    expect(unescapeText(property(withPlace, 'LOCATION').value)).toBe('Kaupungintalo, kokoushuone Sali 2');
    const onlineOnly = event(meetingToIcs(invitation({ location: '  ' })));
    expect(unescapeText(property(onlineOnly, 'LOCATION').value)).toBe(link);
    const inPerson = event(meetingToIcs(invitation({ onlineLink: null })));
    expect(inPerson.properties.some((line) => line.name === 'URL')).toBe(false);
    expect(unescapeText(property(inPerson, 'DESCRIPTION').value)).toBe('1 § Kokouksen avaus\n2 § Vastuumatriisi');
  });

  it('does not repeat a link the agenda text already carries', () => {
    const link = 'https://meet.example.fi/x';
    const vevent = event(meetingToIcs(invitation({ onlineLink: link, description: `Linkki: ${link}` })));
    expect(unescapeText(property(vevent, 'DESCRIPTION').value)).toBe(`Linkki: ${link}`);
  });

  it.each(['javascript:alert(1)', 'teams.example.fi/meet', 'https://exa mple.fi', 'ftp://example.fi/x'])('refuses the online link %j', (onlineLink) => {
    expect(errorOf(() => meetingToIcs(invitation({ onlineLink }))).code).toBe('meeting_online_link_invalid');
  });
});

describe('meetingToIcs: organiser and invitees', () => {
  it('writes ORGANIZER with a quoted CN and a mailto address', () => {
    const organizer = property(event(meetingToIcs(invitation())), 'ORGANIZER');
    expect(organizer).toEqual({ name: 'ORGANIZER', params: { CN: 'Koordinaattori, Kaisa' }, value: 'mailto:kaisa.koordinaattori@example.fi' });
  });

  it('writes one ATTENDEE per invitee with ROLE, RSVP and the name intact (comma, semicolon, quotes, å/ö)', () => {
    const attendees = event(meetingToIcs(invitation())).properties.filter((line) => line.name === 'ATTENDEE');
    expect(attendees.map((line) => [line.params.CN, line.params.ROLE, line.params.RSVP, line.params.PARTSTAT, line.value])).toEqual([
      ['Pekka Puheenjohtaja', 'CHAIR', 'TRUE', 'NEEDS-ACTION', 'mailto:pekka@example.fi'],
      ['Åsa Öberg', 'REQ-PARTICIPANT', 'TRUE', 'NEEDS-ACTION', 'mailto:asa.oberg@example.fi'],
      ['Lotta "Lotte" Virtanen; TE-palvelut', 'OPT-PARTICIPANT', 'FALSE', 'NEEDS-ACTION', 'mailto:lotta@example.fi'],
    ]);
  });

  it('lists an address once, however its letter case is written', () => {
    const ics = meetingToIcs(invitation({
      attendees: [
        { name: 'Åsa Öberg', email: 'asa.oberg@example.fi', role: 'required', rsvp: true },
        { name: 'Åsa (toinen)', email: 'ASA.Oberg@Example.FI', role: 'optional', rsvp: false },
      ],
    }));
    const attendees = event(ics).properties.filter((line) => line.name === 'ATTENDEE');
    expect(attendees.map((line) => line.params.CN)).toEqual(['Åsa Öberg']);
  });

  it('refuses an invalid address, saying which', () => {
    const error = errorOf(() => meetingToIcs(invitation({
      attendees: [{ name: 'X', email: 'x@example.fi', role: 'required', rsvp: true }, { name: 'Y', email: 'y@@example', role: 'required', rsvp: true }],
    })));
    expect([error.code, error.params, error.path]).toEqual(['meeting_address_invalid', { address: 'y@@example' }, ['attendees', 1, 'email']]);
    expect(errorOf(() => meetingToIcs(invitation({ organizer: { name: 'O', email: 'o@x.fi>' } }))).path).toEqual(['organizer', 'email']);
  });
});

describe('meetingToIcs: cancellation', () => {
  it('is METHOD:CANCEL with STATUS:CANCELLED, the same UID and the sequence given', () => {
    const original = parseIcs(meetingToIcs(invitation({ sequence: 1 })));
    const cancel = parseIcs(meetingToIcs(invitation({ sequence: 2, cancelled: true })));
    expect(property(cancel, 'METHOD').value).toBe('CANCEL');
    const vevent = child(cancel, 'VEVENT');
    expect(property(vevent, 'STATUS').value).toBe('CANCELLED');
    expect(property(vevent, 'UID').value).toBe(property(child(original, 'VEVENT'), 'UID').value);
    expect(Number(property(vevent, 'SEQUENCE').value)).toBeGreaterThan(Number(property(child(original, 'VEVENT'), 'SEQUENCE').value));
    expect(vevent.properties.filter((line) => line.name === 'ATTENDEE')).toHaveLength(3);
  });
});

describe('meeting error messages', () => {
  it.each<ErrorCode>(['meeting_time_invalid', 'meeting_time_nonexistent', 'meeting_end_not_after_start', 'meeting_address_invalid', 'meeting_online_link_invalid', 'meeting_uid_domain_invalid'])(
    '%s reads in Finnish, Swedish and English with its parameters filled in',
    (code) => {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        const message = errorMessage(code, locale, { time: '2026-03-29T03:30', address: 'a@b', domain: 'x' });
        expect(message.length).toBeGreaterThan(10);
        expect(message).not.toMatch(/\{\w+\}/);
      }
    },
  );
});

// An independent reader, when one is installed (Python's standard library has none).
const hasPythonIcalendar = spawnSync('python3', ['-c', 'import icalendar'], { encoding: 'utf8' }).status === 0;

describe('the .ics read by the Python icalendar library', () => {
  it.skipIf(!hasPythonIcalendar)(
    `parses and gives back the event (${hasPythonIcalendar ? 'icalendar installed' : 'SKIPPED: python3 module "icalendar" is not installed'})`,
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'kotoverkko-ics-'));
      try {
        const file = join(folder, 'meeting.ics');
        writeFileSync(file, meetingToIcs(invitation({ title: 'Kokous; ä, ö 🎉'.repeat(6), start: '2026-03-30T10:00', end: '2026-03-30T11:30' })));
        const script = [
          'import sys, icalendar',
          'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
          'ev = [c for c in cal.walk("VEVENT")][0]',
          'print(str(ev["SUMMARY"]))',
          'print(ev.decoded("DTSTART").astimezone(__import__("datetime").timezone.utc).isoformat())',
        ].join('\n');
        const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.stdout.split('\n').slice(0, 2)).toEqual(['Kokous; ä, ö 🎉'.repeat(6), '2026-03-30T07:00:00+00:00']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});

it('unfold keeps the logical lines (sanity of the test reader itself)', () => {
  expect(unfold('A:1\r\n B\r\nC:2\r\n')).toEqual(['A:1B', 'C:2']);
  expect(() => unfold('A:1\nB:2\r\n')).toThrow();
});
