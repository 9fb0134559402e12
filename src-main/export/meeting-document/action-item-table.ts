import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ActionItemView } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import { dataTable, splitWidth, tableParagraph } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { actionStatusLine, ownerLine, pickText } from './meeting-format.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/**
 * Action items as a table: what, owner, due date, status. An overdue item says "myöhässä" in its
 * status (bold and red too, but the word carries it). Carried items also name the meeting that
 * agreed them.
 */
export function actionItemTable(items: readonly ActionItemView[], texts: MeetingDocumentTexts, locale: Locale, options: { showMeeting: boolean }): FileChild[] {
  if (items.length === 0) return [new Paragraph({ children: [new TextRun({ text: texts.noActionItems, italics: true })] })];
  const width = textWidth('portrait');
  const headers = [texts.task, texts.owner, texts.due, texts.actionStatus];
  const shares = [40, 26, 14, 20];
  if (options.showMeeting) {
    headers.splice(1, 0, texts.madeAt);
    shares.splice(0, 1, 32, 10);
  }
  const rows = items.map((item) => {
    const status = actionStatusLine(item, texts, locale);
    const statusCell = item.overdue && item.status === 'open'
      ? [new Paragraph({ style: STYLE_IDS.tableText, children: [new TextRun({ text: status, bold: true, color: COLOURS.demo })] })]
      : [tableParagraph(status)];
    const row = [pickText(item.titles, locale, item.title), ownerLine(item), item.dueDate ? displayDate(item.dueDate, locale) : '–', statusCell];
    if (options.showMeeting) row.splice(1, 0, item.meetingNumber);
    return row;
  });
  return [dataTable(headers, rows, splitWidth(width, shares))];
}
