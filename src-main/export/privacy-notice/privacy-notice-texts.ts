import type { Locale } from '../../i18n/locales.js';

/**
 * The privacy notice template (tietosuojaseloste, GDPR articles 13–14) in Finnish, Swedish and
 * English. What only the network knows is left in [brackets] for it to fill in.
 */
export interface PrivacyNoticeTexts {
  documentName: string;
  fileStem: string;
  intro: (network: string) => string;
  sections: Array<{ heading: string; paragraphs: Array<string | ((facts: NoticeFacts) => string)> }>;
  fillIn: string;
}

export interface NoticeFacts {
  network: string;
  /** the coordinating organisation, or a [bracket] to fill in */
  controller: string;
}

const fi: PrivacyNoticeTexts = {
  documentName: 'Tietosuojaseloste',
  fileStem: 'tietosuojaseloste',
  intro: (network) =>
    `Tämä tietosuojaseloste kertoo, miten verkosto ${network} käsittelee verkoston toimijoiden edustajien henkilötietoja (EU:n yleinen tietosuoja-asetus 2016/679, artiklat 13 ja 14).`,
  fillIn: 'Hakasulkeissa [ ] olevat kohdat verkosto täydentää ennen julkaisemista.',
  sections: [
    { heading: '1. Rekisterinpitäjä', paragraphs: [({ controller }) => `${controller}, verkoston koordinoiva organisaatio.`, 'Osoite: [postiosoite]. Y-tunnus: [Y-tunnus].'] },
    { heading: '2. Yhteyshenkilö ja tietosuojavastaava', paragraphs: ['Rekisteriasioissa: [nimi, tehtävä, sähköposti, puhelin].', 'Tietosuojavastaava: [nimi ja yhteystiedot].'] },
    { heading: '3. Rekisterin nimi', paragraphs: [({ network }) => `Verkoston ${network} toimijoiden ja edustajien rekisteri (Kotoverkko).`] },
    {
      heading: '4. Käsittelyn tarkoitus',
      paragraphs: ['Verkoston yhteistyön järjestäminen: toimijoiden ja niiden edustajien yhteystiedot, kokouskutsut, läsnäolo kokouksissa, muistiot ja pöytäkirjat, vastuut prosesseissa ja toimenpiteissä.'],
    },
    {
      heading: '5. Käsittelyn oikeusperuste',
      paragraphs: [
        'Yleisen edun mukaisen tehtävän suorittaminen tai julkisen vallan käyttäminen (tietosuoja-asetus 6 artikla 1 kohta e), joka perustuu kotoutumisen edistämisestä annettuun lakiin (681/2023) ja verkoston tehtävään: [säädös tai sopimus, johon verkoston tehtävä perustuu].',
      ],
    },
    {
      heading: '6. Rekisterin tietosisältö',
      paragraphs: [
        'Toimijoiden edustajista: nimi, tehtävänimike, organisaatio, sähköpostiosoite, puhelinnumero, rooli verkostossa ja edustuksen kausi; läsnäolo kokouksissa; kokousasiakirjoihin ja tehtäviin kirjatut nimet.',
        'Rekisteriin ei tallenneta verkoston palvelujen asiakkaiden tietoja. Sovellus hylkää vapaan tekstin, jossa on henkilötunnus.',
      ],
    },
    { heading: '7. Säännönmukaiset tietolähteet', paragraphs: ['Edustajat itse ja heidän organisaationsa; verkoston kokousten kirjaukset.'] },
    {
      heading: '8. Tietojen luovutukset ja siirrot',
      paragraphs: ['Tietoja ei luovuteta säännönmukaisesti verkoston ulkopuolelle. Kokousasiakirjat voivat olla julkisia viranomaisten toiminnan julkisuudesta annetun lain (621/1999) mukaisesti. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.'],
    },
    {
      heading: '9. Säilytysaika',
      paragraphs: [
        'Edustajan yhteystiedot säilytetään edustuksen ajan. Edustuksen päätyttyä henkilötiedot poistetaan [aika, esim. 12 kuukauden kuluessa], jolloin tiedoissa näkyy vain ”Entinen edustaja (organisaatio)”. Kokousasiakirjat säilytetään [arkistonmuodostussuunnitelman mukaan].',
      ],
    },
    {
      heading: '10. Rekisterin suojaus',
      paragraphs: ['Tiedot ovat yhdessä verkoston tiedostossa, jota käsittelevät vain verkoston koordinaattorit: [tallennuspaikka, pääsynhallinta ja varmuuskopiointi].'],
    },
    {
      heading: '11. Rekisteröidyn oikeudet',
      paragraphs: [
        'Rekisteröidyllä on oikeus saada pääsy tietoihinsa, oikaista ne, rajoittaa niiden käsittelyä ja vastustaa käsittelyä sekä oikeus tietojen poistamiseen silloin, kun käsittelylle ei enää ole perustetta. Pyynnöt: [yhteyshenkilö].',
        'Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
      ],
    },
    { heading: '12. Automaattinen päätöksenteko', paragraphs: ['Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.'] },
    { heading: '13. Päivitetty', paragraphs: ['[päivämäärä]'] },
  ],
};

