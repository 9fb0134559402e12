import type { Queryable } from '../../db/network-store.js';
import { findDecisionRowsById } from '../../db/repositories/decision-repository.js';
import { findMeetingRowsByIds, meetingNumber, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { pickLocalized } from '../shared/localized-text.js';
import { sectionLabel } from './agenda-numbering.js';
import { sectionNumbersFor } from './agenda-section-numbers.js';
import { readMeetingSettings } from './meeting-settings.js';

/** Where a decision was made: the meeting ("3/2026") and the § of its agenda item ("5 §"). */
export interface DecisionPlace {
  meetingId: string;
  meetingNumber: string;
  sectionLabel: string;
}

/** The § numbers of the given meetings' agenda items under the network's current numbering. */
export async function sectionNumbersOf(db: Queryable, meetings: readonly MeetingRow[]): Promise<Map<string, number>> {
  if (meetings.length === 0) return new Map();
  return sectionNumbersFor(db, meetings, (await readMeetingSettings(db)).sectionNumbering);
}

/** The meeting and § of each given decision, the § written in the reader's language. */
export async function decisionPlaces(db: Queryable, decisionIds: ReadonlyArray<string | null>, locale: Locale): Promise<Map<string, DecisionPlace>> {
  const decisions = await findDecisionRowsById(db, decisionIds.filter((id): id is string => id !== null));
  if (decisions.length === 0) return new Map();
  const meetings = await findMeetingRowsByIds(db, decisions.map((decision) => decision.meeting_id));
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const numbers = await sectionNumbersOf(db, meetings);
  const places = new Map<string, DecisionPlace>();
  for (const decision of decisions) {
    const meeting = byId.get(decision.meeting_id);
    if (!meeting) continue;
    const number = numbers.get(decision.agenda_item_id);
    places.set(decision.id, {
      meetingId: meeting.id,
      meetingNumber: meetingNumber(meeting),
      sectionLabel: number === undefined ? '' : sectionLabel(number, locale),
    });
  }
  return places;
}

const NETWORK_MEETING: Record<Locale, string> = { fi: 'Verkoston kokous', sv: 'Nätverkets möte', en: 'Network meeting' };
const GROUP_MEETING: Record<Locale, string> = { fi: 'kokous', sv: 'möte', en: 'meeting' };

/** The network's first language: the first of fi, sv, en its name is written in. */
export async function networkLanguage(db: Queryable): Promise<Locale> {
  const row = await db.selectFrom('network_info').select(['name_fi', 'name_sv', 'name_en']).executeTakeFirst();
  if (!row || row.name_fi) return 'fi';
  return row.name_sv ? 'sv' : row.name_en ? 'en' : 'fi';
}

/** "Verkoston kokous 3/2026", or for a working group "Ohjausryhmä, kokous 3/2026". */
export async function meetingLabel(db: Queryable, meeting: MeetingRow, locale: Locale): Promise<string> {
  const number = meetingNumber(meeting);
  if (!meeting.working_group_id) return `${NETWORK_MEETING[locale]} ${number}`;
  const group = await db.selectFrom('working_group').selectAll().where('id', '=', meeting.working_group_id).executeTakeFirst();
  const name = group ? pickLocalized(fromStoredLocalized(group, 'name'), locale)?.text : undefined;
  return name ? `${name}, ${GROUP_MEETING[locale]} ${number}` : `${NETWORK_MEETING[locale]} ${number}`;
}
