import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { AttendanceRow, MeetingDetail } from '../../api/contract/meetings.js';
import { compareFinnish } from '../../domain/shared/finnish-text.js';
import { COLOURS } from '../word/document-styles.js';
import { CELL_MARGINS, splitWidth, TABLE_BORDERS, tableParagraph } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

export interface AttendanceGroup {
  organisation: string;
  rows: AttendanceRow[];
}

/** Attendance grouped by the organisation each person represented that day; guests without one last. */
function groupAttendance(rows: readonly AttendanceRow[], texts: MeetingDocumentTexts): AttendanceGroup[] {
  const groups = new Map<string, AttendanceRow[]>();
  for (const row of rows) {
    const key = row.actorName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareFinnish(a, b)))
    .map(([organisation, members]) => ({
      organisation: organisation || texts.noOrganisation,
      rows: [...members].sort((a, b) => compareFinnish(a.personName, b.personName)),
    }));
}

function attendanceStatusLine(row: AttendanceRow, texts: MeetingDocumentTexts): string {
  if (row.status === 'deputy' && row.deputyFor) return texts.deputyFor(row.deputyFor.name);
  return texts.attendanceStatuses[row.status];
}

/**
 * Who took part: one shaded row per organisation, then its people with present / absent / deputy
 * for whom and how they took part. The header row repeats on every page the table runs onto.
 */
export function attendanceTable(meeting: MeetingDetail, texts: MeetingDocumentTexts): FileChild[] {
  if (meeting.attendance.length === 0) return [new Paragraph({ children: [new TextRun({ text: texts.noAttendance, italics: true })] })];
  const widths = splitWidth(textWidth('portrait'), [42, 36, 22]);
  const width = widths.reduce((sum, value) => sum + value, 0);
  const cell = (text: string, index: number, bold = false) =>
    new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, children: [tableParagraph(text || '–', { bold })] });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [texts.name, texts.status, texts.participation].map(
      (text, index) => new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, shading: { fill: COLOURS.headerShading }, children: [tableParagraph(text, { bold: true })] }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const group of groupAttendance(meeting.attendance, texts)) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ columnSpan: 3, width: { size: width, type: WidthType.DXA }, shading: { fill: COLOURS.labelShading }, children: [tableParagraph(group.organisation, { bold: true })] }),
        ],
      }),
    );
    for (const row of group.rows) {
      const note = row.note ? ` – ${row.note}` : '';
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(row.personName, 0),
            cell(attendanceStatusLine(row, texts) + note, 1),
            cell(row.participation && row.status !== 'absent' ? texts.participationModes[row.participation] : '', 2),
          ],
        }),
      );
    }
  }
  return [new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: TABLE_BORDERS, margins: CELL_MARGINS, rows })];
}
