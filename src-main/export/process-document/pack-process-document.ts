import { Packer } from 'docx';
import { buildProcessDocument } from './build-process-document.js';
import type { ProcessDocumentModel } from './process-document-model.js';

/** The finished .docx bytes; the one place that packs the document (in the export worker). */
export async function packProcessDocument(model: ProcessDocumentModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildProcessDocument(model)));
}
