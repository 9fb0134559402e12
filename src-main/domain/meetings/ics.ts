import { AppError } from '../shared/app-error.js';
import { NETWORK_TIME_ZONE } from '../shared/calendar.js';
import { isEmailAddress } from './email-address.js';
import { escapeText, joinContentLines, quoteParameter } from './ics-lines.js';
import { checkMeetingTimes } from './meeting-time.js';

/**
 * An iCalendar (RFC 5545) invitation for one meeting (kokouskutsu), as the text of an .ics file.
 *
 * METHOD:REQUEST, not PUBLISH: the file is a meeting invitation with an organiser and invitees who
 * are asked to answer (iTIP, RFC 5546). Outlook, Google and Apple Calendar show a REQUEST as an
 * invitation with accept/decline and update the same event when a later file with the same UID and
 * a higher SEQUENCE arrives; PUBLISH is for one-way calendar copies and gives no answers.
 * A cancellation is METHOD:CANCEL with STATUS:CANCELLED, the same UID and a higher SEQUENCE.
 *
 * Times are written with TZID=Europe/Helsinki and the wall-clock time the network agreed on, with
 * the zone's rules in a VTIMEZONE, so a receiver in another zone still sees the right moment and a
 * meeting stays at 13:00 however the rules of summer time change. An ambiguous autumn time (the hour
 * repeated on the last Sunday of October) means the first occurrence, as RFC 5545 §3.3.5 says and
 * as `helsinkiLocalToInstant` also reads it.
 */

export type IcsAttendeeRole = 'chair' | 'required' | 'optional';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsAttendee extends IcsPerson {
  role: IcsAttendeeRole;
  /** Is an answer asked for? Usually true for an invitation. */
  rsvp: boolean;
}

export interface MeetingInvitation {
  meetingId: string;
  /** The right-hand side of the UID: the same meeting id and domain always make the same UID. */
  uidDomain: string;
  title: string;
  /** Helsinki wall-clock time, YYYY-MM-DDTHH:mm. */
  start: string;
  end: string;
  location: string | null;
  onlineLink: string | null;
  /** The agenda as plain text (the caller renders it in the invitation's language). */
  description: string;
  organizer: IcsPerson;
  attendees: readonly IcsAttendee[];
  /** 0 for the first invitation; raised whenever time, place or status changes (RFC 5545 §3.8.7.4). */
  sequence: number;
  /** When this file is made (DTSTAMP, written in UTC). */
  stampedAt: Date;
  cancelled: boolean;
}

export const ICS_PRODUCT_ID = '-//Kotoverkko//Kotoverkko meetings//FI';

/** Europe/Helsinki with the EU rules: summer time from 01:00 UTC on the last Sunday of March
 * (03:00 → 04:00 local) to 01:00 UTC on the last Sunday of October (04:00 → 03:00 local).
 * A DTSTART in a VTIMEZONE is the local time before the change (§3.6.5). */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${NETWORK_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const ROLE_PARAMETER: Record<IcsAttendeeRole, string> = {
  chair: 'CHAIR',
  required: 'REQ-PARTICIPANT',
  optional: 'OPT-PARTICIPANT',
};

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function meetingToIcs(meeting: MeetingInvitation): string {
  checkMeetingTimes(meeting.start, meeting.end, ['start', 'end']);
  if (!DOMAIN.test(meeting.uidDomain)) throw new AppError('meeting_uid_domain_invalid', { domain: meeting.uidDomain }, ['uidDomain']);
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) throw new AppError('number_out_of_range', {}, ['sequence']);
  const onlineLink = meeting.onlineLink?.trim() || null;
  if (onlineLink !== null && !isWebAddress(onlineLink)) throw new AppError('meeting_online_link_invalid', {}, ['onlineLink']);
  checkAddress(meeting.organizer.email, ['organizer', 'email']);
  meeting.attendees.forEach((attendee, index) => checkAddress(attendee.email, ['attendees', index, 'email']));

  const location = meeting.location?.trim() || onlineLink;
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${meeting.cancelled ? 'CANCEL' : 'REQUEST'}`,
    ...HELSINKI_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${meeting.meetingId}@${meeting.uidDomain.toLowerCase()}`,
    `DTSTAMP:${utcStamp(meeting.stampedAt)}`,
    `DTSTART;TZID=${NETWORK_TIME_ZONE}:${localStamp(meeting.start)}`,
    `DTEND;TZID=${NETWORK_TIME_ZONE}:${localStamp(meeting.end)}`,
    `SEQUENCE:${meeting.sequence}`,
    `STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `SUMMARY:${escapeText(meeting.title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(onlineLink ? [`URL:${onlineLink}`] : []),
    `DESCRIPTION:${escapeText(describe(meeting.description, onlineLink))}`,
    `ORGANIZER;CN=${quoteParameter(meeting.organizer.name)}:mailto:${meeting.organizer.email}`,
    ...uniqueAttendees(meeting.attendees).map(attendeeLine),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return joinContentLines(lines);
}

function checkAddress(address: string, path: Array<string | number>): void {
  if (!isEmailAddress(address)) throw new AppError('meeting_address_invalid', { address }, path);
}

function isWebAddress(value: string): boolean {
  if (/[\s"<>\\^`{|}]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The link first, so it is one click away in every calendar program, then the agenda. */
function describe(description: string, onlineLink: string | null): string {
  const text = description.trim();
  if (onlineLink === null || text.includes(onlineLink)) return text;
  return text === '' ? onlineLink : `${onlineLink}\n\n${text}`;
}

/** One line per address (compared case-insensitively); the first mention decides name and role. */
function uniqueAttendees(attendees: readonly IcsAttendee[]): IcsAttendee[] {
  const seen = new Set<string>();
  return attendees.filter((attendee) => {
    const key = attendee.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function attendeeLine(attendee: IcsAttendee): string {
  const parameters = [
    'CUTYPE=INDIVIDUAL',
    `ROLE=${ROLE_PARAMETER[attendee.role]}`,
    'PARTSTAT=NEEDS-ACTION',
    `RSVP=${attendee.rsvp ? 'TRUE' : 'FALSE'}`,
    `CN=${quoteParameter(attendee.name)}`,
  ];
  return `ATTENDEE;${parameters.join(';')}:mailto:${attendee.email}`;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function localStamp(localDateTime: string): string {
  return `${localDateTime.replace(/[-:]/g, '')}00`;
}
