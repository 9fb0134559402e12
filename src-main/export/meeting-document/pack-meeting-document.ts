import { Packer } from 'docx';
import { buildMeetingDocument } from './build-meeting-document.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';

/** The finished .docx bytes of an agenda or a record (in the export worker). */
export async function packMeetingDocument(model: MeetingDocumentModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildMeetingDocument(model)));
}
