import type { Locale } from '../locales.js';

/** Errors of responsibility matrices and their review, in Finnish, Swedish and English. */
export const matrixErrorMessages = {
  version_frozen: {
    fi: 'Tämä versio on jäädytetty (lausunnolla tai hyväksytty), eikä sitä voi enää muuttaa. Aloita uusi luonnos.',
    sv: 'Den här versionen är låst (på remiss eller godkänd) och kan inte längre ändras. Börja ett nytt utkast.',
    en: 'This version is frozen (in review or approved) and can no longer be changed. Start a new draft.',
  },
  matrix_thresholds_in_review: {
    fi: 'Tarkistusten raja-arvoja ei voi muuttaa, kun versio on lausunnolla: jäsenet arvioivat sitä nykyisin tarkistuksin. Palauta versio luonnokseksi tai hyväksy se ensin.',
    sv: 'Kontrollernas gränsvärden kan inte ändras medan en version är på remiss: medlemmarna granskar den med de nuvarande kontrollerna. Återför versionen till utkast eller godkänn den först.',
    en: 'The check thresholds cannot change while a version is in review: the members are reviewing it with the current checks. Take the version back to draft or approve it first.',
  },
  matrix_has_errors: {
    fi: 'Vastuumatriisissa on {count} virhettä. Korjaa ne ennen lausunnolle lähettämistä (jokaisella tehtävällä tasan yksi A ja vähintään yksi R).',
    sv: 'Ansvarsmatrisen har {count} fel. Rätta dem innan den skickas på remiss (varje uppgift har exakt ett A och minst ett R).',
    en: 'The responsibility matrix has {count} errors. Fix them before sending it to review (each task needs exactly one A and at least one R).',
  },
  matrix_draft_exists: {
    fi: 'Vastuumatriisilla on jo keskeneräinen versio {number} (luonnos tai lausunnolla). Jatka sitä tai vie se loppuun ennen uutta luonnosta.',
    sv: 'Ansvarsmatrisen har redan en pågående version {number} (utkast eller på remiss). Fortsätt med den eller slutför den före ett nytt utkast.',
    en: 'The matrix already has version {number} under way (a draft or in review). Continue it or finish it before starting a new draft.',
  },
  version_not_in_review: {
    fi: 'Vain lausunnolla olevan version voi hyväksyä tai palauttaa luonnokseksi.',
    sv: 'Endast en version på remiss kan godkännas eller återföras till utkast.',
    en: 'Only a version in review can be approved or taken back to draft.',
  },
  version_not_approved: {
    fi: 'Jäsenorganisaation hyväksynnän voi kirjata vain hyväksytylle versiolle.',
    sv: 'En medlemsorganisations godkännande kan endast registreras för en godkänd version.',
    en: 'A member organisation’s acceptance can be recorded only for an approved version.',
  },
  review_not_open: {
    fi: 'Versio ei ole lausunnolla, joten siihen ei voi kirjata lausuntoja.',
    sv: 'Versionen är inte på remiss, så inga svar kan registreras.',
    en: 'The version is not in review, so no answers can be recorded.',
  },
  review_comment_required: {
    fi: 'Kirjoita kommentti, kun vastaus on ”kommentoitavaa”.',
    sv: 'Skriv en kommentar när svaret är ”kommentar”.',
    en: 'Write the comment when the answer is “comment”.',
  },
  review_closed: {
    fi: 'Versio on jo hyväksytty, ja sen lausuntokierros on päättynyt: kommentteihin ei voi enää vastata. Käsittele asia uudessa luonnoksessa.',
    sv: 'Versionen är redan godkänd och dess remissrunda avslutad: kommentarer kan inte längre besvaras. Behandla saken i ett nytt utkast.',
    en: 'The version is already approved and its review is closed: comments can no longer be answered. Take the matter up in a new draft.',
  },
  review_not_comment: {
    fi: 'Vain kommenttiin voi vastata; tämä vastaus on hyväksyvä.',
    sv: 'Endast en kommentar kan besvaras; detta svar är ett godkännande.',
    en: 'Only a comment can be answered; this answer agrees.',
  },
  matrix_task_not_in_version: {
    fi: 'Tehtävä ei kuulu tähän vastuumatriisin versioon.',
    sv: 'Uppgiften hör inte till den här versionen av ansvarsmatrisen.',
    en: 'The task does not belong to this version of the matrix.',
  },
  matrix_actor_not_column: {
    fi: 'Toimija ei ole tämän vastuumatriisin version sarake – se on poistettu tai tuntematon.',
    sv: 'Aktören är ingen kolumn i den här versionen av ansvarsmatrisen – den är borttagen eller okänd.',
    en: 'The actor is not a column of this version of the matrix – it was removed or is unknown.',
  },
  matrix_letter_invalid: {
    fi: 'Tuntematon kirjain ”{letter}”: käytä R, A, C tai I.',
    sv: 'Okänd bokstav ”{letter}”: använd R, A, C eller I.',
    en: 'Unknown letter “{letter}”: use R, A, C or I.',
  },
  matrix_task_node_not_step: {
    fi: 'Vastuumatriisin rivi voi olla prosessin vaihe tai päätös, ei alku- tai lopputapahtuma.',
    sv: 'En rad i ansvarsmatrisen kan vara ett steg eller ett beslut i processen, inte start- eller sluthändelsen.',
    en: 'A row of the matrix can be a step or a decision of the process, not its start or end event.',
  },
  matrix_column_exists: {
    fi: '{name} on jo vastuumatriisin sarake.',
    sv: '{name} är redan en kolumn i ansvarsmatrisen.',
    en: '{name} is already a column of the matrix.',
  },
  finding_not_acceptable: {
    fi: 'Virhettä ei voi kuitata hyväksytyksi; vain varoituksen voi hyväksyä perustellen.',
    sv: 'Ett fel kan inte godtas; endast en varning kan godtas med en motivering.',
    en: 'An error cannot be accepted; only a warning can be accepted with a reason.',
  },
  finding_not_found: {
    fi: 'Tällaista varoitusta ei ole tässä versiossa (se on ehkä jo poistunut muutosten myötä).',
    sv: 'En sådan varning finns inte i den här versionen (den kan ha försvunnit efter ändringar).',
    en: 'There is no such warning in this version (it may have gone after changes).',
  },
  acceptance_exists: {
    fi: '{name} on jo hyväksynyt tämän version. Poista aiempi kirjaus, jos se on virheellinen.',
    sv: '{name} har redan godkänt den här versionen. Ta bort den tidigare registreringen om den är felaktig.',
    en: '{name} has already accepted this version. Remove the earlier record if it is wrong.',
  },
  transfer_not_successor: {
    fi: '{name} ei ole toimijan seuraaja. Kirjaa seuraanto toimijan tietoihin ennen merkintöjen siirtämistä.',
    sv: '{name} är inte aktörens efterträdare. Registrera efterträdandet hos aktören innan bokstäverna flyttas.',
    en: '{name} is not a successor of the actor. Record the succession on the actor before moving its letters.',
  },
  matrix_versions_differ: {
    fi: 'Vain saman vastuumatriisin versioita voi verrata.',
    sv: 'Endast versioner av samma ansvarsmatris kan jämföras.',
    en: 'Only versions of the same matrix can be compared.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
