import { describe, expect, it } from 'vitest';
import { formatAddress, outlookAddressList } from '../../../src-main/domain/meetings/outlook-addresses.js';

/** Splits the line back the way a mail program does: at semicolons outside quotes. */
function splitAddressLine(text: string): Array<{ name: string; email: string }> {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted && character === '\\') {
      current += character + text[++index]!;
      continue;
    }
    if (character === '"') quoted = !quoted;
    if (character === ';' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += character;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.map((part) => {
    const match = /^(.*)<([^<>]+)>$/.exec(part);
    if (!match) return { name: '', email: part };
    let name = match[1]!.trim();
    if (name.startsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
    return { name, email: match[2]! };
  });
}

describe('outlookAddressList', () => {
  it('writes "Name <address>" entries separated by semicolons, in the order given', () => {
    const list = outlookAddressList([
      { name: 'Åsa Öberg', email: 'asa.oberg@example.fi' },
      { name: 'Pekka Puheenjohtaja', email: 'pekka@example.fi' },
    ]);
    expect(list.text).toBe('Åsa Öberg <asa.oberg@example.fi>; Pekka Puheenjohtaja <pekka@example.fi>');
    expect(list.count).toBe(2);
    expect([list.invalid, list.duplicates]).toEqual([[], []]);
  });

  it('quotes names with commas, semicolons, quotes, dots or brackets so they read back whole', () => {
    const people = [
      { name: 'Virtanen, Lotta', email: 'lotta@example.fi' },
      { name: 'TE-palvelut; Kaakkois-Suomi', email: 'te@example.fi' },
      { name: 'Lotta "Lotte" Virtanen', email: 'lotte@example.fi' },
      { name: 'J. Korhonen (sijainen)', email: 'jk@example.fi' },
      { name: 'back\\slash', email: 'bs@example.fi' },
      { name: 'Ääkkönen-Öhman', email: 'aa@example.fi' },
    ];
    const list = outlookAddressList(people);
    expect(list.text).toContain('"Virtanen, Lotta" <lotta@example.fi>');
    expect(list.text).toContain('"Lotta \\"Lotte\\" Virtanen" <lotte@example.fi>');
    expect(list.text).toContain('Ääkkönen-Öhman <aa@example.fi>');
    expect(splitAddressLine(list.text)).toEqual(people);
  });

  it('lists an address once, whatever its letter case, and reports the repeats', () => {
    const list = outlookAddressList([
      { name: 'Åsa Öberg', email: 'asa.oberg@example.fi' },
      { name: 'Pekka', email: 'pekka@example.fi' },
      { name: 'Åsa Ö.', email: 'ASA.OBERG@Example.FI' },
    ]);
    expect(splitAddressLine(list.text)).toEqual([
      { name: 'Åsa Öberg', email: 'asa.oberg@example.fi' },
      { name: 'Pekka', email: 'pekka@example.fi' },
    ]);
    expect(list.duplicates).toEqual([{ index: 2, name: 'Åsa Ö.', email: 'ASA.OBERG@Example.FI' }]);
  });

  it('takes a name from a later mention when the first had none', () => {
    const list = outlookAddressList([{ name: ' ', email: 'x@example.fi' }, { name: 'Xenia', email: 'X@example.fi' }]);
    expect(list.text).toBe('Xenia <x@example.fi>');
  });

  it('reports invalid addresses with their position instead of dropping them silently', () => {
    const list = outlookAddressList([
      { name: 'Ok', email: 'ok@example.fi' },
      { name: 'No at', email: 'example.fi' },
      { name: 'Space', email: 'a b@example.fi' },
      { name: 'Two ats', email: 'a@@example.fi' },
      { name: 'No domain dot', email: 'a@example' },
      { name: 'Semicolon', email: 'a;b@example.fi' },
      { name: 'Empty', email: '' },
    ]);
    expect(list.text).toBe('Ok <ok@example.fi>');
    expect(list.count).toBe(1);
    expect(list.invalid.map((problem) => problem.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(list.invalid[0]).toEqual({ index: 1, name: 'No at', email: 'example.fi' });
  });

  it('accepts international domains and plus-addresses, refuses dots at the edges of the local part', () => {
    const list = outlookAddressList([
      { name: 'A', email: 'matti@ähtäri.example.fi' },
      { name: 'B', email: 'kokous+verkosto@example.fi' },
      { name: 'C', email: '.alku@example.fi' },
      { name: 'D', email: 'kaksi..pistettä@example.fi' },
      { name: 'E', email: 'x@-example.fi' },
    ]);
    expect(list.count).toBe(2);
    expect(list.invalid.map((problem) => problem.name)).toEqual(['C', 'D', 'E']);
  });

  it('trims addresses and collapses line breaks in names', () => {
    const list = outlookAddressList([{ name: 'Maija\n  Meikäläinen', email: '  maija@example.fi ' }]);
    expect(list.text).toBe('Maija Meikäläinen <maija@example.fi>');
  });

  it('gives an empty line for no invitees', () => {
    expect(outlookAddressList([])).toEqual({ text: '', count: 0, invalid: [], duplicates: [] });
  });
});

describe('formatAddress', () => {
  it('writes the bare address when there is no name or the name is the address', () => {
    expect(formatAddress({ name: '', email: 'a@example.fi' })).toBe('a@example.fi');
    expect(formatAddress({ name: 'A@Example.fi', email: 'a@example.fi' })).toBe('a@example.fi');
  });

  it('quotes a name holding an @ or angle brackets', () => {
    expect(formatAddress({ name: 'a@b <x>', email: 'a@example.fi' })).toBe('"a@b <x>" <a@example.fi>');
  });
});
