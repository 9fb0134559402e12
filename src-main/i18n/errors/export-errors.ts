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
} as const satisfies Record<string, Record<Locale, string>>;
