import type ExcelJS from 'exceljs';

/**
 * The ids an import needs, kept in a sheet the user does not see ("veryHidden": not even listed
 * under Unhide in Excel). Each row is a record: a kind in column A, its values after it.
 */
export const HIDDEN_SHEET_NAME = 'kotoverkko';

export type HiddenRecord = readonly [kind: string, ...values: Array<string | number>];

export function writeHiddenSheet(workbook: ExcelJS.Workbook, records: readonly HiddenRecord[]): void {
  const sheet = workbook.addWorksheet(HIDDEN_SHEET_NAME, { state: 'veryHidden' });
  for (const record of records) sheet.addRow([...record]);
}

/** The records of the hidden sheet as text, or null when the workbook has none. */
export function readHiddenSheet(workbook: ExcelJS.Workbook): string[][] | null {
  const sheet = workbook.getWorksheet(HIDDEN_SHEET_NAME);
  if (!sheet) return null;
  const records: string[][] = [];
  sheet.eachRow((row) => {
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) values.push(cellText(row.getCell(column).value));
    if (values[0]) records.push(values);
  });
  return records;
}

/** The first record of a kind, or undefined. */
export function hiddenValue(records: readonly string[][], kind: string, index = 1): string | undefined {
  const value = records.find((record) => record[0] === kind)?.[index];
  return value === undefined || value === '' ? undefined : value;
}

/** Any cell value as the text a person sees in it (rich text joined, formulas by their result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}
