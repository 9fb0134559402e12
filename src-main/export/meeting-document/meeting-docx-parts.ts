import { Paragraph, TextRun } from 'docx';
import { STYLE_IDS } from '../word/document-styles.js';
import { paragraphsOf } from '../word/docx-parts.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/** Small pieces the meeting documents share (the tables themselves come from the Word parts every document uses). */

/** ESITYSLISTA, or MUISTIO / PÖYTÄKIRJA as the meeting keeps its record. */
export function documentKindName(model: MeetingDocumentModel, texts: MeetingDocumentTexts): string {
  return model.kind === 'agenda' ? texts.agenda : texts.records[model.meeting.recordKind];
}

/** A bold label kept with what follows it ("Päätösehdotus"); not a heading, so the navigation stays at § level. */
export function label(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text, bold: true })] });
}

/** A labelled block of user text; nothing at all when the text is empty. */
export function labelledText(title: string, text: string): Paragraph[] {
  return text.trim() ? [label(title), ...paragraphsOf(text)] : [];
}

/** A § item's details under its heading (presenter, time, subject), kept with the text that follows. */
export function smallLine(text: string): Paragraph {
  return new Paragraph({ style: STYLE_IDS.small, keepNext: true, spacing: { after: 80 }, children: [new TextRun(text)] });
}
