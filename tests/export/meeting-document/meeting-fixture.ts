import type { ActionItemView, AgendaItemView, AttendanceRow, MeetingDetail, PersonRef } from '../../../src-main/api/contract/meetings.js';
import type { MeetingDocumentKind, MeetingDocumentModel } from '../../../src-main/export/meeting-document/meeting-document-model.js';
import type { Locale } from '../../../src-main/i18n/locales.js';

/** A hand-made meeting as the meeting view returns it: every part the documents print, in plain data. */

const id = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export function person(n: number, name: string, actorName: string, email: string | null = `${name.split(' ')[0]!.toLowerCase()}@example.fi`): PersonRef {
  return { representativeId: id(100 + n), name, actorId: id(200 + n), actorName, email, inactive: false };
}

export const CHAIR = person(1, 'Aino Virtanen', 'Hämeenlinnan kaupunki');
export const SECRETARY = person(2, 'Mikko Laine', 'Hämeen ELY-keskus');
export const CHECKER_1 = person(3, 'Sari Koskinen', 'Kanta-Hämeen hyvinvointialue');
export const CHECKER_2 = person(4, 'Jussi Nieminen', 'TE-palvelut');
const DEPUTY = person(5, 'Laura Heikkinen', 'Hämeenlinnan kaupunki');
const ABSENT = person(6, 'Pekka Salo', 'Riihimäen kaupunki');

function item(n: number, overrides: Partial<AgendaItemView>): AgendaItemView {
  return {
    id: id(300 + n),
    sortOrder: n,
    kind: 'regular',
    sectionNumber: n,
    sectionLabel: `${n} §`,
    title: '',
    titleLanguage: 'fi',
    titles: { fi: null, sv: null, en: null },
    presenter: null,
    presenterText: null,
    durationMinutes: 10,
    plannedStart: null,
    plannedEnd: null,
    background: { fi: null, sv: null, en: null },
    proposal: { fi: null, sv: null, en: null },
    discussion: { fi: null, sv: null, en: null },
    notDiscussed: false,
    carriedFrom: null,
    carryOverDismissed: false,
    process: null,
    matrixVersion: null,
    attachments: [],
    rowVersion: 1,
    ...overrides,
  };
}

function attendance(n: number, who: PersonRef, overrides: Partial<AttendanceRow> = {}): AttendanceRow {
  return {
    id: id(400 + n),
    representativeId: who.representativeId,
    personName: who.name,
    actorId: who.actorId,
    actorName: who.actorName,
    status: 'present',
    deputyFor: null,
    participation: 'in_person',
    note: null,
    rowVersion: 1,
    ...overrides,
  };
}

function actionItem(n: number, title: string, overrides: Partial<ActionItemView>): ActionItemView {
  return {
    id: id(500 + n),
    meetingId: id(1),
    meetingNumber: '3/2026',
    meetingDate: '2026-09-15',
    agendaItemId: null,
    title,
    titleLanguage: 'fi',
    titles: { fi: title, sv: null, en: null },
    ownerActor: null,
    ownerRepresentative: null,
    dueDate: null,
    status: 'open',
    closedOn: null,
    closingNote: null,
    overdue: false,
    timesCarried: 0,
    goalAction: null,
    rowVersion: 1,
    ...overrides,
  };
}

