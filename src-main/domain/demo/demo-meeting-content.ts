/**
 * What the demo network's meetings and action plan say (seed 003: the network meets 4–6 times a
 * year, "yhteisen työn tavoitteet ja toimenpiteet"). Only content lives here; `demo-meetings.ts`
 * writes it through the domain commands. Times are Helsinki wall clock; `daysFromToday` places a
 * meeting relative to the day the demo is made, except the 2025 meeting whose date the matrix
 * story fixes (its version 1 was approved there on 29.10.2025).
 */

export interface DemoAgendaItem {
  title: string;
  /** the representative presenting, by organisation key (demo-actors) */
  presenter?: string;
  minutes: number;
  background?: string;
  proposal?: string;
  discussion?: string;
  decision?: string;
  /** what the item discusses */
  subject?: 'main_process' | 'approved_matrix_version' | 'review_matrix_version';
  notDiscussed?: boolean;
}

export interface DemoActionItem {
  title: string;
  owner: string;
  /** days after the meeting it was made at */
  dueAfterDays: number;
  /** days after the meeting it was closed; undefined: still open */
  closedAfterDays?: number;
  closingNote?: string;
  /** index into DEMO_GOALS' actions, as [goal, action] */
  goalAction?: [number, number];
}

export interface DemoMeeting {
  /** a fixed date (YYYY-MM-DD) or days relative to the demo's today */
  date: string | number;
  start: string;
  end: string;
  title: string;
  place: string;
  onlineLink?: string;
  /** held meetings have attendance, a record, decisions and action items */
  held: boolean;
  /** organisation keys whose first representative did not come */
  absent: string[];
  items: DemoAgendaItem[];
  actionItems: DemoActionItem[];
  /** the item whose decision approves the matrix version of its subject */
  approvesMatrixAtItem?: number;
}

