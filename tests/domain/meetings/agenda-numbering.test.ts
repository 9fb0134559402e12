import { describe, expect, it } from 'vitest';
import { numberAgendaItems, sectionLabel, type NumberingMeeting } from '../../../src-main/domain/meetings/agenda-numbering.js';

function meeting(id: string, start: string, itemCount: number, options: Partial<NumberingMeeting> = {}): NumberingMeeting {
  return {
    id,
    start,
    fixed: false,
    cancelled: false,
    items: Array.from({ length: itemCount }, (_, index) => ({ id: `${id}-${index + 1}`, sortOrder: (index + 1) * 10, storedNumber: null })),
    ...options,
  };
}

/** Fixes a meeting as if its agenda were sent with the given numbering. */
function fixed(source: NumberingMeeting, numbers: Map<string, number>): NumberingMeeting {
  return { ...source, fixed: true, items: source.items.map((item) => ({ ...item, storedNumber: numbers.get(item.id) ?? null })) };
}

const asObject = (numbers: Map<string, number>) => Object.fromEntries(numbers);

describe('numberAgendaItems per meeting', () => {
  it('numbers every meeting from 1 § in the items’ order', () => {
    const numbers = numberAgendaItems([meeting('b', '2026-05-10T13:00', 2), meeting('a', '2026-02-10T13:00', 3)], 'per_meeting');
    expect(asObject(numbers)).toEqual({ 'a-1': 1, 'a-2': 2, 'a-3': 3, 'b-1': 1, 'b-2': 2 });
  });

  it('renumbers when items are reordered (sort order, not insertion order, decides)', () => {
    const reordered = meeting('a', '2026-02-10T13:00', 3);
    const items = [
      { id: 'a-1', sortOrder: 30, storedNumber: null },
      { id: 'a-2', sortOrder: 10, storedNumber: null },
      { id: 'a-3', sortOrder: 20, storedNumber: null },
    ];
    expect(asObject(numberAgendaItems([{ ...reordered, items }], 'per_meeting'))).toEqual({ 'a-2': 1, 'a-3': 2, 'a-1': 3 });
  });

  it('keeps stored numbers once the agenda is sent, even if items are later moved', () => {
    const sent = fixed(meeting('a', '2026-02-10T13:00', 3), new Map([['a-1', 1], ['a-2', 2], ['a-3', 3]]));
    const moved = { ...sent, items: sent.items.map((item) => (item.id === 'a-3' ? { ...item, sortOrder: 5 } : item)) };
    expect(asObject(numberAgendaItems([moved], 'per_meeting'))).toEqual({ 'a-1': 1, 'a-2': 2, 'a-3': 3 });
  });

  it('gives an item added after sending the next free number of the meeting', () => {
    const sent = fixed(meeting('a', '2026-02-10T13:00', 3), new Map([['a-1', 1], ['a-2', 2], ['a-3', 3]]));
    const withAddition = { ...sent, items: [...sent.items, { id: 'late', sortOrder: 15, storedNumber: null }] };
    expect(numberAgendaItems([withAddition], 'per_meeting').get('late')).toBe(4);
  });

  it('gives cancelled meetings’ items no number', () => {
    const numbers = numberAgendaItems([meeting('a', '2026-02-10T13:00', 2, { cancelled: true }), meeting('b', '2026-03-10T13:00', 1)], 'per_meeting');
    expect(asObject(numbers)).toEqual({ 'b-1': 1 });
  });
});

describe('numberAgendaItems running through the year', () => {
  const january = meeting('jan', '2026-01-20T13:00', 4);
  const april = meeting('apr', '2026-04-15T09:00', 3);
  const september = meeting('sep', '2026-09-02T13:00', 2);

  it('continues the numbers across the year’s meetings in date order, whatever order they are given in', () => {
    const numbers = numberAgendaItems([september, january, april], 'running_year');
    expect([...['jan', 'apr', 'sep'].flatMap((id) => [1, 2, 3, 4].map((index) => numbers.get(`${id}-${index}`)))]).toEqual([
      1, 2, 3, 4, 5, 6, 7, undefined, 8, 9, undefined, undefined,
    ]);
  });

  it('starts again from 1 § in a new calendar year', () => {
    const numbers = numberAgendaItems([january, meeting('dec', '2025-12-10T13:00', 5), meeting('feb27', '2027-02-01T13:00', 2)], 'running_year');
    expect([numbers.get('dec-5'), numbers.get('jan-1'), numbers.get('jan-4'), numbers.get('feb27-1')]).toEqual([5, 1, 4, 1]);
  });

  it('orders two meetings on the same day by their time', () => {
    const numbers = numberAgendaItems([meeting('pm', '2026-04-15T13:00', 1), meeting('am', '2026-04-15T09:00', 1)], 'running_year');
    expect([numbers.get('am-1'), numbers.get('pm-1')]).toEqual([1, 2]);
  });

  it('renumbers the later unsent meetings when an earlier unsent one grows', () => {
    const before = numberAgendaItems([january, april], 'running_year');
    const grown = { ...january, items: [...january.items, { id: 'jan-extra', sortOrder: 1, storedNumber: null }] };
    const after = numberAgendaItems([grown, april], 'running_year');
    expect([before.get('apr-1'), after.get('jan-extra'), after.get('jan-1'), after.get('apr-1')]).toEqual([5, 1, 2, 6]);
  });

  it('never changes a sent meeting’s numbers: a later addition to it takes the year’s next free number', () => {
    const first = numberAgendaItems([january, april], 'running_year');
    const sentJanuary = fixed(january, first);
    const sentApril = fixed(april, first);
    const lateJanuary = { ...sentJanuary, items: [...sentJanuary.items, { id: 'jan-late', sortOrder: 25, storedNumber: null }] };
    const numbers = numberAgendaItems([lateJanuary, sentApril, september], 'running_year');
    expect([numbers.get('jan-4'), numbers.get('apr-3'), numbers.get('jan-late'), numbers.get('sep-1'), numbers.get('sep-2')]).toEqual([4, 7, 8, 9, 10]);
  });

  it('gives a meeting inserted before sent ones numbers after them, so no number is given twice', () => {
    const first = numberAgendaItems([january, april], 'running_year');
    const inserted = meeting('mar', '2026-03-01T13:00', 2);
    const numbers = numberAgendaItems([fixed(january, first), inserted, fixed(april, first)], 'running_year');
    expect([numbers.get('mar-1'), numbers.get('mar-2')]).toEqual([8, 9]);
    expect(new Set(numbers.values()).size).toBe(numbers.size);
  });

  it('skips cancelled meetings without leaving a gap', () => {
    const numbers = numberAgendaItems([january, { ...april, cancelled: true }, september], 'running_year');
    expect([numbers.get('jan-4'), numbers.get('apr-1'), numbers.get('sep-1')]).toEqual([4, undefined, 5]);
  });

  it('refuses the same item in two meetings', () => {
    expect(() => numberAgendaItems([january, { ...april, items: january.items }], 'running_year')).toThrow(/twice/);
  });
});

describe('sectionLabel', () => {
  it('writes "5 §" in Finnish and Swedish and "§ 5" in English', () => {
    expect([sectionLabel(5, 'fi'), sectionLabel(5, 'sv'), sectionLabel(5, 'en')]).toEqual(['5 §', '5 §', '§ 5']);
  });
});
