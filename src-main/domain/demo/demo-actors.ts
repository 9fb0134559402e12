import type { ActorType, NetworkRole } from '../actors/actor-codes.js';

/**
 * The demo network's organisations: Kanta-Häme as it is organised after the 2025 employment
 * services reform and the 2026 elinvoimakeskus reform. Organisation names are public facts; the
 * people are invented, and their addresses use the reserved `.example` domain.
 */
export interface DemoActor {
  key: string;
  fi: string;
  sv?: string;
  en?: string;
  short?: string;
  type: ActorType;
  isPublicAuthority: boolean;
  municipality?: string;
  businessId?: string;
  website?: string;
  validFrom?: string;
  validTo?: string;
  notes?: string;
  representatives: Array<{ title: string; role: NetworkRole }>;
}

/** The 11 municipalities of Kanta-Häme, with their official names (Finnish genitives are irregular). */
export const KANTA_HAME_MUNICIPALITIES = [
  { short: 'Hämeenlinna', fi: 'Hämeenlinnan kaupunki', sv: 'Tavastehus stad' },
  { short: 'Riihimäki', fi: 'Riihimäen kaupunki', sv: null },
  { short: 'Forssa', fi: 'Forssan kaupunki', sv: null },
  { short: 'Janakkala', fi: 'Janakkalan kunta', sv: null },
  { short: 'Hattula', fi: 'Hattulan kunta', sv: null },
  { short: 'Hausjärvi', fi: 'Hausjärven kunta', sv: null },
  { short: 'Loppi', fi: 'Lopen kunta', sv: null },
  { short: 'Tammela', fi: 'Tammelan kunta', sv: null },
  { short: 'Jokioinen', fi: 'Jokioisten kunta', sv: 'Jockis kommun' },
  { short: 'Ypäjä', fi: 'Ypäjän kunta', sv: null },
  { short: 'Humppila', fi: 'Humppilan kunta', sv: null },
] as const;

const FIRST_NAMES = ['Anna', 'Mikko', 'Sari', 'Jussi', 'Laura', 'Ahmed', 'Elina', 'Timo', 'Nadia', 'Pekka', 'Hanna', 'Olli', 'Marja', 'Ville', 'Leila', 'Kari', 'Aino', 'Juha', 'Fatima', 'Tiina', 'Markus', 'Katja', 'Samir', 'Riikka'];
const LAST_NAMES = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Kallio', 'Rantanen', 'Aaltonen', 'Öhman'];

let personCounter = 0;
/** Invented, deterministic people. */
export function demoPerson(): string {
  const first = FIRST_NAMES[personCounter % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(personCounter * 7) % LAST_NAMES.length]!;
  personCounter += 1;
  return `${first} ${last}`;
}
export function resetDemoPeople(): void {
  personCounter = 0;
}

