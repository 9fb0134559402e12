import { exportFileNameFor } from '../../session/file-host.js';
import { documentKindName } from './meeting-docx-parts.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import { meetingDocumentTexts } from './meeting-document-texts.js';

/** "Muistio-3-2026-2026-11-23.docx": the kind, the meeting's number and its date. */
export function meetingDocumentFileName(model: MeetingDocumentModel): string {
  const { meeting } = model;
  return exportFileNameFor([documentKindName(model, meetingDocumentTexts(model.locale)), meeting.number.replace('/', '-'), meeting.date], '.docx');
}
