import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { LocalizedText } from '../../api/contract/common.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { COLOURS, STYLE_IDS } from './document-styles.js';

/** Small building blocks the sections share: picked texts, headings, and the two table shapes. */

export function pick(text: LocalizedText | null | undefined, locale: Locale): string | null {
  return text ? (pickLocalized(text, locale)?.text ?? null) : null;
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ text, heading: levels[level] });
}

/** A text the user wrote: one paragraph per line, so their line breaks survive. */
export function paragraphsOf(text: string | null, style?: string, fallback = '–'): Paragraph[] {
  const lines = (text ?? '').split(/\r?\n/).map((line) => line.trimEnd());
  const kept = lines.some((line) => line.trim()) ? lines : [fallback];
  return kept.map((line) => new Paragraph({ style, children: [new TextRun(line)] }));
}

export function tableParagraph(children: ParagraphChild[] | string, options: { bold?: boolean } = {}): Paragraph {
  const runs = typeof children === 'string' ? [new TextRun({ text: children, bold: options.bold })] : children;
  return new Paragraph({ style: options.bold ? STYLE_IDS.tableHeading : STYLE_IDS.tableText, children: runs });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
export const TABLE_BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** For layout tables (page header, header block, signatures): no lines at all. */
export const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

export type CellContent = string | Paragraph[];

function cellChildren(content: CellContent, bold = false): Paragraph[] {
  if (typeof content !== 'string') return content.length ? content : [tableParagraph('–')];
  return content.split(/\r?\n/).map((line) => tableParagraph(line || ' ', { bold }));
}

/**
 * A two-column table of labels and values (the process card, a step's details). Labels are
 * shaded and bold; a row never breaks across pages mid-label.
 */
export function keyValueTable(rows: Array<[string, CellContent]>, width: number, labelShare = 0.3): Table {
  const labelWidth = Math.round(width * labelShare);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, shading: { fill: COLOURS.labelShading }, children: cellChildren(label, true) }),
            new TableCell({ width: { size: width - labelWidth, type: WidthType.DXA }, children: cellChildren(value) }),
          ],
        }),
    ),
  });
}

/** A table with a header row that Word repeats at the top of every page the table runs onto. */
export function dataTable(headers: string[], rows: CellContent[][], widths: number[]): Table {
  const width = widths.reduce((sum, value) => sum + value, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map(
          (header, index) =>
            new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, shading: { fill: COLOURS.headerShading }, children: cellChildren(header, true) }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((cell, index) => new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, children: cellChildren(cell) })),
          }),
      ),
    ],
  });
}

/** Splits a width in proportion to the given shares, in whole twips that add up exactly. */
export function splitWidth(width: number, shares: number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((width * share) / total));
  widths[widths.length - 1]! += width - widths.reduce((sum, value) => sum + value, 0);
  return widths;
}
