/**
 * Henkilötunnus: DDMMYY, a century sign, three digits and a check character. Kotoverkko holds the
 * network's own people, never its clients, so any free text containing a valid code is refused.
 * Only codes whose date and check character are valid count, so ordinary numbers pass.
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CANDIDATE = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])/g;
const CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

export function containsPersonalIdentityCode(text: string): boolean {
  for (const match of text.toUpperCase().matchAll(CANDIDATE)) {
    const [, day, month, year, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
    const fullYear = CENTURY[sign]! + Number(year);
    const date = new Date(Date.UTC(fullYear, Number(month) - 1, Number(day)));
    const validDate = date.getUTCFullYear() === fullYear && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
    if (!validDate) continue;
    const expected = CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31];
    if (expected === check) return true;
  }
  return false;
}
