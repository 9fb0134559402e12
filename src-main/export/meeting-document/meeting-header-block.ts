import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import { NO_BORDERS, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { meetingTimeLine, personLine } from './meeting-format.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';
import { documentKindName } from './meeting-docx-parts.js';

/**
 * The first page's header block, a borderless table as an official document has: the network and
 * the document's kind and number on top, then date and time, place or link, case number and the
 * meeting's officers. The meeting's title follows as Heading 1 (the navigation pane's first entry).
 */
export function meetingHeaderBlock(model: MeetingDocumentModel, texts: MeetingDocumentTexts): FileChild[] {
  const { meeting, locale } = model;
  const width = textWidth('portrait');
  const widths = splitWidth(width, [24, 36, 40]);
  const caseNumber = meeting.caseNumber ?? model.template.caseNumber;
  const text = (value: string, options: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: value, ...options });
  const paragraph = (runs: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ style: STYLE_IDS.tableText, alignment, children: runs });
  const cell = (paragraphs: Paragraph[], span: number, first: number) =>
    new TableCell({
      columnSpan: span,
      width: { size: widths.slice(first, first + span).reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
      children: paragraphs,
    });

  const top = [paragraph([text(model.network.name, { bold: true, size: 24 })])];
  if (model.template.organisationName && model.template.organisationName !== model.network.name) top.push(paragraph([text(model.template.organisationName)]));
  const kindLines = [paragraph([text(`${documentKindName(model, texts).toUpperCase()} ${meeting.number}`, { bold: true, size: 28, color: COLOURS.heading })], AlignmentType.RIGHT)];
  if (meeting.status === 'cancelled') kindLines.push(paragraph([text(texts.cancelled, { bold: true, color: COLOURS.demo })], AlignmentType.RIGHT));

  const facts: Array<[string, string]> = [[texts.time, meetingTimeLine(meeting, locale)]];
  if (meeting.place) facts.push([texts.place, meeting.place]);
  if (meeting.onlineLink) facts.push([texts.onlineLink, meeting.onlineLink]);
  if (caseNumber) facts.push([texts.caseNumber, caseNumber]);
  if (meeting.chair) facts.push([texts.chair, personLine(meeting.chair)]);
  if (meeting.secretary) facts.push([texts.secretary, personLine(meeting.secretary)]);
  const checkers = meeting.minuteCheckers.filter((person) => person !== null);
  if (model.kind === 'record' && meeting.recordKind === 'minutes' && checkers.length > 0) facts.push([texts.minuteCheckers, checkers.map(personLine).join('\n')]);

  const rows = [
    new TableRow({ children: [cell(top, 2, 0), cell(kindLines, 1, 2)] }),
    ...facts.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([paragraph([text(label, { bold: true })])], 1, 0), cell(value.split('\n').map((line) => paragraph([text(line)])), 2, 1)],
        }),
    ),
  ];
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 30, bottom: 30, left: 0, right: 90 },
    rows,
  });

  const out: FileChild[] = [table];
  // the page header says ESIMERKKI on every page; here the notice says what it means
  if (model.network.isDemo) out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: texts.demoNotice, color: COLOURS.demo })] }));
  return out;
}
