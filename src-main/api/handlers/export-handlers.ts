import type { documentsContract } from '../contract/documents.js';
import { AppError } from '../../domain/shared/app-error.js';
import { saveExport, wasWrittenIn } from '../../export/export-file.js';
import { loadProcessDocumentModel } from '../../export/process-document/load-process-document-model.js';
import { processDocumentFileName } from '../../export/process-document/process-document-file-name.js';
import type { HandlersFor } from './handler-context.js';

type ExportMethods = Pick<typeof documentsContract, 'exports.processDocument' | 'exports.open'>;

export const exportHandlers: HandlersFor<ExportMethods> = {
  /**
   * The data is read here (the data file stays in the main thread) and checked before the save
   * dialog opens, so an unknown process is refused without asking for a file name; the document
   * is built in a worker and written whole.
   */
  'exports.processDocument': async ({ processIds, all, lang }, context) => {
    const model = await loadProcessDocumentModel(context, all ? 'all' : (processIds ?? []), lang);
    return saveExport(context.session, processDocumentFileName(model), { kind: 'processDocument', model });
  },

  /** Only a file this session exported: the page cannot make the app open any other path. */
  'exports.open': async ({ path }, context) => {
    if (!wasWrittenIn(context.session, path)) throw new AppError('export_not_written_here', {}, ['path']);
    return { opened: await context.session.options.fileHost.openExternally(path) };
  },
};
