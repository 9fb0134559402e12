import type { LocalizedText } from '../../api/contract/common.js';
import type { AgendaItemKind, RecordKind } from '../../api/contract/meetings.js';

/** The items every new agenda starts with: "Open action items" always, and for minutes the formal opening and closing. */

const TITLES: Record<Exclude<AgendaItemKind, 'regular'>, LocalizedText> = {
  opening: { fi: 'Kokouksen avaus', sv: 'Mötets öppnande', en: 'Opening of the meeting' },
  legality_quorum: {
    fi: 'Kokouksen laillisuus ja päätösvaltaisuus',
    sv: 'Mötets laglighet och beslutförhet',
    en: 'Legality and quorum of the meeting',
  },
  minute_checkers: { fi: 'Pöytäkirjantarkastajien valinta', sv: 'Val av protokolljusterare', en: 'Election of the minute-checkers' },
  agenda_approval: { fi: 'Esityslistan hyväksyminen', sv: 'Godkännande av föredragningslistan', en: 'Approval of the agenda' },
  previous_record: { fi: 'Edellisen kokouksen muistio', sv: 'Föregående mötes minnesanteckningar', en: 'Record of the previous meeting' },
  open_action_items: { fi: 'Avoimet tehtävät', sv: 'Öppna uppgifter', en: 'Open action items' },
  closing: { fi: 'Kokouksen päättäminen', sv: 'Mötets avslutande', en: 'Closing of the meeting' },
};

/** Minutes each standard item is planned to take, so the agenda's planned times start from the top. */
const DURATIONS: Record<Exclude<AgendaItemKind, 'regular'>, number> = {
  opening: 2,
  legality_quorum: 2,
  minute_checkers: 2,
  agenda_approval: 2,
  previous_record: 5,
  open_action_items: 10,
  closing: 2,
};

export function standardItemDuration(kind: Exclude<AgendaItemKind, 'regular'>): number {
  return DURATIONS[kind];
}

export function standardItemTitle(kind: Exclude<AgendaItemKind, 'regular'>): LocalizedText {
  return { ...TITLES[kind] };
}

/** The kinds a new agenda starts with, in order. */
export function initialAgendaKinds(recordKind: RecordKind): Array<Exclude<AgendaItemKind, 'regular'>> {
  if (recordKind === 'minutes') return ['opening', 'legality_quorum', 'minute_checkers', 'agenda_approval', 'open_action_items', 'closing'];
  return ['open_action_items'];
}
