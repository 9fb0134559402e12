import type { ActionItemView, MeetingDetail, PersonRef } from '../../api/contract/meetings.js';
import type { LocalizedText } from '../../api/contract/common.js';
import { sectionLabel } from '../../domain/meetings/agenda-numbering.js';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { pick } from '../word/docx-parts.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/** How the meeting documents write times, days, people and labels; pure, shared by their parts. */

const WEEKDAYS: Record<Locale, string[]> = {
  fi: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'],
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "13.00" in Finnish and Swedish (as Finland writes it), "13:00" in English; from 'YYYY-MM-DDTHH:mm' or 'HH:mm'. */
export function clockTime(value: string, locale: Locale): string {
  const time = value.length > 5 ? value.slice(11, 16) : value;
  return locale === 'en' ? time : time.replace(':', '.');
}

/** "tiistai 14.12.2026 klo 13.00–15.00"; the end's date is written only when it is another day. */
export function meetingTimeLine(meeting: Pick<MeetingDetail, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const day = meeting.startsAt.slice(0, 10);
  const endDay = meeting.endsAt.slice(0, 10);
  const weekday = WEEKDAYS[locale][new Date(`${day}T12:00:00Z`).getUTCDay()];
  const at = { fi: 'klo ', sv: 'kl. ', en: '' }[locale];
  const end = endDay === day ? clockTime(meeting.endsAt, locale) : `${displayDate(endDay, locale)} ${clockTime(meeting.endsAt, locale)}`;
  return `${weekday} ${displayDate(day, locale)} ${at}${clockTime(meeting.startsAt, locale)}–${end}`;
}

export function pickText(text: LocalizedText | null | undefined, locale: Locale, fallback = ''): string {
  return pick(text, locale) ?? fallback;
}

/** "5 §" / "§ 5" in the document's language (not the reader's), '' without a number. */
export function labelOf(sectionNumber: number | null, locale: Locale): string {
  return sectionNumber === null ? '' : sectionLabel(sectionNumber, locale);
}

/** "Name (Organisation)" */
export function personLine(person: PersonRef | null): string {
  if (!person) return '';
  return person.actorName ? `${person.name} (${person.actorName})` : person.name;
}

export function ownerLine(item: ActionItemView): string {
  const person = item.ownerRepresentative;
  const actor = item.ownerActor?.name ?? null;
  if (person) return actor && actor !== person.actorName ? `${person.name} (${person.actorName}; ${actor})` : personLine(person);
  return actor ?? '–';
}

/** The status in words: an overdue item says so in text, not only in colour. */
export function actionStatusLine(item: ActionItemView, texts: MeetingDocumentTexts, locale: Locale): string {
  const status = texts.actionStatuses[item.status];
  if (item.status === 'open') return item.overdue ? `${status}, ${texts.overdue}` : status;
  return item.closedOn ? texts.closedOn(status, displayDate(item.closedOn, locale)) : status;
}
