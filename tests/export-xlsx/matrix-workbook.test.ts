import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RACI_LETTERS } from '../../src-main/domain/matrices/raci.js';
import { HIDDEN_SHEET_NAME, readHiddenSheet } from '../../src-main/export/xlsx/hidden-sheet.js';
import { buildMatrixWorkbook, columnName, MATRIX_LAYOUT } from '../../src-main/export/xlsx/matrix-workbook.js';
import { contrastRatio, RACI_FILLS, RACI_TEXT_COLOUR } from '../../src-main/export/raci-colours.js';
import { argb } from '../../src-main/export/xlsx/excel-colours.js';
import { SAMPLE_ACTORS, SAMPLE_LETTERS, SAMPLE_TASKS, sampleMatrixView } from './sample-matrix-view.js';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const build = (locale: 'fi' | 'sv' | 'en' = 'fi', demo = false) =>
  buildMatrixWorkbook({ view: sampleMatrixView(), locale, networkName: 'Kanta-Hämeen kotoutumisverkosto', demo, exportedOn: '2026-11-23' });

describe('the matrix workbook', () => {
  it('has tasks as rows and actors as columns, with every letter in its own cell', async () => {
    const workbook = await load(await build());
    const sheet = workbook.getWorksheet('Vastuumatriisi')!;
    const { headerRow } = MATRIX_LAYOUT;
    expect(sheet.getCell(headerRow, 1).value).toBe('Tehtävä');
    expect(SAMPLE_ACTORS.map((_, index) => sheet.getCell(headerRow, 2 + index).value)).toEqual(SAMPLE_ACTORS);
    expect(SAMPLE_TASKS.map((_, index) => sheet.getCell(headerRow + 1 + index, 1).value)).toEqual(SAMPLE_TASKS);
    const grid = SAMPLE_TASKS.map((_, row) => SAMPLE_ACTORS.map((_, column) => sheet.getCell(headerRow + 1 + row, 2 + column).value ?? ''));
    expect(grid).toEqual(SAMPLE_LETTERS);
    expect(sheet.getCell(1, 1).value).toBe('Vastuumatriisi: Maahanmuuttajan asiakasprosessi');
    expect(String(sheet.getCell(2, 1).value)).toContain('Versio 2 (luonnos)');
    // the statutory task says so in a note
    expect(JSON.stringify(sheet.getCell(headerRow + 2, 1).note)).toContain('Lakisääteinen');
  });

  it('colours each letter with its own fill and keeps the text readable (contrast ≥ 4.5:1)', async () => {
    const workbook = await load(await build());
    const sheet = workbook.getWorksheet('Vastuumatriisi')!;
    const { headerRow } = MATRIX_LAYOUT;
    for (const [row, letters] of SAMPLE_LETTERS.entries()) {
      for (const [column, letter] of letters.entries()) {
        const cell = sheet.getCell(headerRow + 1 + row, 2 + column);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (letter) {
          expect(fill?.fgColor?.argb, `${letter} at ${cell.address}`).toBe(argb(RACI_FILLS[letter as 'R']));
          expect(cell.font.color?.argb).toBe(argb(RACI_TEXT_COLOUR));
        } else {
          expect(fill?.pattern === 'solid').toBe(false);
        }
      }
    }
    expect(new Set(Object.values(RACI_FILLS)).size).toBe(4);
    for (const letter of RACI_LETTERS) expect(contrastRatio(RACI_TEXT_COLOUR, RACI_FILLS[letter])).toBeGreaterThanOrEqual(4.5);
    // and a letter typed later is coloured by a rule
    const formattings = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const formulas = formattings.flatMap((entry) => entry.rules).map((rule) => ('formulae' in rule ? rule.formulae?.[0] : ''));
    expect(formulas).toContain('UPPER(TRIM(B5))="A"');
  });

  it('freezes the header row and the task column', async () => {
    const sheet = (await load(await build())).getWorksheet('Vastuumatriisi')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: MATRIX_LAYOUT.headerRow });
  });

  it('has a translated legend with the letters unchanged, in every language', async () => {
    const expected = {
      fi: ['Selite', ['vastuussa toteutuksesta', 'hyväksyy ja vastaa', 'konsultoitava', 'tiedotettava']],
      sv: ['Teckenförklaring', ['ansvarar för genomförandet', 'godkänner och ansvarar', 'konsulteras', 'informeras']],
      en: ['Legend', ['responsible for carrying out', 'approves and is accountable', 'consulted', 'informed']],
    } as const;
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const workbook = await load(await build(locale));
      const [sheetName, meanings] = expected[locale];
      const legend = workbook.getWorksheet(sheetName)!;
      const rows = [2, 3, 4, 5].map((row) => [legend.getCell(row, 1).value, legend.getCell(row, 2).value]);
      expect(rows).toEqual(RACI_LETTERS.map((letter, index) => [letter, meanings[index]]));
      expect((legend.getCell(2, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(RACI_FILLS.R));
      // the one-line legend sits on the matrix sheet too
      expect(String(workbook.worksheets[0]!.getCell(3, 1).value)).toContain(`A = ${meanings[1]}`);
    }
  });

  it('lists the findings of the checks in words', async () => {
    const findings = (await load(await build())).getWorksheet('Havainnot')!;
    const rows: string[][] = [];
    findings.eachRow((row, number) => {
      if (number > 1) rows.push([1, 2, 3, 4].map((column) => String(row.getCell(column).value ?? '')));
    });
    // task 4 has an A but no R; actor 3 (hyvinvointialue) has letters, so no "without part" finding
    expect(rows).toContainEqual(['Virhe', 'Kotoutumiskoulutus', '', 'Tehtävältä puuttuu R (vastuussa toteutuksesta).']);
    expect(rows.length).toBe(sampleMatrixView().findings.length);
  });

  it('carries the matrix, version, task lineage and actor ids on a hidden sheet', async () => {
    const view = sampleMatrixView();
    const workbook = await load(await build());
    const hidden = workbook.getWorksheet(HIDDEN_SHEET_NAME)!;
    expect(hidden.state).toBe('veryHidden');
    expect(workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name)).toEqual(['Vastuumatriisi', 'Havainnot', 'Selite']);
    const records = readHiddenSheet(workbook)!;
    expect(records).toContainEqual(['matrix', view.matrix.id]);
    expect(records).toContainEqual(['version', view.version.id, '2']);
    expect(records.filter((record) => record[0] === 'task').map((record) => record[2])).toEqual(view.tasks.map((task) => task.lineageId));
    expect(records.filter((record) => record[0] === 'actor').map((record) => [record[1], record[2]])).toEqual(
      view.columns.map((column, index) => [String(2 + index), column.actorId]),
    );
  });

  it('marks a demo network’s export in its title', async () => {
    const sheet = (await load(await build('sv', true))).getWorksheet('Ansvarsmatris')!;
    expect(sheet.getCell(1, 1).value).toBe('EXEMPEL – Ansvarsmatris: Invandrarens kundprocess');
  });

  it('names columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
