import type { ActionItemStatus } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';

/** Which items the overview showed when the workbook was made (the contract's `state`). */
export type ActionItemsFilterState = 'open' | 'overdue' | 'done' | 'all';

/** Words of the action-item workbook (tehtävälista), in Finnish, Swedish and English. */
const fi = {
  itemsSheet: 'Tehtävät',
  filtersSheet: 'Rajaukset',
  title: 'Kokousten tehtävät',
  subtitle: '{network} · viety {date}',
  meeting: 'Kokous',
  meetingDate: 'Kokouspäivä',
  section: '§',
  what: 'Tehtävä',
  ownerActor: 'Vastuuorganisaatio',
  ownerPerson: 'Vastuuhenkilö',
  dueDate: 'Määräpäivä',
  status: 'Tila',
  schedule: 'Aikataulu',
  overdue: 'Myöhässä',
  closedOn: 'Suljettu',
  note: 'Huomautus',
  goalAction: 'Toimintasuunnitelman toimenpide',
  noItems: 'Rajauksilla ei löytynyt tehtäviä.',
  network: 'Verkosto',
  filterActor: 'Organisaatio',
  filterOwner: 'Vastuuhenkilö',
  filterState: 'Tehtävät',
  everyone: 'kaikki',
  itemCount: 'Tehtäviä',
  exportedAt: 'Viety Exceliin',
  overdueRule: 'Myöhässä: määräpäivä on ohi ja tehtävä on yhä avoin viennin päivänä.',
  demoNotice: 'Esimerkkiverkoston tiedosto: tiedot ovat kuvitteellisia eivätkä sido ketään.',
};

type Texts = Record<keyof typeof fi, string>;

const TEXTS: Record<Locale, Texts> = {
  fi,
  sv: {
    itemsSheet: 'Uppgifter',
    filtersSheet: 'Urval',
    title: 'Mötenas uppgifter',
    subtitle: '{network} · exporterad {date}',
    meeting: 'Möte',
    meetingDate: 'Mötesdatum',
    section: '§',
    what: 'Uppgift',
    ownerActor: 'Ansvarig organisation',
    ownerPerson: 'Ansvarig person',
    dueDate: 'Senast',
    status: 'Status',
    schedule: 'Tidsplan',
    overdue: 'Försenad',
    closedOn: 'Avslutad',
    note: 'Anmärkning',
    goalAction: 'Åtgärd i handlingsplanen',
    noItems: 'Inga uppgifter motsvarar urvalet.',
    network: 'Nätverk',
    filterActor: 'Organisation',
    filterOwner: 'Ansvarig person',
    filterState: 'Uppgifter',
    everyone: 'alla',
    itemCount: 'Antal uppgifter',
    exportedAt: 'Exporterad till Excel',
    overdueRule: 'Försenad: sista dagen har passerat och uppgiften är fortfarande öppen på exportdagen.',
    demoNotice: 'Fil från exempelnätverket: uppgifterna är påhittade och binder ingen.',
  },
  en: {
    itemsSheet: 'Action items',
    filtersSheet: 'Filters',
    title: 'Action items from meetings',
    subtitle: '{network} · exported {date}',
    meeting: 'Meeting',
    meetingDate: 'Meeting date',
    section: '§',
    what: 'Action item',
    ownerActor: 'Owner organisation',
    ownerPerson: 'Owner',
    dueDate: 'Due',
    status: 'Status',
    schedule: 'Schedule',
    overdue: 'Overdue',
    closedOn: 'Closed on',
    note: 'Note',
    goalAction: 'Action plan action',
    noItems: 'No action items match these filters.',
    network: 'Network',
    filterActor: 'Organisation',
    filterOwner: 'Owner',
    filterState: 'Action items',
    everyone: 'all',
    itemCount: 'Action items',
    exportedAt: 'Exported to Excel',
    overdueRule: 'Overdue: the due date has passed and the item is still open on the day of the export.',
    demoNotice: 'A file of the example network: the data is made up and binds no one.',
  },
};

const STATUS: Record<Locale, Record<ActionItemStatus, string>> = {
  fi: { open: 'avoin', done: 'tehty', dropped: 'luovuttu' },
  sv: { open: 'öppen', done: 'klar', dropped: 'slopad' },
  en: { open: 'open', done: 'done', dropped: 'dropped' },
};

const STATE: Record<Locale, Record<ActionItemsFilterState, string>> = {
  fi: { open: 'avoimet', overdue: 'myöhässä olevat', done: 'tehdyt', all: 'kaikki' },
  sv: { open: 'öppna', overdue: 'försenade', done: 'klara', all: 'alla' },
  en: { open: 'open', overdue: 'overdue', done: 'done', all: 'all' },
};

export function actionItemsTexts(locale: Locale): Texts {
  return TEXTS[locale];
}

export function actionItemStatusName(status: ActionItemStatus, locale: Locale): string {
  return STATUS[locale][status];
}

export function filterStateName(state: ActionItemsFilterState, locale: Locale): string {
  return STATE[locale][state];
}
