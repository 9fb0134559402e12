import type { MeetingDetail, MeetingInvitationText } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';
import type { ReadContext } from '../shared/contexts.js';
import { getMeetingDetail } from './meeting-view.js';
import { outlookAddressList } from './outlook-addresses.js';

/** The invitation to paste into an e-mail (with the agenda), and the invitees' addresses for Outlook. Nothing is written. */

const WORDS = {
  fi: {
    invitation: 'Kutsu',
    cancelled: 'Peruttu',
    greeting: 'Hei,',
    welcome: 'Tervetuloa kokoukseen',
    cancelledText: 'Kokous on peruttu',
    time: 'Aika',
    place: 'Paikka',
    online: 'Etäyhteys',
    agenda: 'Esityslista',
    presenter: 'Esittelijä',
    closing: 'Ystävällisin terveisin',
    clock: 'klo',
    weekdays: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
  },
  sv: {
    invitation: 'Kallelse',
    cancelled: 'Inställt',
    greeting: 'Hej,',
    welcome: 'Välkommen till mötet',
    cancelledText: 'Mötet är inställt',
    time: 'Tid',
    place: 'Plats',
    online: 'Distansanslutning',
    agenda: 'Föredragningslista',
    presenter: 'Föredragande',
    closing: 'Vänliga hälsningar',
    clock: 'kl.',
    weekdays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  },
  en: {
    invitation: 'Invitation',
    cancelled: 'Cancelled',
    greeting: 'Hello,',
    welcome: 'You are invited to the meeting',
    cancelledText: 'The meeting has been cancelled',
    time: 'Time',
    place: 'Place',
    online: 'Online',
    agenda: 'Agenda',
    presenter: 'Presenter',
    closing: 'Kind regards',
    clock: '',
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  },
} as const satisfies Record<Locale, unknown>;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export async function meetingInvitation(context: ReadContext, meetingId: string): Promise<MeetingInvitationText> {
  const meeting = await getMeetingDetail(context, meetingId);
  return invitationText(meeting, context.locale);
}

function invitationText(meeting: MeetingDetail, locale: Locale): MeetingInvitationText {
  const words = WORDS[locale];
  const name = `${meeting.title} ${meeting.number}`.trim();
  const when = whenText(meeting, locale);
  const cancelled = meeting.status === 'cancelled';
  const subject = `${cancelled ? words.cancelled : words.invitation}: ${name}, ${when}`;
  const lines: string[] = [words.greeting, '', `${cancelled ? words.cancelledText : words.welcome}: ${name}.`, ''];
  lines.push(`${words.time}: ${when}`);
  if (meeting.place) lines.push(`${words.place}: ${meeting.place}`);
  if (meeting.onlineLink) lines.push(`${words.online}: ${meeting.onlineLink}`);
  if (!cancelled) {
    lines.push('', words.agenda);
    for (const item of meeting.agenda) {
      const times = item.plannedStart && item.plannedEnd ? ` (${clock(item.plannedStart, locale)}–${clock(item.plannedEnd, locale)})` : '';
      lines.push(`${item.sectionLabel ? `${item.sectionLabel} ` : ''}${item.title}${times}`);
      const presenter = item.presenter?.name ?? item.presenterText;
      if (presenter) lines.push(`   ${words.presenter}: ${presenter}`);
    }
  }
  lines.push('', words.closing);
  if (meeting.secretary) lines.push(meeting.secretary.name);
  const addresses = invitationAddresses(meeting);
  return { subject, body: lines.join('\n'), ...addresses };
}

function invitationAddresses(meeting: MeetingDetail): Pick<MeetingInvitationText, 'outlookLine' | 'addressProblems'> {
  const problems: MeetingInvitationText['addressProblems'] = [];
  const withAddress: Array<{ name: string; email: string }> = [];
  for (const invitee of meeting.invitees) {
    if (!invitee.email?.trim()) problems.push({ name: invitee.name, email: null, problem: 'missing' });
    else withAddress.push({ name: invitee.name, email: invitee.email });
  }
  const list = outlookAddressList(withAddress);
  for (const entry of list.invalid) problems.push({ name: entry.name, email: entry.email, problem: 'invalid' });
  for (const entry of list.duplicates) problems.push({ name: entry.name, email: entry.email, problem: 'duplicate' });
  return { outlookLine: list.text, addressProblems: problems };
}

/** "ti 8.12.2026 klo 13.00–15.00" / "tis 8.12.2026 kl. 13.00–15.00" / "Tue 8 Dec 2026, 13:00–15:00" */
function whenText(meeting: MeetingDetail, locale: Locale): string {
  const [year, month, day] = meeting.date.split('-').map(Number) as [number, number, number];
  const weekday = WORDS[locale].weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const start = clock(meeting.startsAt.slice(11), locale);
  const endDate = meeting.endsAt.slice(0, 10);
  const end = endDate === meeting.date ? clock(meeting.endsAt.slice(11), locale) : `${dateText(endDate, locale)} ${clock(meeting.endsAt.slice(11), locale)}`;
  if (locale === 'en') return `${weekday} ${dateText(meeting.date, locale)}, ${start}–${end}`;
  return `${weekday} ${dateText(meeting.date, locale)} ${WORDS[locale].clock} ${start}–${end}`;
}

function dateText(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${day} ${MONTHS_EN[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** Finnish and Swedish write 13.00, English 13:00. */
function clock(hoursMinutes: string, locale: Locale): string {
  return locale === 'en' ? hoursMinutes : hoursMinutes.replace(':', '.');
}