const PLACE = 'Hämeenlinnan kaupungintalo, Raatihuoneenkatu 9, Hämeenlinna';
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/esimerkki-kotoverkko';

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    date: '2025-10-29',
    start: '09:00',
    end: '11:30',
    title: 'Kotoutumisverkoston kokous',
    place: PLACE,
    held: true,
    absent: ['poliisi', 'seurakunta'],
    items: [
      {
        title: 'Kotoutumisen asiakasprosessin kuvaus',
        presenter: 'ely-hame',
        minutes: 30,
        subject: 'main_process',
        background: 'Prosessikuvaus on laadittu JHS 152 -suosituksen mukaisesti kevään työpajojen pohjalta (ohjaus ja neuvonta, osaamisen ja kotoutumisen palvelutarpeen arviointi, kotoutumissuunnitelma, koulutus ja muut palvelut, seuranta, jatko-ohjaus).',
        proposal: 'Verkosto merkitsee prosessikuvauksen tiedoksi ja ottaa sen yhteiseksi työvälineeksi.',
        discussion: 'Keskusteltiin työvoiman ulkopuolella olevien asiakkaiden ohjautumisesta hyvinvointialueen palveluihin.',
        decision: 'Verkosto merkitsi prosessikuvauksen tiedoksi ja otti sen yhteiseksi työvälineeksi.',
      },
      {
        title: 'Vastuumatriisin versio 1: lausuntokierroksen tulos ja hyväksyminen',
        presenter: 'ely-hame',
        minutes: 40,
        subject: 'approved_matrix_version',
        background: 'Versio 1 oli jäsenten kommentoitavana 22.9.–17.10.2025. Kolme jäsentä vastasi, kommentit on käsitelty.',
        proposal: 'Verkosto hyväksyy vastuumatriisin version 1 ja pyytää jäsenorganisaatioita hyväksymään sen omilla päätöksillään.',
        discussion: 'Todettiin, että verkoston hyväksyntä ei sido jäsenorganisaatioita; kukin hyväksyy matriisin omassa toimielimessään.',
        decision: 'Verkosto hyväksyi vastuumatriisin version 1 ja pyysi jäsenorganisaatioita hyväksymään sen omilla päätöksillään.',
      },
      {
        title: 'Elinvoimakeskusuudistus 1.1.2026',
        presenter: 'ely-hame',
        minutes: 20,
        background: 'ELY-keskusten tehtävät siirtyvät 1.1.2026 elinvoimakeskuksille; verkoston koordinaatio siirtyy Sisä-Suomen elinvoimakeskukselle.',
        discussion: 'Sovittiin, että yhteystiedot päivitetään vuodenvaihteessa.',
      },
    ],
    actionItems: [
      { title: 'Päivitetään verkoston yhteystietolista elinvoimakeskusuudistuksen jälkeen', owner: 'elinvoima-sisa-suomi', dueAfterDays: 75, closedAfterDays: 70, closingNote: 'Lista päivitetty ja lähetetty jäsenille.', goalAction: [0, 0] },
      { title: 'Viedään vastuumatriisi hyväksyttäväksi omaan toimielimeen', owner: 'hyvinvointialue', dueAfterDays: 60, closedAfterDays: 40, goalAction: [1, 1] },
    ],
    approvesMatrixAtItem: 1,
  },
  {
    date: -250,
    start: '13:00',
    end: '15:30',
    title: 'Kotoutumisverkoston kokous',
    place: PLACE,
    onlineLink: TEAMS,
    held: true,
    absent: ['kela'],
    items: [
      {
        title: 'Verkoston toimintasuunnitelma 2026',
        presenter: 'elinvoima-sisa-suomi',
        minutes: 45,
        background: 'Luonnos yhteisen työn tavoitteista ja toimenpiteistä vuodelle 2026.',
        proposal: 'Verkosto hyväksyy toimintasuunnitelman tavoitteet ja toimenpiteet.',
        decision: 'Verkosto hyväksyi toimintasuunnitelman tavoitteet ja toimenpiteet.',
      },
      {
        title: 'Työllisyysalueiden kuulumiset',
        presenter: 'ty-hameenlinna',
        minutes: 30,
        discussion: 'Hämeenlinnan seudun työllisyysalue kertoi kotoutumissuunnitelmien määrien kasvusta.',
      },
      {
        title: 'Laajamittaisen maahantulon varautumissuunnitelman valmistelu',
        presenter: 'pelastuslaitos',
        minutes: 20,
        notDiscussed: true,
      },
    ],
    actionItems: [
      { title: 'Kootaan kuntien kotoutumisohjelmien päivitysaikataulut', owner: 'kunta-Hämeenlinna', dueAfterDays: 60, closedAfterDays: 55, goalAction: [0, 1] },
      { title: 'Valmistellaan yhdyspintatyöpaja hyvinvointialueen kanssa', owner: 'hyvinvointialue', dueAfterDays: 90, closedAfterDays: 120, closingNote: 'Työpaja pidetty kesäkuussa.', goalAction: [2, 0] },
    ],
  },
  {
    date: -160,
    start: '09:00',
    end: '11:30',
    title: 'Kotoutumisverkoston kokous',
    place: 'Riihimäen kaupungintalo, Riihimäki',
    held: true,
    absent: ['migri', 'kunta-Janakkala'],
    items: [
      {
        title: 'Laajamittaisen maahantulon varautumissuunnitelman valmistelu',
        presenter: 'pelastuslaitos',
        minutes: 30,
        discussion: 'Sovittiin varautumisen työryhmän kokoamisesta.',
        decision: 'Verkosto päätti koota varautumisen työryhmän ja pyytää jäseniä nimeämään edustajansa.',
      },
      {
        title: 'Osaamisen ja kotoutumisen palvelutarpeen arvioinnin yhteiset kriteerit',
        presenter: 'ty-etela-hame',
        minutes: 40,
        discussion: 'Keskusteltiin arviointien vähimmäiskriteereistä ja tiedonsiirrosta.',
      },
    ],
    actionItems: [
      { title: 'Nimetään edustajat varautumisen työryhmään', owner: 'vastaanottokeskus', dueAfterDays: 30, closedAfterDays: 25 },
      { title: 'Laaditaan ehdotus arvioinnin vähimmäiskriteereistä', owner: 'ty-etela-hame', dueAfterDays: 200, goalAction: [1, 2] },
    ],
  },
  {
    date: -45,
    start: '13:00',
    end: '15:30',
    title: 'Kotoutumisverkoston kokous',
    place: PLACE,
    onlineLink: TEAMS,
    held: true,
    absent: ['poliisi'],
    items: [
      {
        title: 'Vastuumatriisin vuosipäivitys',
        presenter: 'elinvoima-sisa-suomi',
        minutes: 30,
        subject: 'main_process',
        background: 'Matriisiin päivitetään kotoutumiskoulutuksen järjestäminen työnhakijoille ja hyvinvointialueen osuus suunnitelmissa.',
        decision: 'Verkosto päätti käynnistää vastuumatriisin version 2 lausuntokierroksen.',
      },
      {
        title: 'Kotoutumisen laatumittarit',
        presenter: 'hamk',
        minutes: 30,
        discussion: 'Hämeen ammattikorkeakoulu esitteli mittariehdotuksen.',
      },
    ],
    actionItems: [
      { title: 'Toimitetaan kommentit laatumittariehdotukseen', owner: 'kunta-Riihimäki', dueAfterDays: 30, goalAction: [2, 1] },
      { title: 'Päivitetään esite kotoutumispalveluista kolmella kielellä', owner: 'yhdistys', dueAfterDays: 60 },
    ],
  },
  {
    date: 21,
    start: '09:00',
    end: '11:00',
    title: 'Kotoutumisverkoston kokous',
    place: PLACE,
    onlineLink: TEAMS,
    held: false,
    absent: [],
    items: [
      {
        title: 'Vastuumatriisin versio 2: lausuntokierroksen tulos ja hyväksyminen',
        presenter: 'elinvoima-sisa-suomi',
        minutes: 40,
        subject: 'review_matrix_version',
        background: 'Versio 2 on jäsenten kommentoitavana. Matriisissa on kolme avointa varoitusta, jotka käsitellään kokouksessa.',
        proposal: 'Verkosto hyväksyy vastuumatriisin version 2 ja pyytää jäsenorganisaatioita hyväksymään sen omilla päätöksillään.',
      },
      {
        title: 'Toimintasuunnitelma 2027',
        presenter: 'elinvoima-sisa-suomi',
        minutes: 45,
        background: 'Toimintasuunnitelman tavoitteiden toteutuminen vuonna 2026 ja ehdotus vuoden 2027 toimenpiteiksi.',
        proposal: 'Verkosto käy läpi tavoitteiden toteutumisen ja antaa koordinaattorille tehtäväksi valmistella toimintasuunnitelman 2027.',
      },
      { title: 'Kokousaikataulu 2027', presenter: 'elinvoima-sisa-suomi', minutes: 15, proposal: 'Verkosto kokoontuu vuonna 2027 viisi kertaa.' },
    ],
    actionItems: [],
  },
];

