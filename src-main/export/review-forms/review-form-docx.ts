import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatTemplate, type Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { RACI_FILLS } from '../raci-colours.js';
import { demoMark, letterMeaning, statusName } from '../raci-legend.js';
import { FORM_PROPERTIES, REVIEW_FORM_FORMAT } from './form-identity.js';
import { FORM_TEXTS } from './form-texts.js';
import type { ReviewFormData, ReviewFormRow } from './review-form-data.js';

const WORD_LANGUAGE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const FONT = 'Arial';
const HEADING_COLOUR = '1F3A5F';
const HEADER_SHADING = 'D5DEE8';
const ANSWER_SHADING = 'FFFDF2';

/** Landscape A4 between 2 cm margins: the comment column gets room to write in. */
const TEXT_WIDTH = 16838 - 2 * 1134;
/** Nro, task, your letters, accountable, agree, comment (fractions of the text width) */
const COLUMN_SHARES = [0.05, 0.3, 0.12, 0.16, 0.08, 0.29];
export const FORM_COLUMNS = { number: 0, task: 1, letters: 2, accountable: 3, agree: 4, comment: 5 } as const;

/**
 * A member's review form as a Word document: who and what it is for, how to answer, and one table
 * row per task with a tick box and room for a comment. The ids that match the answers back travel
 * as custom document properties, which Word and LibreOffice keep when the member saves.
 */
export async function buildReviewFormDocx(form: ReviewFormData): Promise<Buffer> {
  const texts = FORM_TEXTS[form.locale];
  const language = { value: WORD_LANGUAGE[form.locale] };
  const title = `${form.demo ? `${demoMark(form.locale)} – ` : ''}${texts.title}`;
  const { identity } = form;

  const document = new Document({
    creator: 'Kotoverkko',
    title: `${texts.title}: ${form.matrixName} – ${form.actorName}`,
    subject: form.matrixName,
    customProperties: [
      { name: FORM_PROPERTIES.format, value: REVIEW_FORM_FORMAT },
      { name: FORM_PROPERTIES.matrixId, value: identity.matrixId },
      { name: FORM_PROPERTIES.versionId, value: identity.versionId },
      { name: FORM_PROPERTIES.actorId, value: identity.actorId },
      { name: FORM_PROPERTIES.tasksChecksum, value: identity.tasksChecksum },
      { name: FORM_PROPERTIES.taskIds, value: identity.taskIds.join(',') },
    ],
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language }, paragraph: { spacing: { after: 100, line: 264 } } },
        title: { run: { font: FONT, size: 36, bold: true, color: HEADING_COLOUR, language }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: HEADING_COLOUR, language }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }] }],
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${title} · ${form.actorName}`, size: 17 }), new TextRun({ text: '\t', size: 17 }), ...pageOf(texts.page)],
                tabStops: [{ type: 'right', position: TEXT_WIDTH }],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: `${form.networkName} · Kotoverkko · ${displayDate(form.exportedOn, form.locale)}`, size: 16, color: '4A4A4A' })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          factsTable(form),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(texts.instructionsHeading)] }),
          new Paragraph({ children: [new TextRun(texts.intro)] }),
          ...[texts.stepAgree, texts.stepComment, texts.stepKeep].map((step) => new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun(step)] })),
          new Paragraph({ children: [] }),
          answerTable(form),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function pageOf(label: string): TextRun[] {
  // Finnish official style: "Sivu 2 (5)"
  return [new TextRun({ text: `${label} `, size: 17 }), new TextRun({ children: [PageNumber.CURRENT], size: 17 }), new TextRun({ text: ' (', size: 17 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17 }), new TextRun({ text: ')', size: 17 })];
}

function factsTable(form: ReviewFormData): Table {
  const texts = FORM_TEXTS[form.locale];
  const facts: Array<[string, string]> = [
    [texts.actor, form.actorName],
    [texts.matrix, form.matrixName],
    [texts.version, formatTemplate(texts.versionValue, { number: form.versionNumber, status: statusName(form.versionStatus, form.locale), date: displayDate(form.validOn, form.locale) })],
    [texts.deadline, form.deadline ? displayDate(form.deadline, form.locale) : texts.noDeadline],
    [texts.network, form.networkName],
  ];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.22), Math.round(TEXT_WIDTH * 0.78)],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: facts.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
            new TableCell({ children: [new Paragraph({ children: [new TextRun(value)] })] }),
          ],
        }),
    ),
  });
}

function answerTable(form: ReviewFormData): Table {
  const texts = FORM_TEXTS[form.locale];
  const widths = COLUMN_SHARES.map((share) => Math.round(TEXT_WIDTH * share));
  const headers = [texts.number, texts.task, texts.yourLetters, texts.accountable, texts.agree, texts.comment];
  const cell = (index: number, children: Paragraph[], shading?: string) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(shading ? { shading: { type: ShadingType.CLEAR, fill: shading, color: 'auto' } } : {}),
      children,
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((header, index) => cell(index, [new Paragraph({ keepNext: true, children: [new TextRun({ text: header, bold: true })] })], HEADER_SHADING)),
  });
  const bodyRows = form.rows.map((row) => answerRow(row, form.locale, cell));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow, ...bodyRows],
  });
}

function answerRow(row: ReviewFormRow, locale: Locale, cell: (index: number, children: Paragraph[], shading?: string) => TableCell): TableRow {
  const texts = FORM_TEXTS[locale];
  const taskRuns = [new TextRun(row.taskName), ...(row.statutory ? [new TextRun({ text: ` (${texts.statutory})`, italics: true, color: '4A4A4A' })] : [])];
  return new TableRow({
    cantSplit: true,
    // room to write by hand on a printout, too
    height: { value: 700, rule: 'atLeast' },
    children: [
      cell(FORM_COLUMNS.number, [new Paragraph({ children: [new TextRun(String(row.number))] })]),
      cell(FORM_COLUMNS.task, [new Paragraph({ children: taskRuns })]),
      cell(
        FORM_COLUMNS.letters,
        [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: row.letters.join(', '), bold: true })] }),
          // the meaning beside the letter, so a member need not look it up
          ...row.letters.map(
            (letter) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0, line: 220 }, children: [new TextRun({ text: letterMeaning(letter, locale), size: 16 })] }),
          ),
        ],
        RACI_FILLS[row.letters[0]!],
      ),
      cell(FORM_COLUMNS.accountable, [new Paragraph({ children: [new TextRun(row.accountable.join(', ') || '–')] })]),
      cell(FORM_COLUMNS.agree, [new Paragraph({ alignment: AlignmentType.CENTER, children: [new CheckBox({ alias: texts.agree })] })], ANSWER_SHADING),
      cell(FORM_COLUMNS.comment, [new Paragraph({ children: [] })], ANSWER_SHADING),
    ],
  });
}