const sv: PrivacyNoticeTexts = {
  documentName: 'Dataskyddsbeskrivning',
  fileStem: 'dataskyddsbeskrivning',
  intro: (network) =>
    `Denna dataskyddsbeskrivning berättar hur nätverket ${network} behandlar personuppgifter om representanterna för nätverkets aktörer (EU:s allmänna dataskyddsförordning 2016/679, artiklarna 13 och 14).`,
  fillIn: 'Punkterna inom hakparentes [ ] fyller nätverket i innan beskrivningen publiceras.',
  sections: [
    { heading: '1. Personuppgiftsansvarig', paragraphs: [({ controller }) => `${controller}, nätverkets samordnande organisation.`, 'Adress: [postadress]. FO-nummer: [FO-nummer].'] },
    { heading: '2. Kontaktperson och dataskyddsombud', paragraphs: ['I registerärenden: [namn, uppgift, e-post, telefon].', 'Dataskyddsombud: [namn och kontaktuppgifter].'] },
    { heading: '3. Registrets namn', paragraphs: [({ network }) => `Register över aktörerna och representanterna i nätverket ${network} (Kotoverkko).`] },
    {
      heading: '4. Ändamålet med behandlingen',
      paragraphs: ['Att ordna nätverkets samarbete: kontaktuppgifter till aktörerna och deras representanter, möteskallelser, närvaro vid möten, promemorior och protokoll, ansvar i processer och åtgärder.'],
    },
    {
      heading: '5. Rättslig grund för behandlingen',
      paragraphs: [
        'Utförande av en uppgift av allmänt intresse eller myndighetsutövning (dataskyddsförordningen artikel 6.1 e), som grundar sig på lagen om främjande av integration (681/2023) och nätverkets uppgift: [författning eller avtal som nätverkets uppgift grundar sig på].',
      ],
    },
    {
      heading: '6. Registrets innehåll',
      paragraphs: [
        'Om aktörernas representanter: namn, titel, organisation, e-postadress, telefonnummer, roll i nätverket och uppdragsperiod; närvaro vid möten; namn som antecknats i mötesdokument och uppgifter.',
        'Inga uppgifter om klienterna i nätverkets tjänster sparas i registret. Appen vägrar spara fritext som innehåller en personbeteckning.',
      ],
    },
    { heading: '7. Regelbundna uppgiftskällor', paragraphs: ['Representanterna själva och deras organisationer; anteckningar från nätverkets möten.'] },
    {
      heading: '8. Utlämnande och överföring av uppgifter',
      paragraphs: ['Uppgifter lämnas inte regelbundet ut utanför nätverket. Mötesdokument kan vara offentliga enligt lagen om offentlighet i myndigheternas verksamhet (621/1999). Uppgifter överförs inte utanför EU eller EES.'],
    },
    {
      heading: '9. Lagringstid',
      paragraphs: [
        'En representants kontaktuppgifter sparas under uppdraget. När uppdraget har upphört raderas personuppgifterna [tid, t.ex. inom 12 månader], varefter uppgifterna endast visar ”Före detta representant (organisation)”. Mötesdokument sparas [enligt arkivbildningsplanen].',
      ],
    },
    { heading: '10. Skydd av registret', paragraphs: ['Uppgifterna finns i en fil för nätverket som endast nätverkets koordinatorer behandlar: [lagringsplats, åtkomstkontroll och säkerhetskopiering].'] },
    {
      heading: '11. Den registrerades rättigheter',
      paragraphs: [
        'Den registrerade har rätt till tillgång till sina uppgifter, rättelse, begränsning av och invändning mot behandlingen samt rätt till radering när det inte längre finns grund för behandlingen. Begäranden: [kontaktperson].',
        'Den registrerade har rätt att lämna klagomål till dataombudsmannens byrå (tietosuoja.fi).',
      ],
    },
    { heading: '12. Automatiserat beslutsfattande', paragraphs: ['Uppgifterna används inte för automatiserat beslutsfattande eller profilering.'] },
    { heading: '13. Uppdaterad', paragraphs: ['[datum]'] },
  ],
};

