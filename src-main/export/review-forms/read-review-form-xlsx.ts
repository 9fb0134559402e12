import ExcelJS from 'exceljs';
import { AppError } from '../../domain/shared/app-error.js';
import { cellText, hiddenValue, readHiddenSheet } from '../xlsx/hidden-sheet.js';
import type { FilledRow } from './answer-marks.js';
import { identityFrom, REVIEW_FORM_FORMAT } from './form-identity.js';
import type { FilledForm } from './read-review-form-docx.js';
import { FORM_SHEET_LAYOUT } from './review-form-xlsx.js';

/**
 * Reads a filled Excel form: the ids from the hidden sheet, and each row with a task number below
 * the header, its agree and comment cells. Rows may have been sorted: the number says the task.
 */
export async function readReviewFormXlsx(bytes: Uint8Array): Promise<FilledForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('form_unreadable');
  }
  const records = readHiddenSheet(workbook);
  if (!records || hiddenValue(records, 'format') !== REVIEW_FORM_FORMAT) throw new AppError('form_unreadable');
  const taskIds = records
    .filter((record) => record[0] === 'task')
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((record) => record[2] ?? '');
  const identity = identityFrom({
    matrixId: hiddenValue(records, 'matrix'),
    versionId: hiddenValue(records, 'version'),
    actorId: hiddenValue(records, 'actor'),
    tasksChecksum: hiddenValue(records, 'tasks'),
    taskIds: taskIds.join(','),
  });
  const sheetName = hiddenValue(records, 'layout');
  const headerRow = Number(hiddenValue(records, 'layout', 2) ?? FORM_SHEET_LAYOUT.headerRow);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : undefined;
  if (!identity || !sheet || !(headerRow >= 1)) throw new AppError('form_unreadable');

  const { columns } = FORM_SHEET_LAYOUT;
  const rows: FilledRow[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const numberText = cellText(row.getCell(columns.number).value).trim();
    if (!/^\d{1,5}$/.test(numberText)) continue;
    const agree = row.getCell(columns.agree).value;
    rows.push({
      number: Number(numberText),
      agreeText: cellText(agree),
      // a TRUE typed in Excel arrives as a boolean
      ticked: agree === true,
      commentText: cellText(row.getCell(columns.comment).value),
    });
  }
  return { identity, rows };
}
