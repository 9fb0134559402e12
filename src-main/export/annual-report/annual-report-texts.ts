import type { GoalActionStatus } from '../../api/contract/action-plan.js';
import type { MeetingKind } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';

/** Every word the annual report prints, in Finnish, Swedish and English. */
const fi = {
  documentName: (year: number) => `Vuosiraportti ${year}`,
  titleMark: (year: number) => `VUOSIRAPORTTI ${year}`,
  network: 'Verkosto',
  organisation: 'Organisaatio',
  year: 'Vuosi',
  statusOn: 'Tilanne',
  caseNumber: 'Diaarinumero',

  summary: 'Vuosi lyhyesti',
  meetingsHeld: 'Pidettyjä kokouksia',
  meetingsCancelled: 'Peruttuja kokouksia',
  decisionCount: 'Päätöksiä',
  actionItemsMade: 'Kokouksissa sovittuja tehtäviä',
  matricesApproved: 'Hyväksyttyjä vastuumatriisin versioita',
  acceptancesRecorded: 'Organisaatioiden hyväksyntöjä vastuumatriiseille',

  meetings: 'Kokoukset',
  noMeetings: (year: number) => `Vuonna ${year} ei pidetty kokouksia.`,
  number: 'Nro',
  date: 'Päivämäärä',
  title: 'Aihe',
  kind: 'Kokous',
  present: 'Läsnä',
  kinds: { network_meeting: 'verkoston kokous', steering_group: 'ohjausryhmä', workshop: 'työpaja' } satisfies Record<MeetingKind, string>,

  attendance: 'Osallistuminen organisaatioittain',
  attendanceIntro: (year: number, held: number) =>
    `Kokouksia: kuinka monessa vuoden ${year} pidetyistä kokouksista (${held}) organisaatiolla oli edustaja paikalla. Osallistujia: läsnä olleet henkilöt yhteensä, varahenkilöt mukaan lukien.`,
  noAttendance: 'Kokouksiin ei ole kirjattu läsnäoloja.',
  meetingsAttended: 'Kokouksia',
  persons: 'Osallistujia',

  decisions: 'Päätökset',
  noDecisions: 'Kokouksiin ei ole kirjattu päätöksiä.',
  section: '§',
  matter: 'Asia',
  decision: 'Päätös',

  actionPlan: 'Toimintasuunnitelma: tavoitteet ja toimenpiteet',
  noGoals: 'Verkostolle ei ole kirjattu yhteisen työn tavoitteita.',
  period: 'Kausi',
  noActions: 'Tavoitteelle ei ole kirjattu toimenpiteitä.',
  action: 'Toimenpide',
  actors: 'Toimijat',
  schedule: 'Aikataulu',
  indicator: 'Mittari',
  status: 'Tila',
  linkedItems: 'Tehtävät (avoin / tehty)',
  actionStatuses: { planned: 'suunniteltu', ongoing: 'käynnissä', done: 'toteutettu', postponed: 'siirretty', dropped: 'luovuttu' } satisfies Record<GoalActionStatus, string>,

  actionItems: 'Kokousten tehtävät',
  actionItemsIntro: (year: number, date: string) => `Vuoden ${year} kokouksissa sovitut tehtävät ja niiden tila ${date}.`,
  made: 'Sovittu',
  done: 'Tehty',
  dropped: 'Luovuttu',
  open: 'Avoinna',
  overdue: 'Myöhässä (avoimista)',

  matrices: 'Vastuumatriisit',
  approvedVersions: 'Hyväksytyt versiot',
  noApprovals: (year: number) => `Vuonna ${year} ei hyväksytty vastuumatriisin versioita.`,
  matrix: 'Vastuumatriisi',
  version: 'Versio',
  approvedOn: 'Hyväksytty',
  reference: 'Päätösviite',
  acceptances: 'Jäsenorganisaatioiden hyväksynnät',
  noAcceptances: (year: number) => `Vuonna ${year} ei kirjattu organisaatioiden hyväksyntöjä.`,
  acceptedOn: 'Hyväksytty',
  body: 'Toimielin ja pykälä',

  pilots: 'Pilotit',
  noPilots: 'Pilotteja ei vielä kirjata tämän verkoston tietoihin.',

  none: '–',
};

export type AnnualReportTexts = typeof fi;