export interface DemoGoal {
  name: string;
  description: string;
  actions: Array<{ name: string; actors: string[]; schedule: string; indicator: string; status: 'planned' | 'ongoing' | 'done' | 'postponed' | 'dropped' }>;
}

/** Seed 003's aims: shared understanding, clear tasks and responsibilities, shared rules at the interfaces. */
export const DEMO_GOALS: DemoGoal[] = [
  {
    name: 'Jaettu ymmärrys ja yhteinen tahtotila',
    description: 'Alueen kotoutumisen edistämisen toimijat tuntevat toistensa palvelut ja tekevät työtä yhteisten tavoitteiden suuntaan.',
    actions: [
      { name: 'Verkoston yhteystiedot ajan tasalla', actors: ['elinvoima-sisa-suomi'], schedule: 'jatkuva', indicator: 'yhteystietolista päivitetty vähintään kerran vuodessa', status: 'ongoing' },
      { name: 'Kuntien kotoutumisohjelmien yhteensovittaminen', actors: ['kunta-Hämeenlinna', 'kunta-Riihimäki', 'kunta-Forssa'], schedule: '2026', indicator: 'ohjelmien päivitysaikataulut koottu', status: 'done' },
    ],
  },
  {
    name: 'Selkeät tehtävät ja vastuut',
    description: 'Maahanmuuttaja-asiakkaan prosessi on kuvattu ja vastuut sovittu vastuumatriisissa, jonka jäsenorganisaatiot ovat hyväksyneet.',
    actions: [
      { name: 'Asiakasprosessin kuvaus JHS 152 -suosituksen mukaan', actors: ['elinvoima-sisa-suomi', 'kunta-Hämeenlinna'], schedule: '2025', indicator: 'prosessikuvaus julkaistu', status: 'done' },
      { name: 'Vastuumatriisin hyväksyminen jäsenorganisaatioissa', actors: ['kunta-Hämeenlinna', 'hyvinvointialue', 'ty-hameenlinna', 'kela'], schedule: '2025–2026', indicator: 'hyväksyneiden jäsenten osuus', status: 'ongoing' },
      { name: 'Palvelutarpeen arvioinnin vähimmäiskriteerit', actors: ['ty-etela-hame', 'ty-hameenlinna', 'ty-forssa'], schedule: '2026–2027', indicator: 'kriteerit sovittu verkostossa', status: 'ongoing' },
    ],
  },
  {
    name: 'Yhteiset pelisäännöt yhdyspintatyöskentelylle',
    description: 'Kuntien, hyvinvointialueen ja työllisyysalueiden yhdyspinnoilla on sovitut toimintatavat.',
    actions: [
      { name: 'Yhdyspintatyöpaja hyvinvointialueen kanssa', actors: ['hyvinvointialue', 'kunta-Hämeenlinna'], schedule: 'kevät 2026', indicator: 'työpaja pidetty, sovitut toimintatavat kirjattu', status: 'done' },
      { name: 'Kotoutumisen laatumittarit', actors: ['hamk', 'elinvoima-sisa-suomi'], schedule: '2026–2027', indicator: 'mittarit otettu käyttöön', status: 'planned' },
    ],
  },
];
