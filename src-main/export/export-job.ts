import type { ProcessDocumentModel } from './process-document/process-document-model.js';

/** What the main thread asks of the export worker, and its answer: plain data both ways. */
export type ExportJob = { kind: 'processDocument'; model: ProcessDocumentModel };

export type ExportReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
