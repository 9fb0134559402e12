import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../../domain/shared/app-error.js';
import { REVIEW_FORM_FORMAT } from '../review-forms/form-identity.js';
import { checkUploadedZip } from '../uploaded-file.js';
import { cellText, HIDDEN_SHEET_NAME, hiddenValue, readHiddenSheet } from './hidden-sheet.js';
import { MATRIX_WORKBOOK_FORMAT } from './matrix-workbook.js';

/** A matrix sheet as read from an .xlsx: texts with their Excel coordinates, and the ids we wrote, if any. */
export interface ReadMatrixWorkbook {
  /** present when the workbook was exported by Kotoverkko */
  origin: { matrixId: string | null; versionId: string | null } | null;
  headerRow: number;
  taskColumn: number;
  columns: Array<{ column: number; name: string; hiddenActorId: string | null }>;
  rows: Array<{ row: number; name: string; hiddenLineageId: string | null; cells: Array<{ column: number; text: string }> }>;
}

/** Reads the matrix sheet of an .xlsx; refuses a file that is not a workbook or holds no matrix. */
export async function readMatrixWorkbook(bytes: Uint8Array): Promise<ReadMatrixWorkbook> {
  checkUploadedZip(bytes, 'workbook_unreadable');
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  if (!zip) throw new AppError('workbook_unreadable');
  // told by what is inside, not by the name: a Word form renamed .xlsx says what it is
  if (zip.file('word/document.xml')) throw new AppError('workbook_is_word_document');
  if (!zip.file('xl/workbook.xml')) throw new AppError('workbook_unreadable');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('workbook_unreadable');
  }
  const hidden = readHiddenSheet(workbook);
  if (hidden !== null && hiddenValue(hidden, 'format') === REVIEW_FORM_FORMAT) throw new AppError('workbook_is_review_form');
  const ours = hidden !== null && hiddenValue(hidden, 'format') === MATRIX_WORKBOOK_FORMAT;
  const layout = ours ? hidden.find((record) => record[0] === 'layout') : undefined;

  const sheet =
    (layout?.[1] ? workbook.getWorksheet(layout[1]) : undefined) ??
    workbook.worksheets.find((candidate) => candidate.name !== HIDDEN_SHEET_NAME && candidate.state === 'visible');
  if (!sheet) throw new AppError('workbook_unreadable');

  const texts = (row: number, column: number) => cellText(sheet.getRow(row).getCell(column).value).trim();
  const lastRow = sheet.rowCount;
  const lastColumn = sheet.columnCount;

  let headerRow = Number(layout?.[2]);
  let taskColumn = Number(layout?.[3]);
  if (!(headerRow >= 1) || !(taskColumn >= 1)) {
    // A workbook made by hand: the header is the first row with at least two filled cells.
    const found = findHeader(lastRow, lastColumn, texts);
    if (!found) throw new AppError('workbook_unreadable');
    ({ headerRow, taskColumn } = found);
  }

  const hiddenTasks = new Map<number, { lineageId: string; name: string }>();
  const hiddenActors = new Map<number, { actorId: string; name: string }>();
  for (const record of ours ? (hidden ?? []) : []) {
    if (record[0] === 'task') hiddenTasks.set(Number(record[1]), { lineageId: record[2] ?? '', name: record[4] ?? '' });
    if (record[0] === 'actor') hiddenActors.set(Number(record[1]), { actorId: record[2] ?? '', name: record[3] ?? '' });
  }

  const columns: ReadMatrixWorkbook['columns'] = [];
  for (let column = taskColumn + 1; column <= lastColumn; column += 1) {
    const name = texts(headerRow, column);
    const known = hiddenActors.get(column);
    columns.push({ column, name, hiddenActorId: known && sameName(known.name, name) ? known.actorId : null });
  }
  const rows: ReadMatrixWorkbook['rows'] = [];
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const name = texts(row, taskColumn);
    const cells = columns.map(({ column }) => ({ column, text: texts(row, column) })).filter((cell) => cell.text !== '');
    if (name === '' && cells.length === 0) continue;
    const known = hiddenTasks.get(row);
    rows.push({ row, name, hiddenLineageId: known && sameName(known.name, name) ? known.lineageId : null, cells });
  }

  return {
    origin: ours ? { matrixId: hiddenValue(hidden, 'matrix') ?? null, versionId: hiddenValue(hidden, 'version') ?? null } : null,
    headerRow,
    taskColumn,
    columns: columns.filter((entry) => entry.name !== '' || rows.some((row) => row.cells.some((cell) => cell.column === entry.column))),
    rows,
  };
}

/** Names compare with their spacing tidied: a stray space typed in Excel is no new name. */
export function sameName(a: string, b: string): boolean {
  return tidyName(a) === tidyName(b);
}

export function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function findHeader(lastRow: number, lastColumn: number, texts: (row: number, column: number) => string): { headerRow: number; taskColumn: number } | null {
  for (let row = 1; row <= lastRow; row += 1) {
    const filled: number[] = [];
    for (let column = 1; column <= lastColumn; column += 1) if (texts(row, column) !== '') filled.push(column);
    if (filled.length >= 2) return { headerRow: row, taskColumn: filled[0]! };
  }
  return null;
}
