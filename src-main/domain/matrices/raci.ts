/**
 * RACI letters. They stay R, A, C and I in every language; only the legend is translated
 * (fi: vastuussa toteutuksesta, hyväksyy ja vastaa, konsultoitava, tiedotettava).
 */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export function isRaciLetter(value: unknown): value is RaciLetter {
  return typeof value === 'string' && (RACI_LETTERS as readonly string[]).includes(value);
}
