import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { MatrixColumn, MatrixView } from '../../api/contract/matrices.js';
import { RACI_LETTERS, type RaciLetter } from '../../domain/matrices/raci.js';
import type { Locale } from '../../i18n/locales.js';
import { RACI_FILLS, RACI_TEXT_COLOUR } from '../raci-colours.js';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import { displayDate } from '../display-date.js';
import type { DocumentTexts } from './document-texts.js';
import { CELL_MARGINS, heading, pick, TABLE_BORDERS, tableParagraph } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';

/** Task names need this much (about 5 cm) before actor columns get any room. */
const MIN_TASK_WIDTH = 2800;
const MAX_TASK_WIDTH = 5200;
/** Narrower than about 5 mm and a letter no longer fits; more actors than fit go to a second table. */
const MIN_ACTOR_WIDTH = 290;
const MAX_ACTOR_WIDTH = 900;
/** twips per character of a rotated 8 pt column heading, and the most height it may take (about 4 cm) */
const HEADING_TWIPS_PER_CHAR = 92;
/** a rotated line of 8 pt text across the column */
const HEADING_LINE_TWIPS = 220;
const MAX_HEADING_HEIGHT = 2300;

/**
 * Vastuumatriisi on a landscape page: tasks down, actors across (names turned upright to keep the
 * columns narrow), letters shaded by kind. The heading row repeats on every page the table runs
 * onto; 60 actors are split into tables of the same tasks, never squeezed unreadably.
 */
export function matrixSection(view: MatrixView, texts: DocumentTexts, locale: Locale): FileChild[] {
  const name = pick(view.matrix.name, locale) ?? '';
  const status = texts.versionStatuses[view.version.status];
  const out: FileChild[] = [
    heading(`${texts.matrix}: ${name}`, 2),
    new Paragraph({ children: [new TextRun(texts.matrixIntro(view.version.number, status, displayDate(view.version.validOn, locale)))] }),
  ];
  const columns = [...view.columns].sort((a, b) => a.sortOrder - b.sortOrder);
  // The key comes before the table: it is then on the same page as the table's start.
  out.push(...legend(view, columns, texts));
  const groups = columnGroups(columns);
  groups.forEach((group, index) => {
    if (index > 0) out.push(new Paragraph({ pageBreakBefore: true, children: [new TextRun(`${texts.matrix}: ${name} (${index + 1}/${groups.length})`)] }));
    out.push(matrixTable(view, group, texts));
  });
  return out;
}

function columnGroups(columns: MatrixColumn[]): MatrixColumn[][] {
  const perTable = Math.max(1, Math.floor((textWidth('landscape') - MIN_TASK_WIDTH) / MIN_ACTOR_WIDTH));
  const count = Math.max(1, Math.ceil(columns.length / perTable));
  const size = Math.ceil(columns.length / count);
  return Array.from({ length: count }, (_, index) => columns.slice(index * size, (index + 1) * size));
}

export function columnHeading(column: MatrixColumn): string {
  return column.shortName ?? column.name;
}

