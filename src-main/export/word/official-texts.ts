import type { Locale } from '../../i18n/locales.js';

/** The words every Word document of ours shares: the demo mark and what it means, the contents' title, the case number's abbreviation. */
export interface OfficialTexts {
  demoMark: string;
  demoNotice: string;
  contents: string;
  caseNumberShort: string;
}

const TEXTS: Record<Locale, OfficialTexts> = {
  fi: {
    demoMark: 'ESIMERKKI',
    demoNotice: 'Esimerkkiverkoston asiakirja: tiedot ovat kuvitteellisia eivätkä sido ketään.',
    contents: 'Sisällys',
    caseNumberShort: 'Dnro',
  },
  sv: {
    demoMark: 'EXEMPEL',
    demoNotice: 'Dokument från ett exempelnätverk: uppgifterna är fiktiva och binder ingen.',
    contents: 'Innehåll',
    caseNumberShort: 'Dnr',
  },
  en: {
    demoMark: 'EXAMPLE',
    demoNotice: 'A document of an example network: the information is fictitious and binds no one.',
    contents: 'Contents',
    caseNumberShort: 'Ref.',
  },
};

export function officialTexts(locale: Locale): OfficialTexts {
  return TEXTS[locale];
}
