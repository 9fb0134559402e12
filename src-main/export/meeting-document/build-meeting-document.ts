import { Document, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { displayDate } from '../display-date.js';
import { documentStyles } from '../word/document-styles.js';
import { dataTable, heading, paragraphsOf, splitWidth } from '../word/docx-parts.js';
import { pageProperties, textWidth } from '../word/page-geometry.js';
import { actionItemTable } from './action-item-table.js';
import { agendaItemSections } from './agenda-item-sections.js';
import { attendanceTable } from './attendance-table.js';
import { documentKindName } from './meeting-docx-parts.js';
import { personLine, pickText } from './meeting-format.js';
import { meetingHeaderBlock } from './meeting-header-block.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import { meetingDocumentTexts, type MeetingDocumentTexts } from './meeting-document-texts.js';
import { meetingPageHeader } from './meeting-page-header.js';
import { signatureBlock } from './signature-block.js';

/**
 * A meeting's agenda (esityslista) or record (muistio / pöytäkirja) from plain data: the header
 * block, the meeting's title (Heading 1), invitees or attendance, the § items (Heading 2), and in
 * the record the action items and, for minutes, the signature lines. Nothing here reads a file or
 * the clock.
 */
export function buildMeetingDocument(model: MeetingDocumentModel): Document {
  const texts = meetingDocumentTexts(model.locale);
  const { meeting } = model;
  const title = pickText(meeting.titles, model.locale, meeting.title);
  // Heading 1 heads the navigation pane; room above it sets it apart from the header block
  const children: FileChild[] = [...meetingHeaderBlock(model, texts), new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, spacing: { before: 360 } })];
  children.push(...(model.kind === 'agenda' ? agendaBody(model, texts) : recordBody(model, texts)));

  const kindName = documentKindName(model, texts);
  return new Document({
    title: `${kindName} ${meeting.number}: ${title}`,
    subject: model.network.name,
    creator: model.template.organisationName ?? 'Kotoverkko',
    description: model.network.isDemo ? texts.demoNotice : undefined,
    keywords: model.network.isDemo ? texts.demoMark : undefined,
    // Word fills in the page count ("2 (5)") when it opens the file
    features: { updateFields: true },
    styles: documentStyles(model.locale),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: { default: meetingPageHeader(model, texts) },
        children,
      },
    ],
  });
}

function agendaBody(model: MeetingDocumentModel, texts: MeetingDocumentTexts): FileChild[] {
  const { meeting, locale } = model;
  const out: FileChild[] = [];
  if (meeting.invitees.length > 0) {
    out.push(heading(texts.invitees, 2));
    out.push(
      dataTable(
        [texts.name, texts.organisation, texts.role],
        meeting.invitees.map((person) => [person.name, person.actorName, texts.inviteeRoles[person.role]]),
        splitWidth(textWidth('portrait'), [38, 42, 20]),
      ),
    );
  }
  out.push(...agendaItemSections(meeting, 'agenda', texts, locale));
  return out;
}

function recordBody(model: MeetingDocumentModel, texts: MeetingDocumentTexts): FileChild[] {
  const { meeting, locale } = model;
  const out: FileChild[] = [heading(texts.attendance, 2), ...attendanceTable(meeting, texts)];
  const note = pickText(meeting.heldNote, locale);
  if (note.trim()) out.push(heading(texts.heldNote, 2), ...paragraphsOf(note));

  out.push(...agendaItemSections(meeting, 'record', texts, locale));

  // Open items of earlier meetings go under the "Open action items" § when the agenda has one.
  const hasOpenItemsSection = meeting.agenda.some((item) => item.kind === 'open_action_items');
  if (!hasOpenItemsSection && meeting.carriedActionItems.length > 0) {
    out.push(heading(texts.carriedActionItems, 2), ...actionItemTable(meeting.carriedActionItems, texts, locale, { showMeeting: true }));
  }
  out.push(heading(texts.actionItems, 2), ...actionItemTable(meeting.actionItems, texts, locale, { showMeeting: false }));

  if (meeting.recordKind === 'minutes') out.push(...signatureBlock(meeting, texts));
  else if (meeting.secretary) out.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun(`${texts.memoWrittenBy}: ${personLine(meeting.secretary)}`)] }));
  if (meeting.recordApprovedOn) {
    out.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${documentKindName(model, texts)}: ${texts.recordApproved(displayDate(meeting.recordApprovedOn, locale))}`, italics: true })] }));
  }
  return out;
}