function matrixTable(view: MatrixView, columns: MatrixColumn[], texts: DocumentTexts): Table {
  const total = textWidth('landscape');
  const actorWidth = Math.max(MIN_ACTOR_WIDTH, Math.min(MAX_ACTOR_WIDTH, Math.floor((total - MIN_TASK_WIDTH) / Math.max(columns.length, 1))));
  const taskWidth = Math.min(MAX_TASK_WIDTH, total - actorWidth * columns.length);
  const widths = [taskWidth, ...columns.map(() => actorWidth)];
  const letters = new Map(view.cells.map((cell) => [`${cell.taskId}\u0000${cell.actorId}`, cell.letter]));
  const headingHeight = rotatedHeadingHeight(columns.map(columnHeading), actorWidth);
  const headingSize = actorWidth < 400 ? 14 : 16;

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: headingHeight, rule: HeightRule.ATLEAST },
    children: [
      new TableCell({
        width: { size: taskWidth, type: WidthType.DXA },
        shading: { fill: COLOURS.headerShading },
        verticalAlign: VerticalAlign.BOTTOM,
        children: [tableParagraph(texts.task, { bold: true })],
      }),
      ...columns.map(
        (column) =>
          new TableCell({
            width: { size: actorWidth, type: WidthType.DXA },
            shading: { fill: COLOURS.headerShading },
            textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
            verticalAlign: VerticalAlign.CENTER,
            margins: { top: 60, bottom: 60, left: 20, right: 20 },
            children: [new Paragraph({ style: STYLE_IDS.tableHeading, children: [new TextRun({ text: columnHeading(column), size: headingSize })] })],
          }),
      ),
    ],
  });

  const tasks = [...view.tasks].sort((a, b) => a.sortOrder - b.sortOrder);
  const rows = tasks.map(
    (task, index) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: taskWidth, type: WidthType.DXA },
            children: [
              tableParagraph([
                new TextRun(`${index + 1}. ${task.name}`),
                ...(task.statutory ? [new TextRun({ text: ' §', bold: true, color: COLOURS.heading })] : []),
              ]),
            ],
          }),
          ...columns.map((column) => letterCell(letters.get(`${task.id}\u0000${column.actorId}`) ?? null, actorWidth)),
        ],
      }),
  );

  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [header, ...rows],
  });
}

/**
 * How tall the row of upright actor names must be: the longest word on one line, the whole name
 * on as many lines as the column is wide enough for, never more than about 4 cm.
 */
function rotatedHeadingHeight(labels: string[], columnWidth: number): number {
  const lines = Math.max(1, Math.floor((columnWidth - 40) / HEADING_LINE_TWIPS));
  const needed = labels.map((label) => {
    const longestWord = Math.max(0, ...label.split(/\s+/).map((word) => word.length));
    return Math.max(longestWord, Math.ceil((label.length * 1.15) / lines)) * HEADING_TWIPS_PER_CHAR;
  });
  return Math.min(MAX_HEADING_HEIGHT, Math.max(700, Math.max(0, ...needed) + 240));
}

function letterCell(letter: RaciLetter | null, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 10, right: 10 },
    ...(letter ? { shading: { fill: RACI_FILLS[letter] } } : {}),
    children: [
      new Paragraph({
        style: STYLE_IDS.tableText,
        alignment: AlignmentType.CENTER,
        children: letter ? [new TextRun({ text: letter, bold: true, color: RACI_TEXT_COLOUR })] : [],
      }),
    ],
  });
}

/** The letters' meanings (translated; the letters stay R, A, C, I) in one row, the § mark, and the actors' full names. */
function legend(view: MatrixView, columns: MatrixColumn[], texts: DocumentTexts): FileChild[] {
  const out: FileChild[] = [new Paragraph({ keepNext: true, children: [new TextRun({ text: texts.legend, bold: true })] })];
  const letterWidth = 420;
  const meaningWidth = 2900;
  out.push(
    new Table({
      width: { size: RACI_LETTERS.length * (letterWidth + meaningWidth), type: WidthType.DXA },
      columnWidths: RACI_LETTERS.flatMap(() => [letterWidth, meaningWidth]),
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: CELL_MARGINS,
      rows: [
        new TableRow({
          cantSplit: true,
          children: RACI_LETTERS.flatMap((letter) => [
            letterCell(letter, letterWidth),
            new TableCell({ width: { size: meaningWidth, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [tableParagraph(texts.letters[letter])] }),
          ]),
        }),
      ],
    }),
  );
  const notes: TextRun[][] = [];
  if (view.tasks.some((task) => task.statutory)) notes.push([new TextRun({ text: '§ ', bold: true }), new TextRun(texts.statutoryMark)]);
  const abbreviated = columns.filter((column) => column.shortName && column.shortName !== column.name);
  if (abbreviated.length) {
    notes.push([
      new TextRun(`${texts.abbreviations}: `),
      ...abbreviated.flatMap((column, index) => [
        new TextRun({ text: column.shortName!, bold: true }),
        new TextRun(` = ${column.name}${index < abbreviated.length - 1 ? '; ' : ''}`),
      ]),
    ]);
  }
  for (const runs of notes) out.push(new Paragraph({ style: STYLE_IDS.small, spacing: { before: 120 }, children: runs }));
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}
