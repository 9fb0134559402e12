import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { COLOURS, STYLE_IDS } from './document-styles.js';
import { NO_BORDERS, splitWidth } from './docx-parts.js';
import { type PageKind, textWidth } from './page-geometry.js';

export interface OfficialHeader {
  /** who sends the document: the template's organisation, else the network */
  sender: string;
  /** ESIMERKKI on a demo network's document, else null */
  demoMark: string | null;
  /** the document's name (and number), in bold */
  documentName: string;
  /** the document's date as the reader writes it */
  date: string;
  /** "Dnro 12/2026", or null */
  caseNumber: string | null;
  /** the three columns' shares of the text width */
  shares: [number, number, number];
}

/**
 * The Finnish official header (SFS 2487) of every page: who sends the document on the left, its
 * name and date in the middle, the page as "2 (5)" (PAGE and NUMPAGES fields) and the case number
 * (diaarinumero) on the right. A demo network's document says ESIMERKKI here too, on every page.
 */
export function officialPageHeader(header: OfficialHeader, kind: PageKind): Header {
  const widths = splitWidth(textWidth(kind), header.shares);
  const line = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ style: STYLE_IDS.small, alignment, children });
  const cell = (width: number, paragraphs: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: paragraphs });
  const table = new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        children: [
          cell(widths[0]!, [
            line([new TextRun(header.sender)]),
            ...(header.demoMark ? [line([new TextRun({ text: header.demoMark, bold: true, color: COLOURS.demo })])] : []),
          ]),
          cell(widths[1]!, [line([new TextRun({ text: header.documentName, bold: true })]), line([new TextRun(header.date)])]),
          cell(widths[2]!, [
            line([new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })], AlignmentType.RIGHT),
            ...(header.caseNumber ? [line([new TextRun(header.caseNumber)], AlignmentType.RIGHT)] : []),
          ]),
        ],
      }),
    ],
  });
  // A thin rule under the header, as official letters have.
  const rule = new Paragraph({ style: STYLE_IDS.small, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 1 } }, children: [] });
  return new Header({ children: [table, rule] });
}
