import ExcelJS from 'exceljs';
import type { MatrixView } from '../../api/contract/matrices.js';
import { RACI_LETTERS } from '../../domain/matrices/raci.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import { formatTemplate, type Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { findingText, severityName } from './finding-texts.js';
import { type HiddenRecord, writeHiddenSheet } from './hidden-sheet.js';
import { argb, HEADER_FILL, HEADER_TEXT } from './excel-colours.js';
import { RACI_FILLS, RACI_TEXT_COLOUR } from '../raci-colours.js';
import { demoMark, legendEntries, legendLine, statusName } from '../raci-legend.js';
import { WORKBOOK_TEXTS } from './workbook-texts.js';

/** What the matrix workbook is made of: one version as the app shows it, in the export language. */
export interface MatrixWorkbookInput {
  view: MatrixView;
  locale: Locale;
  networkName: string;
  demo: boolean;
  /** YYYY-MM-DD: the day of the export */
  exportedOn: string;
}

/** Where things are on the matrix sheet; the hidden sheet repeats it so an import need not guess. */
export const MATRIX_LAYOUT = { headerRow: 4, taskColumn: 1, firstActorColumn: 2 } as const;
export const MATRIX_WORKBOOK_FORMAT = 'kotoverkko-matrix';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A version of a matrix as an .xlsx: the matrix sheet, the findings, a legend, and the ids for import. */
export async function buildMatrixWorkbook(input: MatrixWorkbookInput): Promise<Buffer> {
  const texts = WORKBOOK_TEXTS[input.locale];
  const workbook = new ExcelJS.Workbook();
  const matrixName = pickLocalized(input.view.matrix.name, input.locale)?.text ?? '';
  const title = `${input.demo ? `${demoMark(input.locale)} – ` : ''}${formatTemplate(texts.title, { name: matrixName })}`;
  workbook.creator = 'Kotoverkko';
  workbook.title = title;
  workbook.created = new Date(`${input.exportedOn}T00:00:00Z`);
  workbook.modified = workbook.created;

  const matrixSheet = addMatrixSheet(workbook, input, title);
  addFindingsSheet(workbook, input);
  addLegendSheet(workbook, input, matrixName);
  writeHiddenSheet(workbook, hiddenRecords(input.view, matrixSheet.name));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addMatrixSheet(workbook: ExcelJS.Workbook, input: MatrixWorkbookInput, title: string): ExcelJS.Worksheet {
  const { view, locale } = input;
  const texts = WORKBOOK_TEXTS[locale];
  const { headerRow, taskColumn, firstActorColumn } = MATRIX_LAYOUT;
  const lastColumn = firstActorColumn + Math.max(view.columns.length, 1) - 1;
  const sheet = workbook.addWorksheet(texts.matrixSheet, {
    // frozen header row and task column: both stay in view however far one scrolls
    views: [{ state: 'frozen', xSplit: taskColumn, ySplit: headerRow, topLeftCell: `B${headerRow + 1}`, activeCell: `B${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      printTitlesColumn: 'A:A',
    },
    headerFooter: { oddHeader: `&L${escapeHeader(title)}`, oddFooter: `&L${escapeHeader(legendLine(locale))}&R&P (&N)` },
  });

  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = formatTemplate(texts.versionLine, {
    number: view.version.number,
    status: statusName(view.version.status, locale),
    date: displayDate(view.version.validOn, locale),
    network: input.networkName,
  });
  sheet.getCell(3, 1).value = legendLine(locale);
  sheet.getCell(3, 1).font = { italic: true };

  const header = sheet.getRow(headerRow);
  header.getCell(taskColumn).value = texts.taskHeader;
  view.columns.forEach((column, index) => {
    header.getCell(firstActorColumn + index).value = column.name;
  });
  for (let columnNumber = taskColumn; columnNumber <= lastColumn; columnNumber += 1) {
    const cell = header.getCell(columnNumber);
    cell.font = { bold: true, color: { argb: argb(HEADER_TEXT) } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
    cell.border = allBorders;
    // actor names run upwards so 40 columns fit on a screen; the task header sits at the bottom
    cell.alignment = columnNumber === taskColumn ? { vertical: 'bottom', wrapText: true } : { textRotation: 90, vertical: 'bottom', horizontal: 'center', wrapText: true };
  }
  const longestName = Math.max(12, ...view.columns.map((column) => column.name.length));
  header.height = Math.min(220, Math.max(60, longestName * 3.2));

  const letters = new Map(view.cells.map((cell) => [`${cell.taskId}|${cell.actorId}`, cell.letter]));
  view.tasks.forEach((task, taskIndex) => {
    const row = sheet.getRow(headerRow + 1 + taskIndex);
    const nameCell = row.getCell(taskColumn);
    nameCell.value = task.name;
    nameCell.alignment = { wrapText: true, vertical: 'middle' };
    nameCell.border = allBorders;
    if (task.statutory) nameCell.note = texts.statutoryNote;
    view.columns.forEach((column, columnIndex) => {
      const cell = row.getCell(firstActorColumn + columnIndex);
      const letter = letters.get(`${task.id}|${column.actorId}`);
      cell.border = allBorders;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.font = { bold: true, color: { argb: argb(RACI_TEXT_COLOUR) } };
      if (letter) {
        cell.value = letter;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(RACI_FILLS[letter]) } };
      }
    });
  });

  sheet.getColumn(taskColumn).width = 48;
  for (let columnNumber = firstActorColumn; columnNumber <= lastColumn; columnNumber += 1) sheet.getColumn(columnNumber).width = 6;

  const lastRow = headerRow + view.tasks.length;
  if (view.tasks.length > 0 && view.columns.length > 0) {
    const grid = `${columnName(firstActorColumn)}${headerRow + 1}:${columnName(lastColumn)}${lastRow}`;
    const topLeft = `${columnName(firstActorColumn)}${headerRow + 1}`;
    // A letter typed in Excel gets its colour too, and an emptied cell loses it.
    sheet.addConditionalFormatting({
      ref: grid,
      rules: [
        ...RACI_LETTERS.map((letter, index) => ({
          type: 'expression' as const,
          priority: index + 1,
          formulae: [`UPPER(TRIM(${topLeft}))="${letter}"`],
          style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(RACI_FILLS[letter]) } } },
        })),
        {
          type: 'expression' as const,
          priority: RACI_LETTERS.length + 1,
          formulae: [`LEN(TRIM(${topLeft}))=0`],
          style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFFFFFF' } } },
        },
      ],
    });
    // A drop-down of the four letters; a warning (not a refusal) so a lower-case letter can be typed too.
    (sheet as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(grid, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${RACI_LETTERS.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
  return sheet;
}

function addFindingsSheet(workbook: ExcelJS.Workbook, input: MatrixWorkbookInput): void {
  const { view, locale } = input;
  const texts = WORKBOOK_TEXTS[locale];
  const sheet = workbook.addWorksheet(texts.findingsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: texts.severity, width: 12 },
    { header: texts.task, width: 44 },
    { header: texts.actor, width: 32 },
    { header: texts.finding, width: 60 },
    { header: texts.acceptedReason, width: 40 },
  ];
  styleHeaderRow(sheet.getRow(1), 5);
  const taskNames = new Map(view.tasks.map((task) => [task.id, task.name]));
  const actorNames = new Map(view.columns.map((column) => [column.actorId, column.name]));
  for (const finding of view.findings) {
    const row = sheet.addRow([
      severityName(finding.severity, locale),
      finding.taskId ? (taskNames.get(finding.taskId) ?? '') : '',
      finding.actorId ? (actorNames.get(finding.actorId) ?? '') : '',
      findingText(finding, locale),
      finding.acceptedReason ?? '',
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (finding.severity === 'error') row.getCell(1).font = { bold: true, color: { argb: 'FFB00020' } };
  }
  if (view.findings.length === 0) sheet.addRow(['', '', '', texts.noFindings]);
}

function addLegendSheet(workbook: ExcelJS.Workbook, input: MatrixWorkbookInput, matrixName: string): void {
  const { view, locale } = input;
  const texts = WORKBOOK_TEXTS[locale];
  const sheet = workbook.addWorksheet(texts.legendSheet);
  sheet.columns = [{ width: 28 }, { width: 60 }];
  sheet.addRow([texts.letter, texts.meaning]);
  styleHeaderRow(sheet.getRow(1), 2);
  for (const entry of legendEntries(locale)) {
    const row = sheet.addRow([entry.letter, entry.meaning]);
    const letterCell = row.getCell(1);
    letterCell.font = { bold: true, color: { argb: argb(RACI_TEXT_COLOUR) } };
    letterCell.alignment = { horizontal: 'center' };
    letterCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(RACI_FILLS[entry.letter]) } };
    letterCell.border = allBorders;
  }
  sheet.addRow([]);
  const facts: Array<[string, string]> = [
    [texts.matrix, matrixName],
    [texts.version, String(view.version.number)],
    [texts.status, statusName(view.version.status, locale)],
    [texts.namesOn, displayDate(view.version.validOn, locale)],
  ];
  if (view.version.reviewDeadline) facts.push([texts.reviewDeadline, displayDate(view.version.reviewDeadline, locale)]);
  if (view.version.approvedAt) facts.push([texts.approved, displayDate(view.version.approvedAt.slice(0, 10), locale)]);
  facts.push([texts.exported, displayDate(input.exportedOn, locale)]);
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([texts.importHint]).getCell(1).font = { italic: true };
}

function hiddenRecords(view: MatrixView, sheetName: string): HiddenRecord[] {
  const { headerRow, taskColumn, firstActorColumn } = MATRIX_LAYOUT;
  return [
    ['format', MATRIX_WORKBOOK_FORMAT, 1],
    ['matrix', view.matrix.id],
    ['version', view.version.id, view.version.number],
    ['layout', sheetName, headerRow, taskColumn, firstActorColumn],
    ...view.tasks.map((task, index): HiddenRecord => ['task', headerRow + 1 + index, task.lineageId, task.id, task.name]),
    ...view.columns.map((column, index): HiddenRecord => ['actor', firstActorColumn + index, column.actorId, column.name]),
  ];
}

function styleHeaderRow(row: ExcelJS.Row, columns: number): void {
  for (let column = 1; column <= columns; column += 1) {
    const cell = row.getCell(column);
    cell.font = { bold: true, color: { argb: argb(HEADER_TEXT) } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
  }
}

/** 1 → A, 27 → AA */
export function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Excel's header codes start with '&': a literal ampersand is written twice. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