const sv: AnnualReportTexts = {
  documentName: (year) => `Årsrapport ${year}`,
  titleMark: (year) => `ÅRSRAPPORT ${year}`,
  network: 'Nätverk',
  organisation: 'Organisation',
  year: 'År',
  statusOn: 'Läget',
  caseNumber: 'Diarienummer',

  summary: 'Året i korthet',
  meetingsHeld: 'Hållna möten',
  meetingsCancelled: 'Inställda möten',
  decisionCount: 'Beslut',
  actionItemsMade: 'Uppgifter som avtalats på möten',
  matricesApproved: 'Godkända versioner av ansvarsmatriser',
  acceptancesRecorded: 'Organisationernas godkännanden av ansvarsmatriser',

  meetings: 'Möten',
  noMeetings: (year) => `Inga möten hölls år ${year}.`,
  number: 'Nr',
  date: 'Datum',
  title: 'Ämne',
  kind: 'Möte',
  present: 'Närvarande',
  kinds: { network_meeting: 'nätverksmöte', steering_group: 'styrgrupp', workshop: 'workshop' },

  attendance: 'Deltagande per organisation',
  attendanceIntro: (year, held) =>
    `Möten: på hur många av de möten som hölls år ${year} (${held}) organisationen var företrädd. Deltagare: närvarande personer sammanlagt, ersättare medräknade.`,
  noAttendance: 'Ingen närvaro har registrerats för mötena.',
  meetingsAttended: 'Möten',
  persons: 'Deltagare',

  decisions: 'Beslut',
  noDecisions: 'Inga beslut har registrerats för mötena.',
  section: '§',
  matter: 'Ärende',
  decision: 'Beslut',

  actionPlan: 'Handlingsplan: mål och åtgärder',
  noGoals: 'Inga gemensamma mål har registrerats för nätverket.',
  period: 'Period',
  noActions: 'Inga åtgärder har registrerats för målet.',
  action: 'Åtgärd',
  actors: 'Aktörer',
  schedule: 'Tidsplan',
  indicator: 'Indikator',
  status: 'Status',
  linkedItems: 'Uppgifter (öppna / klara)',
  actionStatuses: { planned: 'planerad', ongoing: 'pågår', done: 'genomförd', postponed: 'uppskjuten', dropped: 'slopad' },

  actionItems: 'Mötenas uppgifter',
  actionItemsIntro: (year, date) => `Uppgifter som avtalats på mötena år ${year} och deras läge ${date}.`,
  made: 'Avtalade',
  done: 'Klara',
  dropped: 'Slopade',
  open: 'Öppna',
  overdue: 'Försenade (av de öppna)',

  matrices: 'Ansvarsmatriser',
  approvedVersions: 'Godkända versioner',
  noApprovals: (year) => `Inga versioner av ansvarsmatriser godkändes år ${year}.`,
  matrix: 'Ansvarsmatris',
  version: 'Version',
  approvedOn: 'Godkänd',
  reference: 'Beslutsreferens',
  acceptances: 'Medlemsorganisationernas godkännanden',
  noAcceptances: (year) => `Inga godkännanden av organisationer registrerades år ${year}.`,
  acceptedOn: 'Godkänd',
  body: 'Organ och paragraf',

  pilots: 'Piloter',
  noPilots: 'Piloter registreras ännu inte i nätverkets uppgifter.',

  none: '–',
};

const en: AnnualReportTexts = {
  documentName: (year) => `Annual report ${year}`,
  titleMark: (year) => `ANNUAL REPORT ${year}`,
  network: 'Network',
  organisation: 'Organisation',
  year: 'Year',
  statusOn: 'As on',
  caseNumber: 'Case number',

  summary: 'The year in brief',
  meetingsHeld: 'Meetings held',
  meetingsCancelled: 'Meetings cancelled',
  decisionCount: 'Decisions',
  actionItemsMade: 'Action items agreed at meetings',
  matricesApproved: 'Responsibility matrix versions approved',
  acceptancesRecorded: 'Organisations’ acceptances of responsibility matrices',

  meetings: 'Meetings',
  noMeetings: (year) => `No meetings were held in ${year}.`,
  number: 'No.',
  date: 'Date',
  title: 'Title',
  kind: 'Meeting',
  present: 'Present',
  kinds: { network_meeting: 'network meeting', steering_group: 'steering group', workshop: 'workshop' },

  attendance: 'Attendance by organisation',
  attendanceIntro: (year, held) =>
    `Meetings: at how many of the meetings held in ${year} (${held}) the organisation was represented. Participants: the people present in all, deputies included.`,
  noAttendance: 'No attendance has been recorded for the meetings.',
  meetingsAttended: 'Meetings',
  persons: 'Participants',

  decisions: 'Decisions',
  noDecisions: 'No decisions have been recorded for the meetings.',
  section: '§',
  matter: 'Item',
  decision: 'Decision',

  actionPlan: 'Action plan: goals and actions',
  noGoals: 'No shared goals have been recorded for the network.',
  period: 'Period',
  noActions: 'No actions have been recorded for this goal.',
  action: 'Action',
  actors: 'Actors',
  schedule: 'Schedule',
  indicator: 'Indicator',
  status: 'Status',
  linkedItems: 'Action items (open / done)',
  actionStatuses: { planned: 'planned', ongoing: 'ongoing', done: 'done', postponed: 'postponed', dropped: 'dropped' },

  actionItems: 'Action items from meetings',
  actionItemsIntro: (year, date) => `Action items agreed at the meetings of ${year} and their state on ${date}.`,
  made: 'Agreed',
  done: 'Done',
  dropped: 'Dropped',
  open: 'Open',
  overdue: 'Overdue (of the open ones)',

  matrices: 'Responsibility matrices',
  approvedVersions: 'Versions approved',
  noApprovals: (year) => `No responsibility matrix versions were approved in ${year}.`,
  matrix: 'Responsibility matrix',
  version: 'Version',
  approvedOn: 'Approved',
  reference: 'Decision reference',
  acceptances: 'Member organisations’ acceptances',
  noAcceptances: (year) => `No acceptances by organisations were recorded in ${year}.`,
  acceptedOn: 'Accepted',
  body: 'Body and section',

  pilots: 'Pilots',
  noPilots: 'Pilots are not recorded in this network yet.',

  none: '–',
};

export function annualReportTexts(locale: Locale): AnnualReportTexts {
  return { fi, sv, en }[locale];
}
