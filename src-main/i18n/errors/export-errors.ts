import type { Locale } from '../locales.js';

/** Errors of exports and imports of documents, in Finnish, Swedish and English. */
export const exportErrorMessages = {
  export_failed: {
    fi: 'Asiakirjan luonti epäonnistui. Mitään tiedostoa ei kirjoitettu. ({detail})',
    sv: 'Dokumentet kunde inte skapas. Ingen fil skrevs. ({detail})',
    en: 'The document could not be created. No file was written. ({detail})',
  },
  export_nothing_chosen: {
    fi: 'Valitse vähintään yksi prosessi tai kaikki prosessit.',
    sv: 'Välj minst en process eller alla processer.',
    en: 'Choose at least one process, or all of them.',
  },
  export_process_not_found: {
    fi: 'Prosessia {id} ei löydy tästä verkostosta.',
    sv: 'Processen {id} finns inte i det här nätverket.',
    en: 'There is no process {id} in this network.',
  },
  export_no_processes: {
    fi: 'Verkostossa ei ole yhtään prosessia, josta asiakirjan voisi tehdä.',
    sv: 'Nätverket har inga processer att göra ett dokument av.',
    en: 'The network has no processes to make a document of.',
  },
  export_target_is_network: {
    fi: 'Tiedostoon {file} ei kirjoiteta: se on verkoston tietotiedosto. Valitse toinen nimi.',
    sv: 'Filen {file} skrivs inte över: den är ett nätverks datafil. Välj ett annat namn.',
    en: '{file} is not overwritten: it is a network data file. Choose another name.',
  },
  export_not_written_here: {
    fi: 'Vain tässä istunnossa tehdyn asiakirjan voi avata täältä.',
    sv: 'Endast dokument som skapats under den här sessionen kan öppnas här.',
    en: 'Only a document exported in this session can be opened from here.',
  },
  export_meeting_not_found: {
    fi: 'Kokousta {id} ei löydy tästä verkostosta.',
    sv: 'Mötet {id} finns inte i det här nätverket.',
    en: 'There is no meeting {id} in this network.',
  },
  export_attachment_not_found: {
    fi: 'Liitettä {id} ei löydy tästä verkostosta.',
    sv: 'Bilagan {id} finns inte i det här nätverket.',
    en: 'There is no attachment {id} in this network.',
  },
  export_meeting_no_organizer: {
    fi: 'Kalenterikutsua ei voi tehdä: kokouksen sihteerillä tai puheenjohtajalla pitää olla sähköpostiosoite, koska kutsu lähetetään hänen nimissään.',
    sv: 'Kalenderinbjudan kan inte skapas: mötets sekreterare eller ordförande måste ha en e-postadress, eftersom inbjudan skickas i hens namn.',
    en: 'The calendar invitation cannot be made: the meeting’s secretary or chair needs an e-mail address, as the invitation is sent in their name.',
  },
  export_actor_not_found: {
    fi: 'Organisaatiota {id} ei löydy tästä verkostosta.',
    sv: 'Organisationen {id} finns inte i det här nätverket.',
    en: 'There is no organisation {id} in this network.',
  },
  export_representative_not_found: {
    fi: 'Henkilöä {id} ei löydy tämän verkoston edustajista.',
    sv: 'Personen {id} finns inte bland nätverkets representanter.',
    en: 'There is no representative {id} in this network.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
