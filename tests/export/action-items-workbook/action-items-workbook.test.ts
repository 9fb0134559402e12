import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ITEMS_LAYOUT,
  buildActionItemsWorkbook,
  type ActionItemsWorkbookInput,
  type ActionItemsWorkbookRow,
} from '../../../src-main/export/action-items-workbook/action-items-workbook.js';
import type { Locale } from '../../../src-main/i18n/locales.js';

/** The workbook builder on hand-made rows, read back with exceljs as Excel would open it. */

const ROWS: ActionItemsWorkbookRow[] = [
  {
    meetingNumber: '2/2026',
    meetingDate: '2026-03-12',
    section: '5 §',
    title: 'Päivitä palvelutarjotin',
    ownerActor: 'Hämeenlinnan kaupunki',
    ownerPerson: 'Liisa Laine',
    dueDate: '2026-05-31',
    status: 'open',
    overdue: true,
    closedOn: null,
    note: null,
    goalAction: 'Palvelutarjottimen ylläpito',
  },
  {
    meetingNumber: '3/2026',
    meetingDate: '2026-06-04',
    section: '',
    title: 'Kutsu Kela seuraavaan kokoukseen',
    ownerActor: null,
    ownerPerson: null,
    dueDate: null,
    status: 'done',
    overdue: false,
    closedOn: '2026-06-20',
    note: 'Kela tulee syyskuussa',
    goalAction: null,
  },
];

function input(locale: Locale = 'fi', demo = false, rows = ROWS): ActionItemsWorkbookInput {
  return {
    locale,
    networkName: 'Kanta-Hämeen kotoutumisverkosto',
    demo,
    exportedOn: '2026-11-23',
    exportedAtTime: '14:05',
    filters: { actor: 'Hämeenlinnan kaupunki', owner: null, state: 'all' },
    rows,
  };
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => Array.from({ length: 12 }, (_, index) => sheet.getCell(row, index + 1).value);

describe('the action-item workbook', () => {
  it('lists the items under a bold, frozen, filterable header, with real dates and the overdue word in its own column', async () => {
    const workbook = await load(await buildActionItemsWorkbook(input()));
    const sheet = workbook.getWorksheet('Tehtävät')!;
    const { headerRow } = ACTION_ITEMS_LAYOUT;
    expect(rowValues(sheet, headerRow)).toEqual([
      'Kokous',
      'Kokouspäivä',
      '§',
      'Tehtävä',
      'Vastuuorganisaatio',
      'Vastuuhenkilö',
      'Määräpäivä',
      'Tila',
      'Aikataulu',
      'Suljettu',
      'Huomautus',
      'Toimintasuunnitelman toimenpide',
    ]);
    expect(sheet.getCell(headerRow, 1).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(sheet.autoFilter).toBe(`A${headerRow}:L${headerRow + ROWS.length}`);

    const first = rowValues(sheet, headerRow + 1);
    expect(first[0]).toBe('2/2026');
    expect(first[1]).toBeInstanceOf(Date);
    expect((first[1] as Date).toISOString().slice(0, 10)).toBe('2026-03-12');
    expect(sheet.getCell(headerRow + 1, 2).numFmt).toBe('d.m.yyyy');
    expect((first[6] as Date).toISOString().slice(0, 10)).toBe('2026-05-31');
    expect(first.slice(2, 6)).toEqual(['5 §', 'Päivitä palvelutarjotin', 'Hämeenlinnan kaupunki', 'Liisa Laine']);
    expect(first[7]).toBe('avoin');
    expect(first[8]).toBe('Myöhässä');
    expect(first[11]).toBe('Palvelutarjottimen ylläpito');

    const second = rowValues(sheet, headerRow + 2);
    expect(second[7]).toBe('tehty');
    expect(second[8]).toBe('');
    expect(second[6]).toBeNull();
    expect((second[9] as Date).toISOString().slice(0, 10)).toBe('2026-06-20');
    expect(second[10]).toBe('Kela tulee syyskuussa');
  });

  it('says on a second sheet which filters chose the items and when they were exported', async () => {
    const workbook = await load(await buildActionItemsWorkbook(input()));
    const sheet = workbook.getWorksheet('Rajaukset')!;
    const facts = new Map<string, string>();
    sheet.eachRow((row) => facts.set(String(row.getCell(1).value), String(row.getCell(2).value ?? '')));
    expect(facts.get('Organisaatio')).toBe('Hämeenlinnan kaupunki');
    expect(facts.get('Vastuuhenkilö')).toBe('kaikki');
    expect(facts.get('Tehtävät')).toBe('kaikki');
    expect(facts.get('Tehtäviä')).toBe('2');
    expect(facts.get('Viety Exceliin')).toBe('23.11.2026 14:05');
    expect(facts.has('ESIMERKKI')).toBe(false);
  });

  it('writes Swedish and English headers and overdue words, and marks a demo file', async () => {
    for (const [locale, itemsSheet, overdue, filtersSheet, mark] of [
      ['sv', 'Uppgifter', 'Försenad', 'Urval', 'EXEMPEL'],
      ['en', 'Action items', 'Overdue', 'Filters', 'EXAMPLE'],
    ] as const) {
      const workbook = await load(await buildActionItemsWorkbook(input(locale, true)));
      const sheet = workbook.getWorksheet(itemsSheet)!;
      expect(sheet.getCell(ACTION_ITEMS_LAYOUT.headerRow + 1, 9).value).toBe(overdue);
      expect(String(sheet.getCell(1, 1).value)).toMatch(new RegExp(`^${mark} – `));
      expect(workbook.getWorksheet(filtersSheet)!.getCell(1, 1).value).toBe(mark);
    }
  });

  it('says so when no item matches, and still has a header to filter', async () => {
    const workbook = await load(await buildActionItemsWorkbook(input('en', false, [])));
    const sheet = workbook.getWorksheet('Action items')!;
    expect(sheet.getCell(ACTION_ITEMS_LAYOUT.headerRow, 4).value).toBe('Action item');
    expect(sheet.getCell(ACTION_ITEMS_LAYOUT.headerRow + 1, 4).value).toBe('No action items match these filters.');
  });
});
