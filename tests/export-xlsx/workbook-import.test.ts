import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/domain/shared/app-error.js';
import { HIDDEN_SHEET_NAME } from '../../src-main/export/xlsx/hidden-sheet.js';
import { buildMatrixWorkbook, MATRIX_LAYOUT } from '../../src-main/export/xlsx/matrix-workbook.js';
import { planWorkbookImport } from '../../src-main/export/xlsx/plan-workbook-import.js';
import { readMatrixWorkbook } from '../../src-main/export/xlsx/read-matrix-workbook.js';
import { SAMPLE_ACTORS, SAMPLE_TASKS, sampleMatrixView } from './sample-matrix-view.js';

const { headerRow } = MATRIX_LAYOUT;
const firstTaskRow = headerRow + 1;

/** Exports the sample, lets a "person" edit it in exceljs, and saves it again as a new file. */
async function editedWorkbook(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const bytes = await buildMatrixWorkbook({ view: sampleMatrixView(), locale: 'fi', networkName: 'Verkosto', demo: false, exportedOn: '2026-11-23' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(workbook.getWorksheet('Vastuumatriisi')!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function plan(bytes: Buffer) {
  return planWorkbookImport(await readMatrixWorkbook(bytes), sampleMatrixView());
}

describe('reading a matrix workbook back into a draft', () => {
  it('finds nothing to change in an untouched export', async () => {
    expect(await plan(await editedWorkbook(() => {}))).toEqual({ changes: [], problems: [] });
  });

  it('lists changed, emptied and new letters; lower-case letters and stray spaces are accepted', async () => {
    const view = sampleMatrixView();
    const result = await plan(
      await editedWorkbook((sheet) => {
        sheet.getCell(firstTaskRow + 3, 2).value = ' r '; // task 4, actor 1: empty → R
        sheet.getCell(firstTaskRow, 5).value = null; // task 1, actor 4: I → empty
        sheet.getCell(firstTaskRow + 1, 4).value = 'c'; // task 2, actor 3: empty → C
        sheet.getCell(firstTaskRow + 2, 3).value = 'R'; // unchanged
      }),
    );
    expect(result.problems).toEqual([]);
    const pick = (change: (typeof result.changes)[number]) => [change.taskName, change.actorName, change.before, change.after];
    expect(result.changes.map(pick)).toEqual([
      [SAMPLE_TASKS[0], SAMPLE_ACTORS[3], 'I', null],
      [SAMPLE_TASKS[1], SAMPLE_ACTORS[2], null, 'C'],
      [SAMPLE_TASKS[3], SAMPLE_ACTORS[0], null, 'R'],
    ]);
    expect(result.changes[0]).toMatchObject({ taskId: view.tasks[0]!.id, actorId: view.columns[3]!.actorId });
  });

  it('reports problems with the row and column Excel shows', async () => {
    const result = await plan(
      await editedWorkbook((sheet) => {
        sheet.getCell(firstTaskRow + 1, 3).value = 'X'; // C6
        sheet.getCell(firstTaskRow + 2, 2).value = 'RA'; // B7
        sheet.getCell(headerRow, 6).value = 'Tuntematon yhdistys ry'; // F4
        sheet.getCell(headerRow, 7).value = SAMPLE_ACTORS[1]; // G4: a second column for the same actor
        sheet.getCell(firstTaskRow + 4, 1).value = 'Uusi tehtävä, jota ei ole luonnoksessa'; // A9
        sheet.getCell(firstTaskRow + 5, 1).value = SAMPLE_TASKS[2]; // A10: the same task again
        sheet.getCell(firstTaskRow + 5, 2).value = 'I';
      }),
    );
    expect(result.problems).toEqual([
      { row: 4, column: 6, code: 'unknown_actor', value: 'Tuntematon yhdistys ry' },
      { row: 4, column: 7, code: 'duplicate_actor', value: SAMPLE_ACTORS[1] },
      { row: 6, column: 3, code: 'unknown_letter', value: 'X' },
      { row: 7, column: 2, code: 'unknown_letter', value: 'RA' },
      { row: 9, column: 1, code: 'unknown_task', value: 'Uusi tehtävä, jota ei ole luonnoksessa' },
      { row: 10, column: 1, code: 'duplicate_task', value: SAMPLE_TASKS[2] },
    ]);
  });

  it('matches rows by name when they were sorted in Excel, and by id when the draft renamed nothing', async () => {
    const result = await plan(
      await editedWorkbook((sheet) => {
        // swap the first two rows, as sorting would, and change one letter in the moved row
        const first = [1, 2, 3, 4, 5].map((column) => sheet.getCell(firstTaskRow, column).value);
        const second = [1, 2, 3, 4, 5].map((column) => sheet.getCell(firstTaskRow + 1, column).value);
        second.forEach((value, index) => (sheet.getCell(firstTaskRow, index + 1).value = value));
        first.forEach((value, index) => (sheet.getCell(firstTaskRow + 1, index + 1).value = value));
        sheet.getCell(firstTaskRow, 4).value = 'I'; // now the row of task 2, actor 3
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.changes.map((change) => [change.taskName, change.actorName, change.before, change.after])).toEqual([[SAMPLE_TASKS[1], SAMPLE_ACTORS[2], null, 'I']]);
  });

  it('pairs rows by lineage id, so a newer draft with renamed tasks still takes the workbook', async () => {
    const bytes = await editedWorkbook((sheet) => {
      sheet.getCell(firstTaskRow, 3).value = 'C';
    });
    const draft = sampleMatrixView();
    draft.tasks[0] = { ...draft.tasks[0]!, id: 'a-task-of-the-new-draft' };
    draft.cells = draft.cells.map((cell) => (cell.taskId === sampleMatrixView().tasks[0]!.id ? { ...cell, taskId: 'a-task-of-the-new-draft' } : cell));
    const result = planWorkbookImport(await readMatrixWorkbook(bytes), draft);
    expect(result.changes).toEqual([
      { taskId: 'a-task-of-the-new-draft', taskName: SAMPLE_TASKS[0], actorId: draft.columns[1]!.actorId, actorName: SAMPLE_ACTORS[1], before: 'R', after: 'C' },
    ]);
  });

  it('takes a workbook made by hand, without our hidden sheet, by names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Taulukko1');
    sheet.addRow(['Vastuut 2027']);
    sheet.addRow([]);
    sheet.addRow(['Tehtävä', SAMPLE_ACTORS[3], SAMPLE_ACTORS[0]]); // the header on row 3, tasks in column A
    sheet.addRow([SAMPLE_TASKS[3], 'i', 'a']);
    const read = await readMatrixWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect([read.origin, read.headerRow, read.taskColumn]).toEqual([null, 3, 1]);
    const result = planWorkbookImport(read, sampleMatrixView());
    expect(result.problems).toEqual([]);
    expect(result.changes.map((change) => [change.actorName, change.before, change.after])).toEqual([
      [SAMPLE_ACTORS[3], null, 'I'],
      [SAMPLE_ACTORS[0], null, 'A'],
    ]);
  });

  it('refuses a file that is no workbook, and a workbook with nothing in it', async () => {
    await expect(readMatrixWorkbook(Buffer.from('tämä ei ole Excel-tiedosto'))).rejects.toMatchObject({ code: 'workbook_unreadable' });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Tyhjä');
    await expect(readMatrixWorkbook(Buffer.from(await empty.xlsx.writeBuffer()))).rejects.toBeInstanceOf(AppError);
  });

  it('ignores the hidden ids when they point at a row whose name no longer matches', async () => {
    const bytes = await editedWorkbook((sheet, workbook) => {
      sheet.getCell(firstTaskRow, 1).value = 'Ohjaus ja neuvonta (muutettu nimi)';
      expect(workbook.getWorksheet(HIDDEN_SHEET_NAME)).toBeDefined();
    });
    const result = await plan(bytes);
    expect(result.problems).toEqual([{ row: firstTaskRow, column: 1, code: 'unknown_task', value: 'Ohjaus ja neuvonta (muutettu nimi)' }]);
  });
});