export function meetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ fi, sv, en });
  return {
    id: id(1),
    number: '3/2026',
    year: 2026,
    numberInYear: 3,
    workingGroupId: null,
    workingGroupName: null,
    kind: 'network_meeting',
    status: 'held',
    title: 'Kotoutumisverkoston kokous',
    titleLanguage: 'fi',
    titles: text('Kotoutumisverkoston kokous', 'Integrationsnätverkets möte', 'Integration network meeting'),
    startsAt: '2026-09-15T13:00',
    endsAt: '2026-09-15T15:00',
    date: '2026-09-15',
    place: 'Hämeenlinnan kaupungintalo, kokoushuone Vanaja',
    onlineLink: 'https://teams.example.fi/kokous-3-2026',
    recordKind: 'memo',
    agendaItemCount: 4,
    rowVersion: 3,
    chair: CHAIR,
    secretary: SECRETARY,
    minuteCheckers: [CHECKER_1, CHECKER_2],
    caseNumber: 'HML/1234/00.04.01/2026',
    heldNote: text(''),
    icsSequence: 2,
    invitationSentAt: '2026-09-01T08:00:00.000Z',
    numbersFixed: true,
    recordApprovedOn: null,
    sectionNumbering: 'per_meeting',
    invitees: [
      { ...CHAIR, role: 'chair' },
      { ...SECRETARY, role: 'required' },
      { ...CHECKER_1, role: 'required' },
      { ...CHECKER_2, role: 'optional' },
      { ...ABSENT, role: 'required' },
    ],
    agenda: [
      item(1, { kind: 'opening', title: 'Kokouksen avaus', titles: text('Kokouksen avaus', 'Mötets öppnande', 'Opening of the meeting'), plannedStart: '13:00', plannedEnd: '13:05', durationMinutes: 5 }),
      item(2, {
        kind: 'open_action_items',
        title: 'Avoimet tehtävät',
        titles: text('Avoimet tehtävät', 'Öppna uppgifter', 'Open action items'),
        plannedStart: '13:05',
        plannedEnd: '13:20',
        durationMinutes: 15,
      }),
      item(3, {
        title: 'Asiakasprosessin vastuumatriisi',
        titles: text('Asiakasprosessin vastuumatriisi', 'Kundprocessens ansvarsmatris', null),
        presenter: SECRETARY,
        plannedStart: '13:20',
        plannedEnd: '13:50',
        durationMinutes: 30,
        background: text('Matriisi on ollut lausunnolla elokuun ajan.\nLausuntoja saatiin neljä.', 'Matrisen har varit på remiss i augusti.'),
        proposal: text('Verkosto hyväksyy vastuumatriisin version 2.', 'Nätverket godkänner version 2 av ansvarsmatrisen.', 'The network approves version 2 of the matrix.'),
        discussion: text('Keskusteltiin tulkkauksen vastuista.', 'Tolkningens ansvar diskuterades.', 'Interpreting responsibilities were discussed.'),
        matrixVersion: { id: id(600), matrixId: id(601), matrixName: 'Asiakasprosessi', number: 2, status: 'approved' },
        attachments: [{ id: id(700), fileName: 'vastuumatriisi-v2.pdf', mediaType: 'application/pdf', sizeBytes: 12345, sha256: 'ab', rowVersion: 1 }],
      }),
      item(4, {
        title: 'Koulutuspäivän suunnittelu',
        titles: text('Koulutuspäivän suunnittelu', 'Planering av utbildningsdagen', 'Planning the training day'),
        presenterText: 'Ulkopuolinen asiantuntija',
        plannedStart: '13:50',
        plannedEnd: '14:10',
        durationMinutes: 20,
        notDiscussed: true,
      }),
    ],
    plannedEnd: '14:10',
    overrunMinutes: 0,
    attendance: [
      attendance(1, CHAIR),
      attendance(2, SECRETARY, { participation: 'online' }),
      attendance(3, CHECKER_1),
      attendance(4, CHECKER_2),
      attendance(5, DEPUTY, { status: 'deputy', deputyFor: person(7, 'Olli Mäkelä', 'Hämeenlinnan kaupunki') }),
      attendance(6, ABSENT, { status: 'absent', participation: null }),
      attendance(7, person(8, 'Vieras Esittelijä', ''), { representativeId: null, actorId: null, actorName: null }),
    ],
    decisions: [
      {
        id: id(800),
        agendaItemId: id(303),
        sortOrder: 1,
        kind: 'approve_matrix_version',
        text: 'Hyväksyttiin vastuumatriisin versio 2.',
        textLanguage: 'fi',
        texts: text('Hyväksyttiin vastuumatriisin versio 2.', 'Version 2 av ansvarsmatrisen godkändes.', 'Version 2 of the matrix was approved.'),
        matrixVersion: { id: id(600), matrixId: id(601), matrixName: 'Asiakasprosessi', number: 2, status: 'approved' },
        actor: null,
        appliedAt: '2026-09-15T12:00:00.000Z',
        withdrawable: false,
        rowVersion: 1,
      },
    ],
    actionItems: [
      actionItem(1, 'Tulkkauksen ohje verkoston sivuille', { ownerRepresentative: SECRETARY, dueDate: '2026-10-31' }),
      actionItem(2, 'Koulutuspäivän kutsu', { ownerActor: { id: id(201), name: 'Hämeenlinnan kaupunki' }, dueDate: '2026-09-30', status: 'done', closedOn: '2026-09-28' }),
    ],
    carriedActionItems: [
      actionItem(3, 'Yhteystietolistan päivitys', {
        meetingNumber: '2/2026',
        meetingDate: '2026-05-20',
        ownerRepresentative: CHECKER_1,
        dueDate: '2026-06-30',
        overdue: true,
        timesCarried: 1,
      }),
    ],
    offeredItems: [],
    ...overrides,
  };
}

export function meetingModel(kind: MeetingDocumentKind, locale: Locale, meeting: MeetingDetail = meetingDetail(), isDemo = false): MeetingDocumentModel {
  return {
    kind,
    locale,
    network: { name: 'Kanta-Hämeen kotoutumisverkosto', isDemo },
    template: { organisationName: 'Hämeenlinnan kaupunki', logoPng: null, caseNumber: null },
    meeting,
  };
}
