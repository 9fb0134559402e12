import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { COLOURS, STYLE_IDS } from './document-styles.js';
import { displayDate } from '../display-date.js';
import type { DocumentTexts } from './document-texts.js';
import { type PageKind, textWidth } from './page-geometry.js';
import type { ProcessDocumentModel } from './process-document-model.js';
import { splitWidth } from './docx-parts.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/**
 * The Finnish official header (SFS 2487): who sends the document on the left, the document's name
 * and date in the middle, the page as "2 (5)" and the case number (diaarinumero) on the right.
 * A demo network's document says ESIMERKKI here too, on every page.
 */
export function pageHeader(model: ProcessDocumentModel, texts: DocumentTexts, kind: PageKind): Header {
  const widths = splitWidth(textWidth(kind), [45, 35, 20]);
  const sender = model.template.organisationName ?? model.network.name;
  const line = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ style: STYLE_IDS.small, alignment, children });
  const cell = (width: number, paragraphs: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: paragraphs });
  const caseNumber = model.template.caseNumber ? `${texts.caseNumberShort} ${model.template.caseNumber}` : '';
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
            line([new TextRun(sender)]),
            ...(model.network.isDemo ? [line([new TextRun({ text: texts.demoMark, bold: true, color: COLOURS.demo })])] : []),
          ]),
          cell(widths[1]!, [line([new TextRun({ text: texts.documentName, bold: true })]), line([new TextRun(displayDate(model.date, model.locale))])]),
          cell(widths[2]!, [
            line([new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })], AlignmentType.RIGHT),
            ...(caseNumber ? [line([new TextRun(caseNumber)], AlignmentType.RIGHT)] : []),
          ]),
        ],
      }),
    ],
  });
  // A thin rule under the header, as official letters have.
  const rule = new Paragraph({ style: STYLE_IDS.small, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 1 } }, children: [] });
  return new Header({ children: [table, rule] });
}