const en: PrivacyNoticeTexts = {
  documentName: 'Privacy notice',
  fileStem: 'privacy-notice',
  intro: (network) =>
    `This privacy notice tells how the network ${network} processes personal data about the representatives of the network's organisations (EU General Data Protection Regulation 2016/679, Articles 13 and 14).`,
  fillIn: 'The network fills in the points in [brackets] before publishing the notice.',
  sections: [
    { heading: '1. Controller', paragraphs: [({ controller }) => `${controller}, the network's coordinating organisation.`, 'Address: [postal address]. Business ID: [business ID].'] },
    { heading: '2. Contact person and data protection officer', paragraphs: ['For matters of the register: [name, title, e-mail, phone].', 'Data protection officer: [name and contact details].'] },
    { heading: '3. Name of the register', paragraphs: [({ network }) => `Register of the organisations and representatives of the network ${network} (Kotoverkko).`] },
    {
      heading: '4. Purpose of the processing',
      paragraphs: ["Organising the network's cooperation: contact details of the organisations and their representatives, meeting invitations, attendance at meetings, memos and minutes, responsibilities in processes and actions."],
    },
    {
      heading: '5. Legal basis',
      paragraphs: [
        "Performance of a task carried out in the public interest or in the exercise of official authority (GDPR Article 6(1)(e)), based on the Act on the Promotion of Integration (681/2023) and the network's task: [the act or agreement the network's task is based on].",
      ],
    },
    {
      heading: '6. Categories of personal data',
      paragraphs: [
        "About the organisations' representatives: name, title, organisation, e-mail address, phone number, role in the network and period of representation; attendance at meetings; names recorded in meeting documents and action items.",
        "No data about the clients of the network's services is kept in the register. The app refuses free text that contains a Finnish personal identity code.",
      ],
    },
    { heading: '7. Regular sources of data', paragraphs: ["The representatives themselves and their organisations; records of the network's meetings."] },
    {
      heading: '8. Disclosures and transfers',
      paragraphs: ['Data is not regularly disclosed outside the network. Meeting documents may be public under the Act on the Openness of Government Activities (621/1999). Data is not transferred outside the EU or the EEA.'],
    },
    {
      heading: '9. Retention',
      paragraphs: [
        "A representative's contact details are kept while they represent their organisation. After that the personal data is erased [period, e.g. within 12 months], leaving only “Former representative (organisation)”. Meeting documents are kept [as the records management plan says].",
      ],
    },
    { heading: '10. Security', paragraphs: ["The data is in one file of the network, handled only by the network's coordinators: [storage place, access control and backups]."] },
    {
      heading: '11. Rights of the data subject',
      paragraphs: [
        'The data subject has the right of access, to rectification, to restriction of and objection to the processing, and to erasure when there is no longer a ground for the processing. Requests: [contact person].',
        'The data subject has the right to lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi).',
      ],
    },
    { heading: '12. Automated decision-making', paragraphs: ['The data is not used for automated decision-making or profiling.'] },
    { heading: '13. Updated', paragraphs: ['[date]'] },
  ],
};

const TEXTS: Record<Locale, PrivacyNoticeTexts> = { fi, sv, en };

export function privacyNoticeTexts(locale: Locale): PrivacyNoticeTexts {
  return TEXTS[locale];
}

/** The bracket that stands for the controller when the network has not named its organisation. */
export const CONTROLLER_PLACEHOLDER: Record<Locale, string> = {
  fi: '[Koordinoivan organisaation nimi]',
  sv: '[Den samordnande organisationens namn]',
  en: '[Name of the coordinating organisation]',
};
