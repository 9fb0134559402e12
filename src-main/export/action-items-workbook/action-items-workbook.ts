import ExcelJS from 'exceljs';
import type { ActionItemStatus } from '../../api/contract/meetings.js';
import { formatTemplate, type Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { demoMark } from '../raci-legend.js';
import { argb, HEADER_FILL, HEADER_TEXT } from '../xlsx/excel-colours.js';
import { columnName } from '../xlsx/matrix-workbook.js';
import { type ActionItemsFilterState, actionItemStatusName, actionItemsTexts, filterStateName } from './action-items-texts.js';

/** One action item as a row of the workbook: plain texts and YYYY-MM-DD dates, already in the export language. */
export interface ActionItemsWorkbookRow {
  meetingNumber: string;
  meetingDate: string;
  /** "5 §" / "§ 5"; '' when the item is not under a numbered § */
  section: string;
  title: string;
  ownerActor: string | null;
  ownerPerson: string | null;
  dueDate: string | null;
  status: ActionItemStatus;
  /** against the day of the export */
  overdue: boolean;
  closedOn: string | null;
  note: string | null;
  goalAction: string | null;
}

/** What the action-item workbook is made of: the overview's rows and the filters that chose them. */
export interface ActionItemsWorkbookInput {
  locale: Locale;
  networkName: string;
  demo: boolean;
  /** YYYY-MM-DD in Helsinki */
  exportedOn: string;
  /** 'HH:mm' in Helsinki */
  exportedAtTime: string;
  /** the overview's filters by name; null: not filtered by it */
  filters: { actor: string | null; owner: string | null; state: ActionItemsFilterState };
  rows: ActionItemsWorkbookRow[];
}

/** Row numbers of the items sheet: a title, a line under it, then the header that stays in view. */
export const ACTION_ITEMS_LAYOUT = { headerRow: 3 } as const;

/** Light red behind the overdue word; the dark red text on it stays well above 4.5:1. */
const OVERDUE_FILL = 'FDE2E1';
const OVERDUE_TEXT = '8A1C1C';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A calendar date as a real Excel date (midnight UTC is a whole day number: no time-zone drift). */
function excelDate(date: string | null): Date | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function dateFormat(locale: Locale): string {
  return locale === 'en' ? 'd mmm yyyy' : 'd.m.yyyy';
}

/** The action items across meetings as an .xlsx: one sheet of items (filterable), one saying how they were chosen. */
export async function buildActionItemsWorkbook(input: ActionItemsWorkbookInput): Promise<Buffer> {
  const texts = actionItemsTexts(input.locale);
  const workbook = new ExcelJS.Workbook();
  const title = `${input.demo ? `${demoMark(input.locale)} – ` : ''}${texts.title}`;
  workbook.creator = 'Kotoverkko';
  workbook.title = title;
  workbook.created = excelDate(input.exportedOn) ?? new Date(0);
  workbook.modified = workbook.created;
  addItemsSheet(workbook, input, title);
  addFiltersSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addItemsSheet(workbook: ExcelJS.Workbook, input: ActionItemsWorkbookInput, title: string): void {
  const { locale } = input;
  const texts = actionItemsTexts(locale);
  const { headerRow } = ACTION_ITEMS_LAYOUT;
  const columns: Array<{ header: string; width: number; date?: boolean }> = [
    { header: texts.meeting, width: 10 },
    { header: texts.meetingDate, width: 13, date: true },
    { header: texts.section, width: 7 },
    { header: texts.what, width: 48 },
    { header: texts.ownerActor, width: 28 },
    { header: texts.ownerPerson, width: 22 },
    { header: texts.dueDate, width: 13, date: true },
    { header: texts.status, width: 11 },
    { header: texts.schedule, width: 12 },
    { header: texts.closedOn, width: 13, date: true },
    { header: texts.note, width: 36 },
    { header: texts.goalAction, width: 32 },
  ];
  const lastColumn = columnName(columns.length);
  const sheet = workbook.addWorksheet(texts.itemsSheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: { oddHeader: `&L${escapeHeader(title)}`, oddFooter: `&L${escapeHeader(input.networkName)}&R&P (&N)` },
  });

  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = formatTemplate(texts.subtitle, { network: input.networkName, date: displayDate(input.exportedOn, locale) });
  if (input.demo) sheet.getCell(2, 1).value = `${String(sheet.getCell(2, 1).value)} · ${texts.demoNotice}`;
  sheet.getCell(2, 1).font = { italic: true };

  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: argb(HEADER_TEXT) } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
    cell.border = allBorders;
    cell.alignment = { vertical: 'bottom', wrapText: true };
  });

  input.rows.forEach((item, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      item.meetingNumber,
      excelDate(item.meetingDate),
      item.section,
      item.title,
      item.ownerActor ?? '',
      item.ownerPerson ?? '',
      excelDate(item.dueDate),
      actionItemStatusName(item.status, locale),
      item.overdue ? texts.overdue : '',
      excelDate(item.closedOn),
      item.note ?? '',
      item.goalAction ?? '',
    ];
    columns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.border = allBorders;
      cell.alignment = { vertical: 'top', wrapText: !column.date };
      if (column.date) cell.numFmt = dateFormat(locale);
    });
    row.height = rowHeight(columns, row.values as unknown[]);
    if (item.overdue) {
      // the word says it; the colour only helps the eye
      const cell = row.getCell(9);
      cell.font = { bold: true, color: { argb: argb(OVERDUE_TEXT) } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(OVERDUE_FILL) } };
      row.getCell(7).font = { bold: true, color: { argb: argb(OVERDUE_TEXT) } };
    }
  });

  sheet.getRow(headerRow).height = rowHeight(columns, columns.map((column) => column.header));
  const lastRow = headerRow + Math.max(input.rows.length, 1);
  if (input.rows.length === 0) sheet.getCell(headerRow + 1, 4).value = texts.noItems;
  sheet.autoFilter = `A${headerRow}:${lastColumn}${lastRow}`;
}

