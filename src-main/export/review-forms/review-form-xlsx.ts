import ExcelJS from 'exceljs';
import { formatTemplate } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { type HiddenRecord, writeHiddenSheet } from '../xlsx/hidden-sheet.js';
import { RACI_FILLS, RACI_TEXT_COLOUR } from '../raci-colours.js';
import { argb, HEADER_FILL, HEADER_TEXT } from '../xlsx/excel-colours.js';
import { demoMark, statusName } from '../raci-legend.js';
import { REVIEW_FORM_FORMAT } from './form-identity.js';
import { FORM_TEXTS } from './form-texts.js';
import type { ReviewFormData } from './review-form-data.js';

/** Where the answer table starts; the hidden sheet repeats it for the reader. */
export const FORM_SHEET_LAYOUT = { headerRow: 11, columns: { number: 1, task: 2, letters: 3, accountable: 4, agree: 5, comment: 6 } } as const;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A member's review form as an .xlsx: the same content as the Word form, the answer cells open
 * for typing and everything else locked (no password: it guards against slips, not people), and
 * the ids on a hidden sheet.
 */
export async function buildReviewFormXlsx(form: ReviewFormData): Promise<Buffer> {
  const texts = FORM_TEXTS[form.locale];
  const { headerRow, columns } = FORM_SHEET_LAYOUT;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kotoverkko';
  workbook.title = `${texts.title}: ${form.matrixName} – ${form.actorName}`;
  workbook.created = new Date(`${form.exportedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  const title = `${form.demo ? `${demoMark(form.locale)} – ` : ''}${texts.title}`;

  const sheet = workbook.addWorksheet(texts.sheet, {
    // not frozen: the instructions above the table would fill a laptop's screen; on paper the header repeats
    views: [{ state: 'normal', activeCell: `E${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: { oddHeader: `&L${escapeHeader(`${title} · ${form.actorName}`)}&R${escapeHeader(texts.page)} &P (&N)` },
  });
  sheet.columns = [{ width: 6 }, { width: 50 }, { width: 10 }, { width: 28 }, { width: 12 }, { width: 60 }];

  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14, color: { argb: argb(HEADER_FILL) } };
  const facts: Array<[string, string]> = [
    [texts.actor, form.actorName],
    [texts.matrix, form.matrixName],
    [texts.version, formatTemplate(texts.versionValue, { number: form.versionNumber, status: statusName(form.versionStatus, form.locale), date: displayDate(form.validOn, form.locale) })],
    [texts.deadline, form.deadline ? displayDate(form.deadline, form.locale) : texts.noDeadline],
    [texts.network, form.networkName],
  ];
  // merged, so a label and its value read as one line in every spreadsheet program
  facts.forEach(([label, value], index) => {
    sheet.mergeCells(3 + index, 1, 3 + index, 2);
    sheet.mergeCells(3 + index, 3, 3 + index, 6);
    sheet.getCell(3 + index, 1).value = label;
    sheet.getCell(3 + index, 1).font = { bold: true };
    sheet.getCell(3 + index, 3).value = value;
  });
  const instructions = [texts.intro, `1. ${texts.stepAgree}`, `2. ${texts.stepComment}`, `3. ${texts.stepKeep}`].join('\n');
  sheet.mergeCells(9, 1, 9, 6);
  sheet.getCell(9, 1).value = instructions;
  sheet.getCell(9, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(9).height = 96;

  const headers = [texts.number, texts.task, texts.yourLetters, texts.accountable, texts.agree, texts.comment];
  headers.forEach((header, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = header;
    cell.font = { bold: true, color: { argb: argb(HEADER_TEXT) } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = allBorders;
  });

  form.rows.forEach((row, index) => {
    const excelRow = sheet.getRow(headerRow + 1 + index);
    excelRow.getCell(columns.number).value = row.number;
    excelRow.getCell(columns.task).value = row.statutory ? `${row.taskName} (${texts.statutory})` : row.taskName;
    excelRow.getCell(columns.letters).value = row.letters.join(', ');
    excelRow.getCell(columns.letters).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(RACI_FILLS[row.letters[0]!]) } };
    excelRow.getCell(columns.letters).font = { bold: true, color: { argb: argb(RACI_TEXT_COLOUR) } };
    excelRow.getCell(columns.letters).alignment = { horizontal: 'center', vertical: 'top' };
    excelRow.getCell(columns.accountable).value = row.accountable.join(', ') || '–';
    for (let column = 1; column <= 6; column += 1) {
      const cell = excelRow.getCell(column);
      cell.border = allBorders;
      if (column !== columns.letters) cell.alignment = { wrapText: true, vertical: 'top', ...(column === columns.agree ? { horizontal: 'center' } : {}) };
    }
    for (const column of [columns.agree, columns.comment]) {
      const cell = excelRow.getCell(column);
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDF2' } };
    }
    excelRow.height = 30;
  });

  if (form.rows.length > 0) {
    const agreeRange = `E${headerRow + 1}:E${headerRow + form.rows.length}`;
    // a drop-down offering "x"; anything else typed is allowed (a warning only) and read sensibly
    (sheet as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(agreeRange, {
      type: 'list',
      allowBlank: true,
      formulae: ['"x"'],
      showErrorMessage: false,
    });
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, formatCells: true });

  const { identity } = form;
  const records: HiddenRecord[] = [
    ['format', REVIEW_FORM_FORMAT, 1],
    ['matrix', identity.matrixId],
    ['version', identity.versionId, form.versionNumber],
    ['actor', identity.actorId],
    ['tasks', identity.tasksChecksum],
    ['layout', sheet.name, headerRow],
    ...identity.taskIds.map((taskId, index): HiddenRecord => ['task', index + 1, taskId]),
  ];
  writeHiddenSheet(workbook, records);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
