import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { MeetingDetail, PersonRef } from '../../api/contract/meetings.js';
import { STYLE_IDS } from '../word/document-styles.js';
import { heading, NO_BORDERS, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

const LINE = '_'.repeat(34);

/**
 * The minutes' last part: the chair's and the secretary's signature lines, then "Pöytäkirja
 * tarkastettu" with place and date left blank and the two minute-checkers' lines. Kept on one page.
 */
export function signatureBlock(meeting: MeetingDetail, texts: MeetingDocumentTexts): FileChild[] {
  const [first, second] = meeting.minuteCheckers;
  return [
    heading(texts.signatures, 2),
    signaturePair([texts.chair, meeting.chair], [texts.secretary, meeting.secretary]),
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: texts.checked, bold: true })] }),
    new Paragraph({ keepNext: true, spacing: { before: 360 }, children: [new TextRun(`${texts.placeAndDate} ${LINE}`)] }),
    signaturePair([texts.checker, first], [texts.checker, second]),
  ];
}

function signaturePair(left: [string, PersonRef | null], right: [string, PersonRef | null]): Table {
  const widths = splitWidth(textWidth('portrait'), [50, 50]);
  const cell = ([role, person]: [string, PersonRef | null], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [
        new Paragraph({ keepNext: true, spacing: { before: 720, after: 0 }, children: [new TextRun(LINE)] }),
        new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [new TextRun(person?.name ?? '')] }),
        new Paragraph({ style: STYLE_IDS.small, children: [new TextRun(role)] }),
      ],
    });
  return new Table({
    width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 90 },
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0]!), cell(right, widths[1]!)] })],
  });
}
