import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { displayDate } from '../display-date.js';
import { COLOURS, STYLE_IDS } from '../process-document/document-styles.js';
import { splitWidth } from '../process-document/docx-parts.js';
import { textWidth } from '../process-document/page-geometry.js';
import { documentKindName, NO_BORDERS } from './meeting-docx-parts.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/**
 * The header of every page (SFS 2487): who sends it on the left; the document's kind, number and
 * the meeting's date in the middle; the page as "2 (5)" (PAGE and NUMPAGES fields) and the case
 * number on the right. A demo network's document says ESIMERKKI on every page.
 */
export function meetingPageHeader(model: MeetingDocumentModel, texts: MeetingDocumentTexts): Header {
  const { meeting, locale } = model;
  const widths = splitWidth(textWidth('portrait'), [38, 32, 30]);
  const sender = model.template.organisationName ?? model.network.name;
  const caseNumber = meeting.caseNumber ?? model.template.caseNumber;
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
            line([new TextRun(sender)]),
            ...(model.network.isDemo ? [line([new TextRun({ text: texts.demoMark, bold: true, color: COLOURS.demo })])] : []),
          ]),
          cell(widths[1]!, [
            line([new TextRun({ text: `${documentKindName(model, texts).toUpperCase()} ${meeting.number}`, bold: true })]),
            line([new TextRun(displayDate(meeting.date, locale))]),
          ]),
          cell(widths[2]!, [
            line([new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })], AlignmentType.RIGHT),
            ...(caseNumber ? [line([new TextRun(`${texts.caseNumberShort} ${caseNumber}`)], AlignmentType.RIGHT)] : []),
          ]),
        ],
      }),
    ],
  });
  const rule = new Paragraph({ style: STYLE_IDS.small, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 1 } }, children: [] });
  return new Header({ children: [table, rule] });
}
