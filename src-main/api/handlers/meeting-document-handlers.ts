import type { meetingDocumentsContract } from '../contract/meeting-documents.js';
import { readAttachmentContent } from '../../db/repositories/meeting-attachment-repository.js';
import { AppError } from '../../domain/shared/app-error.js';
import { exportResult, saveExport, writeExportFile } from '../../export/export-file.js';
import { loadMeetingDocumentModel, readMeetingForExport } from '../../export/meeting-document/load-meeting-document-model.js';
import { meetingDocumentFileName } from '../../export/meeting-document/meeting-document-file-name.js';
import { meetingIcsText } from '../../export/meeting-ics.js';
import { exportFileNameFor } from '../../session/file-host.js';
import type { AppSession } from '../../session/app-session.js';
import type { ExportResult } from '../contract/documents.js';
import type { HandlersFor } from './handler-context.js';

type MeetingDocumentMethods = Pick<typeof meetingDocumentsContract, 'exports.agenda' | 'exports.meetingRecord' | 'exports.meetingIcs' | 'exports.attachment'>;

/**
 * A meeting's own documents: agenda, record, calendar invitation, attachments. The data is read and
 * checked before the save dialog opens (an unknown meeting never asks for a file name); the Word
 * documents are built in the export worker, the small .ics and the stored bytes are written here.
 */
export const meetingDocumentHandlers: HandlersFor<MeetingDocumentMethods> = {
  'exports.agenda': async ({ meetingId, lang }, context) => {
    const model = await loadMeetingDocumentModel(context, 'agenda', meetingId, lang);
    return saveExport(context.session, meetingDocumentFileName(model), { kind: 'meetingDocument', model });
  },

  'exports.meetingRecord': async ({ meetingId, lang }, context) => {
    const model = await loadMeetingDocumentModel(context, 'record', meetingId, lang);
    return saveExport(context.session, meetingDocumentFileName(model), { kind: 'meetingDocument', model });
  },

  'exports.meetingIcs': async ({ meetingId, lang }, context) => {
    const locale = lang ?? context.locale;
    const meeting = await readMeetingForExport(context, meetingId, locale);
    const text = meetingIcsText(meeting, locale, context.author.now);
    return saveBytes(context.session, exportFileNameFor([meeting.number.replace('/', '-'), meeting.date], '.ics'), new TextEncoder().encode(text));
  },

  'exports.attachment': async ({ attachmentId }, context) => {
    const attachment = await readAttachmentContent(context.db, attachmentId);
    if (!attachment) throw new AppError('export_attachment_not_found', { id: attachmentId }, ['attachmentId']);
    return saveBytes(context.session, attachmentFileName(attachment.fileName), attachment.content);
  },
};

/** Bytes ready in hand: the same save dialog and whole-or-nothing write as every export, without the worker. */
async function saveBytes(session: AppSession, suggestedName: string, bytes: Uint8Array): Promise<ExportResult | null> {
  const path = await session.options.fileHost.pickExportPath(suggestedName);
  if (!path) return null;
  await writeExportFile(path, bytes);
  return exportResult(session, path, bytes.byteLength);
}

/** The stored name made safe as a file name on every system, its extension kept when it is a plain one. */
function attachmentFileName(stored: string): string {
  const match = /^(.*?)(\.[A-Za-z0-9]{1,10})?$/.exec(stored.trim());
  const stem = match?.[1] || 'liite';
  return exportFileNameFor([stem], (match?.[2] ?? '').toLowerCase());
}
