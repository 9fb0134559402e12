import type { MatrixVersionStatus } from '../api/contract/matrices.js';
import { RACI_LETTERS, type RaciLetter } from '../domain/matrices/raci.js';
import type { Locale } from '../i18n/locales.js';

/** The letters stay R/A/C/I in every language; only their meaning is translated (the same words as the app's legend). */
const LEGEND: Record<Locale, Record<RaciLetter, string>> = {
  fi: { R: 'vastuussa toteutuksesta', A: 'hyväksyy ja vastaa', C: 'konsultoitava', I: 'tiedotettava' },
  sv: { R: 'ansvarar för genomförandet', A: 'godkänner och ansvarar', C: 'konsulteras', I: 'informeras' },
  en: { R: 'responsible for carrying out', A: 'approves and is accountable', C: 'consulted', I: 'informed' },
};

const STATUS: Record<Locale, Record<MatrixVersionStatus, string>> = {
  fi: { draft: 'luonnos', in_review: 'lausunnolla', approved: 'hyväksytty', superseded: 'korvattu uudemmalla' },
  sv: { draft: 'utkast', in_review: 'på remiss', approved: 'godkänd', superseded: 'ersatt av en nyare' },
  en: { draft: 'draft', in_review: 'in review', approved: 'approved', superseded: 'superseded' },
};

export function letterMeaning(letter: RaciLetter, locale: Locale): string {
  return LEGEND[locale][letter];
}

export function legendEntries(locale: Locale): Array<{ letter: RaciLetter; meaning: string }> {
  return RACI_LETTERS.map((letter) => ({ letter, meaning: LEGEND[locale][letter] }));
}

/** "R = vastuussa toteutuksesta · A = hyväksyy ja vastaa · …" */
export function legendLine(locale: Locale): string {
  return legendEntries(locale)
    .map((entry) => `${entry.letter} = ${entry.meaning}`)
    .join(' · ');
}

export function statusName(status: MatrixVersionStatus, locale: Locale): string {
  return STATUS[locale][status];
}

/** Every version status's name in one language (the Word document's texts take them from here). */
export function statusNames(locale: Locale): Record<MatrixVersionStatus, string> {
  return STATUS[locale];
}

/** Every letter's meaning in one language. */
export function letterMeanings(locale: Locale): Record<RaciLetter, string> {
  return LEGEND[locale];
}

/** Exports of the demo network say so in their title. */
export function demoMark(locale: Locale): string {
  return { fi: 'ESIMERKKI', sv: 'EXEMPEL', en: 'EXAMPLE' }[locale];
}
