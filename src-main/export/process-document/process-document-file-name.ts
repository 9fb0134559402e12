import { exportFileNameFor } from '../../session/file-host.js';
import { documentTexts } from './document-texts.js';
import { pick } from '../word/docx-parts.js';
import type { ProcessDocumentModel } from './process-document-model.js';

/** "Prosessikuvaus-Maahanmuuttaneen-asiakasprosessi-2026-11-23.docx"; the network's name for several processes. */
export function processDocumentFileName(model: ProcessDocumentModel): string {
  const subject = model.processes.length === 1 ? (pick(model.processes[0]!.detail.name, model.locale) ?? '') : model.network.name;
  return exportFileNameFor([documentTexts(model.locale).documentName, subject, model.date], '.docx');
}
