import type { Finding, FindingCode } from '../../domain/matrices/matrix-checks.js';
import { formatTemplate, type Locale } from '../../i18n/locales.js';

/** The matrix checks in words, for the findings sheet (the task and actor have their own columns). */
const TEXTS: Record<FindingCode, Record<Locale, string>> = {
  no_accountable: {
    fi: 'Tehtävältä puuttuu A (hyväksyy ja vastaa).',
    sv: 'Uppgiften saknar A (godkänner och ansvarar).',
    en: 'The task has no A (accountable).',
  },
  several_accountable: {
    fi: 'Tehtävällä on {count} A:ta; A:ita saa olla vain yksi.',
    sv: 'Uppgiften har {count} A; det får finnas bara ett.',
    en: 'The task has {count} A’s; there must be exactly one.',
  },
  no_responsible: {
    fi: 'Tehtävältä puuttuu R (vastuussa toteutuksesta).',
    sv: 'Uppgiften saknar R (ansvarar för genomförandet).',
    en: 'The task has no R (responsible).',
  },
  several_responsible: {
    fi: 'Tehtävällä on {count} R:ää – mahdollinen päällekkäisyys.',
    sv: 'Uppgiften har {count} R – möjlig överlappning.',
    en: 'The task has {count} R’s – a possible overlap.',
  },
  too_many_consulted: {
    fi: 'Konsultoitavia on {count}, raja on {maximum}.',
    sv: '{count} konsulteras, gränsen är {maximum}.',
    en: '{count} consulted; the limit is {maximum}.',
  },
  too_many_informed: {
    fi: 'Tiedotettavia on {count}, raja on {maximum}.',
    sv: '{count} informeras, gränsen är {maximum}.',
    en: '{count} informed; the limit is {maximum}.',
  },
  actor_without_part: {
    fi: 'Toimijalla ei ole yhtään kirjainta matriisissa.',
    sv: 'Aktören har ingen bokstav i matrisen.',
    en: 'The actor holds no letter in the matrix.',
  },
  inactive_actor_holds_letter: {
    fi: 'Lakannut tai arkistoitu toimija on merkitty tehtävään; siirrä kirjain seuraajalle.',
    sv: 'En upphörd eller arkiverad aktör har en bokstav; flytta den till efterträdaren.',
    en: 'A superseded or archived actor holds a letter; move it to the successor.',
  },
  statutory_accountable_not_authority: {
    fi: 'Lakisääteisen tehtävän A ei ole viranomainen.',
    sv: 'A för en lagstadgad uppgift är ingen myndighet.',
    en: 'The A of a statutory task is not a public authority.',
  },
};

export function findingText(finding: Finding, locale: Locale): string {
  return formatTemplate(TEXTS[finding.code][locale], finding.params);
}

export function severityName(severity: Finding['severity'], locale: Locale): string {
  return { error: { fi: 'Virhe', sv: 'Fel', en: 'Error' }, warning: { fi: 'Varoitus', sv: 'Varning', en: 'Warning' } }[severity][locale];
}
