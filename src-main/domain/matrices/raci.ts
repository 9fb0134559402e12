/**
 * RACI letters. They stay R, A, C and I in every language; only the legend is translated
 * (fi: vastuussa toteutuksesta, hyväksyy ja vastaa, konsultoitava, tiedotettava).
 */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export function isRaciLetter(value: unknown): value is RaciLetter {
  return typeof value === 'string' && (RACI_LETTERS as readonly string[]).includes(value);
}

// A > R > C > I: when two letters meet in one cell (a successor taking over its predecessor's
// letters), the one carrying more responsibility stays.
const STRENGTH: Record<RaciLetter, number> = { A: 4, R: 3, C: 2, I: 1 };

export function strongerLetter(a: RaciLetter, b: RaciLetter): RaciLetter {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}
