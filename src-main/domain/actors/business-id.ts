/**
 * Y-tunnus (Finnish business ID): seven digits, a hyphen and a check digit. The check digit is
 * computed with weights 7, 9, 10, 5, 8, 4, 2 modulo 11; a remainder of 1 is never issued.
 */
const FORMAT = /^(\d{7})-(\d)$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export function businessIdCheckDigit(sevenDigits: string): number | null {
  let sum = 0;
  for (let index = 0; index < 7; index += 1) sum += Number(sevenDigits[index]) * WEIGHTS[index]!;
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

export function isValidBusinessId(value: string): boolean {
  const match = FORMAT.exec(value);
  if (!match) return false;
  return businessIdCheckDigit(match[1]!) === Number(match[2]);
}
