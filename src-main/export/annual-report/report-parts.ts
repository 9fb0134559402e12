import { HeadingLevel, Paragraph, type Table } from 'docx';
import { keyValueTable } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';

/**
 * A chapter's heading: the report's chapters follow one another on the same page (the process
 * document starts each on a page of its own), so Heading 1 gets room above it here.
 */
export function chapterHeading(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 480 } });
}

/** Figures as label–number rows, narrower than the page: the numbers stay near their labels. */
export function figuresTable(rows: Array<[string, string]>): Table {
  return keyValueTable(rows, Math.round(textWidth('portrait') * 0.7), 0.82);
}
