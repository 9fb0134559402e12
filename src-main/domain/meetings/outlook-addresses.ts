import { isEmailAddress } from './email-address.js';

/**
 * The invitees' addresses as one line to paste into Outlook's To field:
 * `Åsa Öberg <asa.oberg@example.fi>; "Virtanen, Lotta" <lotta@example.fi>`.
 *
 * - Semicolons separate the addresses (Outlook's own separator; a comma would split "Virtanen, Lotta").
 * - A name with characters special in an address (comma, semicolon, quotes, brackets, @, dots…)
 *   is written as an RFC 5322 quoted string, with `\` and `"` escaped inside it; plain names,
 *   Finnish letters included, stay as they are.
 * - An address appears once, compared case-insensitively; the first mention's name is kept (or the
 *   first name given, when the first mention had none).
 * - Invalid addresses are left out of the line and reported, never dropped silently, so the
 *   coordinator can fix the representative's details.
 */

export interface AddressInput {
  name: string;
  email: string;
}

export interface AddressProblem {
  /** Position in the input list. */
  index: number;
  name: string;
  email: string;
}

export interface OutlookAddressList {
  text: string;
  count: number;
  invalid: AddressProblem[];
  /** Later mentions of an address already in the line. */
  duplicates: AddressProblem[];
}

export function outlookAddressList(people: readonly AddressInput[]): OutlookAddressList {
  const kept = new Map<string, AddressInput>();
  const invalid: AddressProblem[] = [];
  const duplicates: AddressProblem[] = [];
  people.forEach((person, index) => {
    const email = person.email.trim();
    const name = person.name.replace(/\s+/g, ' ').trim();
    if (!isEmailAddress(email)) {
      invalid.push({ index, name, email: person.email });
      return;
    }
    const key = email.toLowerCase();
    const earlier = kept.get(key);
    if (earlier) {
      duplicates.push({ index, name, email });
      if (earlier.name === '' && name !== '') kept.set(key, { ...earlier, name });
      return;
    }
    kept.set(key, { name, email });
  });
  const entries = [...kept.values()].map(formatAddress);
  return { text: entries.join('; '), count: entries.length, invalid, duplicates };
}

/** One `Name <address>`; the bare address when there is no name (or the name is the address). */
export function formatAddress({ name, email }: AddressInput): string {
  if (name === '' || name.toLowerCase() === email.toLowerCase()) return email;
  return `${displayName(name)} <${email}>`;
}

// RFC 5322 atext plus space (letters beyond ASCII are allowed by RFC 6532); anything else needs quotes.
const PLAIN_NAME = /^[\p{L}\p{M}\p{N} !#$%&'*+\-/=?^_`{|}~]+$/u;

function displayName(name: string): string {
  if (PLAIN_NAME.test(name)) return name;
  return `"${name.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}