export const DEMO_ACTORS: DemoActor[] = [
  {
    key: 'ely-hame',
    fi: 'Hämeen ELY-keskus',
    sv: 'NTM-centralen i Tavastland',
    en: 'Centre for Economic Development, Transport and the Environment for Häme',
    short: 'Hämeen ELY',
    type: 'ely_centre',
    isPublicAuthority: true,
    validTo: '2025-12-31',
    notes: 'Koordinoi verkostoa 31.12.2025 asti. Tehtävät siirtyivät 1.1.2026 elinvoimakeskuksille (laki 531/2025).',
    representatives: [{ title: 'Maahanmuuton erityisasiantuntija', role: 'coordinator' }],
  },
  {
    key: 'elinvoima-sisa-suomi',
    fi: 'Sisä-Suomen elinvoimakeskus',
    sv: 'Livskraftscentralen i Inre Finland',
    en: 'Inner Finland Centre for Economic Development, Transport and the Environment',
    short: 'Sisä-Suomen elinvoimakeskus',
    type: 'ely_centre',
    isPublicAuthority: true,
    validFrom: '2026-01-01',
    notes: 'Kanta-Hämeen alueen kotoutumisen edistämisen verkoston koordinaattori 1.1.2026 alkaen.',
    representatives: [
      { title: 'Kotoutumisen koordinaattori', role: 'coordinator' },
      { title: 'Erityisasiantuntija, kotoutuminen', role: 'deputy' },
    ],
  },
  {
    key: 'elinvoima-kaakkois-suomi',
    fi: 'Kaakkois-Suomen elinvoimakeskus',
    sv: 'Livskraftscentralen i Sydöstra Finland',
    short: 'Kaakkois-Suomen elinvoimakeskus',
    type: 'ely_centre',
    isPublicAuthority: true,
    validFrom: '2026-01-01',
    notes: 'Hämeen ELY-keskuksen Päijät-Hämeen tehtävien seuraaja; ei Kanta-Hämeen verkoston jäsen.',
    representatives: [],
  },
  {
    key: 'te-hame',
    fi: 'Hämeen TE-toimisto',
    sv: 'TE-byrån i Tavastland',
    short: 'Hämeen TE-toimisto',
    type: 'employment_authority',
    isPublicAuthority: true,
    validTo: '2024-12-31',
    notes: 'TE-palvelut siirtyivät kuntien työllisyysalueille 1.1.2025.',
    representatives: [{ title: 'Kotouttamispalvelujen esimies', role: 'member' }],
  },
  {
    key: 'ty-etela-hame',
    fi: 'Etelä-Hämeen työllisyysalue',
    sv: 'Sysselsättningsområdet i Södra Tavastland',
    type: 'employment_authority',
    isPublicAuthority: true,
    municipality: 'Riihimäki',
    validFrom: '2025-01-01',
    notes: 'Kunnat: Riihimäki (vastuukunta), Janakkala, Loppi, Hausjärvi.',
    representatives: [
      { title: 'Kotoutumispalvelujen esihenkilö', role: 'member' },
      { title: 'Työllisyysasiantuntija', role: 'deputy' },
    ],
  },
  {
    key: 'ty-hameenlinna',
    fi: 'Hämeenlinnan seudun työllisyysalue',
    type: 'employment_authority',
    isPublicAuthority: true,
    municipality: 'Hämeenlinna',
    validFrom: '2025-01-01',
    notes: 'Esimerkkiaineistossa: Hämeenlinna ja Hattula.',
    representatives: [{ title: 'Palvelupäällikkö', role: 'member' }],
  },
  {
    key: 'ty-forssa',
    fi: 'Forssan seudun työllisyysalue',
    type: 'employment_authority',
    isPublicAuthority: true,
    municipality: 'Forssa',
    validFrom: '2025-01-01',
    notes: 'Esimerkkiaineistossa: Forssa, Tammela, Jokioinen, Ypäjä ja Humppila.',
    representatives: [{ title: 'Työllisyyspalvelujen asiantuntija', role: 'member' }],
  },
  {
    key: 'hyvinvointialue',
    fi: 'Kanta-Hämeen hyvinvointialue',
    sv: 'Välfärdsområdet Egentliga Tavastland',
    en: 'Kanta-Häme Wellbeing Services County',
    short: 'Oma Häme',
    type: 'wellbeing_county',
    isPublicAuthority: true,
    municipality: 'Hämeenlinna',
    representatives: [
      { title: 'Maahanmuuttajapalvelujen johtava sosiaalityöntekijä', role: 'member' },
      { title: 'Terveydenhoitaja, maahanmuuttajien terveyspalvelut', role: 'expert' },
    ],
  },
  {
    key: 'kela',
    fi: 'Kela',
    sv: 'FPA',
    en: 'Social Insurance Institution of Finland (Kela)',
    type: 'kela',
    isPublicAuthority: true,
    businessId: '0246246-0',
    representatives: [{ title: 'Etuuskäsittelyn asiantuntija', role: 'member' }],
  },
  {
    key: 'migri',
    fi: 'Maahanmuuttovirasto',
    sv: 'Migrationsverket',
    en: 'Finnish Immigration Service',
    short: 'Migri',
    type: 'migri',
    isPublicAuthority: true,
    representatives: [{ title: 'Vastaanottoyksikön ylitarkastaja', role: 'expert' }],
  },
  {
    key: 'poliisi',
    fi: 'Hämeen poliisilaitos',
    sv: 'Tavastlands polisinrättning',
    type: 'police',
    isPublicAuthority: true,
    municipality: 'Hämeenlinna',
    representatives: [{ title: 'Ylikomisario, lupapalvelut', role: 'member' }],
  },
  {
    key: 'pelastuslaitos',
    fi: 'Kanta-Hämeen pelastuslaitos',
    type: 'rescue_services',
    isPublicAuthority: true,
    municipality: 'Hämeenlinna',
    representatives: [{ title: 'Valmiussuunnittelija', role: 'expert' }],
  },
  {
    key: 'luova',
    fi: 'Lupa- ja valvontavirasto',
    sv: 'Tillstånds- och tillsynsverket',
    type: 'permit_agency',
    isPublicAuthority: true,
    validFrom: '2026-01-01',
    notes: 'Valtakunnallinen virasto 1.1.2026 alkaen; ei Kanta-Hämeen verkoston jäsen, kutsutaan tarvittaessa asiantuntijaksi.',
    representatives: [],
  },
  {
    key: 'vastaanottokeskus',
    fi: 'Kanta-Hämeen vastaanottokeskus',
    type: 'reception_centre',
    isPublicAuthority: false,
    municipality: 'Hämeenlinna',
    notes: 'Esimerkkitoimija. Vastaanottokeskuksia ylläpitävät Migri, kunnat, Suomen Punainen Risti tai yritykset; tämän ylläpitäjä on järjestö.',
    representatives: [{ title: 'Vastaanottokeskuksen johtaja', role: 'member' }],
  },
  {
    key: 'spr',
    fi: 'Suomen Punainen Risti, Hämeen piiri',
    sv: 'Finlands Röda Kors, Tavastlands distrikt',
    short: 'SPR Hämeen piiri',
    type: 'ngo',
    isPublicAuthority: false,
    municipality: 'Hämeenlinna',
    representatives: [{ title: 'Monikulttuurisuustyön koordinaattori', role: 'member' }],
  },
  {
    key: 'yhdistys',
    fi: 'Kanta-Hämeen monikulttuurinen yhdistys ry',
    short: 'Monikulttuurinen yhdistys',
    type: 'ngo',
    isPublicAuthority: false,
    municipality: 'Riihimäki',
    notes: 'Esimerkkiyhdistys (kuvitteellinen).',
    representatives: [{ title: 'Toiminnanjohtaja', role: 'member' }],
  },
  {
    key: 'seurakunta',
    fi: 'Hämeenlinnan seurakuntayhtymä',
    type: 'parish',
    isPublicAuthority: false,
    municipality: 'Hämeenlinna',
    representatives: [{ title: 'Diakoniatyön johtaja', role: 'expert' }],
  },
  {
    key: 'tavastia',
    fi: 'Koulutuskeskus Tavastia',
    type: 'education',
    isPublicAuthority: false,
    municipality: 'Hämeenlinna',
    notes: 'Kotoutumiskoulutuksen järjestäjä esimerkkiaineistossa.',
    representatives: [{ title: 'Koulutuspäällikkö, kotoutumiskoulutus', role: 'member' }],
  },
  {
    key: 'hamk',
    fi: 'Hämeen ammattikorkeakoulu',
    sv: 'Tavastlands yrkeshögskola',
    en: 'Häme University of Applied Sciences',
    short: 'HAMK',
    type: 'education',
    isPublicAuthority: false,
    municipality: 'Hämeenlinna',
    representatives: [{ title: 'Tutkimuspäällikkö', role: 'expert' }],
  },
];

/** Who succeeded whom, and when (many-to-many). */
export const DEMO_SUCCESSIONS: Array<{ predecessor: string; successors: string[]; date: string; note: string }> = [
  {
    predecessor: 'te-hame',
    successors: ['ty-etela-hame', 'ty-hameenlinna', 'ty-forssa'],
    date: '2025-01-01',
    note: 'TE-palvelut siirtyivät kunnille (TE24-uudistus).',
  },
  {
    predecessor: 'ely-hame',
    successors: ['elinvoima-sisa-suomi', 'elinvoima-kaakkois-suomi'],
    date: '2026-01-01',
    note: 'Kanta-Häme Sisä-Suomen elinvoimakeskukselle, Päijät-Häme Kaakkois-Suomen elinvoimakeskukselle.',
  },
];
