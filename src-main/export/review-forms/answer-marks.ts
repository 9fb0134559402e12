import type { ReviewVerdict } from '../../api/contract/matrices.js';

/** What one row of a filled form says, before it is matched to anything. */
export interface FilledRow {
  /** the row number printed on the form (its task), as read */
  number: number;
  /** text in the agree cell, as typed */
  agreeText: string;
  /** a Word tick box in the agree cell was ticked */
  ticked: boolean;
  commentText: string;
}

export interface ReadAnswer {
  verdict: ReviewVerdict;
  comment: string | null;
}

/**
 * Marks people put in an "agree" cell: x, a tick, a ticked box, a yes in our languages, TRUE as
 * Excel writes it in Finnish, Swedish or English. Compared without case and trailing punctuation.
 */
const AGREE_WORDS = new Set([
  'x', 'xx', 'x.', '✓', '✔', '✔️', '☑', '☒', '☑️', '✅', '+', 'ok', 'okei',
  'kyllä', 'k', 'joo', 'hyväksyn', 'hyväksytään', 'hyväksytty', 'samaa mieltä', 'tosi',
  'ja', 'j', 'godkänner', 'godkänd', 'godkänt', 'sant',
  'yes', 'y', 'agree', 'agreed', 'true',
]);

/** An empty tick box Word or LibreOffice leaves in the cell is no answer. */
const EMPTY_BOXES = /[☐□▢⬜]/g;

export function isAgreeMark(text: string): boolean {
  const tidy = text.replace(EMPTY_BOXES, '').trim().toLowerCase().replace(/[.!]+$/, '').trim();
  return AGREE_WORDS.has(tidy) || /^x+$/.test(tidy);
}

/**
 * A row's answer: a mark in the agree cell agrees (a comment beside it is kept as a note); a
 * comment without a mark is a comment; anything else in the agree cell ("ei", "nej", a question)
 * is not agreement, so it becomes part of the comment. Nothing at all: no answer.
 */
export function answerOf(row: Pick<FilledRow, 'agreeText' | 'ticked' | 'commentText'>): ReadAnswer | null {
  const agreeText = tidyText(row.agreeText.replace(EMPTY_BOXES, ''));
  const comment = tidyText(row.commentText);
  if (row.ticked || (agreeText !== '' && isAgreeMark(agreeText))) return { verdict: 'agree', comment: comment || null };
  const said = [agreeText, comment].filter((part) => part !== '').join(' – ');
  return said ? { verdict: 'comment', comment: said } : null;
}

/** Lines kept, spaces tidied, empty lines at the ends dropped. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