function addFiltersSheet(workbook: ExcelJS.Workbook, input: ActionItemsWorkbookInput): void {
  const { locale } = input;
  const texts = actionItemsTexts(locale);
  const sheet = workbook.addWorksheet(texts.filtersSheet);
  sheet.columns = [{ width: 28 }, { width: 60 }];
  const facts: Array<[string, string]> = [
    [texts.network, input.networkName],
    [texts.filterActor, input.filters.actor ?? texts.everyone],
    [texts.filterOwner, input.filters.owner ?? texts.everyone],
    [texts.filterState, filterStateName(input.filters.state, locale)],
    [texts.itemCount, String(input.rows.length)],
    [texts.exportedAt, `${displayDate(input.exportedOn, locale)} ${input.exportedAtTime}`],
  ];
  if (input.demo) {
    const mark = sheet.addRow([demoMark(locale), texts.demoNotice]);
    mark.getCell(1).font = { bold: true, color: { argb: argb(OVERDUE_TEXT) } };
  }
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([texts.overdueRule]).getCell(1).font = { italic: true };
}

/**
 * Wrapped text needs a taller row, and not every program grows one when it opens the file: the
 * height is estimated from the longest text for its column's width (about a character a unit).
 */
function rowHeight(columns: ReadonlyArray<{ width: number }>, values: readonly unknown[]): number {
  // exceljs's row.values starts at index 1
  const cells = values.length > columns.length ? values.slice(1) : values;
  const lines = Math.max(
    1,
    ...columns.map((column, index) => {
      const value = cells[index];
      if (typeof value !== 'string' || !value) return 1;
      return value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (column.width - 1))), 0);
    }),
  );
  return 15 * lines;
}

/** Excel's header codes start with '&': a literal ampersand is written twice. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}
