import { Paragraph, TextRun, type FileChild } from 'docx';
import type { AgendaItemView, MeetingDetail } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';
import { heading, paragraphsOf } from '../word/docx-parts.js';
import { actionItemTable } from './action-item-table.js';
import { clockTime, labelOf, personLine, pickText } from './meeting-format.js';
import { label, labelledText, smallLine } from './meeting-docx-parts.js';
import type { MeetingDocumentKind } from './meeting-document-model.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/**
 * The § items, each a Heading 2 ("5 § Title") so the navigation pane and a table of contents list
 * them. The agenda shows presenter, planned time, background, proposal and attachments; the record
 * adds the discussion and the decisions, or says the item was not discussed.
 */
export function agendaItemSections(meeting: MeetingDetail, kind: MeetingDocumentKind, texts: MeetingDocumentTexts, locale: Locale): FileChild[] {
  return meeting.agenda.flatMap((item) => itemSection(meeting, item, kind, texts, locale));
}

function itemSection(meeting: MeetingDetail, item: AgendaItemView, kind: MeetingDocumentKind, texts: MeetingDocumentTexts, locale: Locale): FileChild[] {
  const title = pickText(item.titles, locale, item.title);
  const number = labelOf(item.sectionNumber, locale);
  const out: FileChild[] = [heading(number ? `${number} ${title}` : title, 2)];

  const meta: string[] = [];
  const presenter = item.presenter ? personLine(item.presenter) : item.presenterText;
  if (presenter) meta.push(`${texts.presenter}: ${presenter}`);
  if (kind === 'agenda' && item.plannedStart) {
    const end = item.plannedEnd ? `–${clockTime(item.plannedEnd, locale)}` : '';
    const duration = item.durationMinutes ? ` (${texts.minutes(item.durationMinutes)})` : '';
    meta.push(`${texts.plannedTime}: ${clockTime(item.plannedStart, locale)}${end}${duration}`);
  }
  if (meta.length) out.push(smallLine(meta.join(' · ')));
  if (item.carriedFrom) out.push(smallLine(texts.carriedFrom(item.carriedFrom.label)));
  const subjects = [
    ...(item.process ? [`${texts.process} ${item.process.name}`] : []),
    ...(item.matrixVersion ? [texts.matrixVersion(item.matrixVersion.matrixName, item.matrixVersion.number)] : []),
  ];
  if (subjects.length) out.push(smallLine(`${texts.subject}: ${subjects.join('; ')}`));

  out.push(...labelledText(texts.background, pickText(item.background, locale)));
  out.push(...labelledText(texts.proposal, pickText(item.proposal, locale)));

  if (item.kind === 'open_action_items' && meeting.carriedActionItems.length > 0) {
    out.push(label(texts.carriedActionItems), ...actionItemTable(meeting.carriedActionItems, texts, locale, { showMeeting: true }));
  }
  if (kind === 'record' && item.kind === 'minute_checkers' && meeting.recordKind === 'minutes') {
    const checkers = meeting.minuteCheckers.filter((person) => person !== null);
    if (checkers.length) out.push(new Paragraph({ children: [new TextRun(`${texts.minuteCheckers}: ${checkers.map(personLine).join(', ')}`)] }));
  }

  if (kind === 'record') {
    if (item.notDiscussed) {
      out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: texts.notDiscussed, italics: true, bold: true })] }));
    } else {
      out.push(...labelledText(texts.discussion, pickText(item.discussion, locale)));
      const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id).sort((a, b) => a.sortOrder - b.sortOrder);
      if (decisions.length) {
        out.push(label(texts.decision));
        for (const decision of decisions) out.push(...paragraphsOf(pickText(decision.texts, locale, decision.text)));
      }
    }
  }

  if (item.attachments.length) {
    out.push(label(texts.attachments));
    item.attachments.forEach((attachment, index) => out.push(new Paragraph({ children: [new TextRun(`${index + 1}. ${attachment.fileName}`)] })));
  }
  return out;
}
