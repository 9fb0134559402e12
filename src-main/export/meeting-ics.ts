import type { MeetingDetail, PersonRef } from '../api/contract/meetings.js';
import { isEmailAddress } from '../domain/meetings/email-address.js';
import { meetingToIcs, type IcsAttendee } from '../domain/meetings/ics.js';
import { AppError } from '../domain/shared/app-error.js';
import type { Locale } from '../i18n/locales.js';
import { clockTime, labelOf, personLine, pickText } from './meeting-document/meeting-format.js';
import { meetingDocumentTexts } from './meeting-document/meeting-document-texts.js';

/** The UID's right-hand side: a reserved top-level domain, never someone's real one (docs/design/meetings.md). */
const MEETING_UID_DOMAIN = 'kotoverkko.invalid';

/**
 * The meeting's calendar invitation (.ics text): organised by the secretary (else the chair), the
 * invitees who have an address as attendees, the agenda as the description. A cancelled meeting
 * gives METHOD:CANCEL with the same UID; the sequence is the meeting's own, raised by the domain
 * whenever time, place or status changed after the invitation went out.
 */
export function meetingIcsText(meeting: MeetingDetail, locale: Locale, stampedAt: Date): string {
  const organizer = [meeting.secretary, meeting.chair].find((person): person is PersonRef & { email: string } => Boolean(person?.email && isEmailAddress(person.email)));
  if (!organizer) throw new AppError('export_meeting_no_organizer', {}, ['meetingId']);
  const attendees: IcsAttendee[] = meeting.invitees
    .filter((person) => person.email !== null && isEmailAddress(person.email))
    .map((person) => ({ name: person.name, email: person.email!, role: person.role, rsvp: true }));
  const title = pickText(meeting.titles, locale, meeting.title);
  return meetingToIcs({
    meetingId: meeting.id,
    uidDomain: MEETING_UID_DOMAIN,
    title: `${title} ${meeting.number}`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    location: meeting.place,
    onlineLink: meeting.onlineLink,
    description: agendaText(meeting, locale),
    organizer: { name: organizer.name, email: organizer.email },
    attendees,
    sequence: meeting.icsSequence,
    stampedAt,
    cancelled: meeting.status === 'cancelled',
  });
}

/** "Esityslista:" and one line per § item, with its planned start and presenter. */
function agendaText(meeting: MeetingDetail, locale: Locale): string {
  const texts = meetingDocumentTexts(locale);
  const lines = meeting.agenda.map((item) => {
    const number = labelOf(item.sectionNumber, locale);
    const time = item.plannedStart ? `${clockTime(item.plannedStart, locale)} ` : '';
    const presenter = item.presenter ? personLine(item.presenter) : item.presenterText;
    return `${time}${number ? `${number} ` : ''}${pickText(item.titles, locale, item.title)}${presenter ? ` (${presenter})` : ''}`;
  });
  return lines.length ? `${texts.agenda}:\n${lines.join('\n')}` : '';
}
