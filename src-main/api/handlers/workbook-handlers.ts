import type { documentsContract } from '../contract/documents.js';
import { setCells } from '../../domain/matrices/cell-commands.js';
import { AppError } from '../../domain/shared/app-error.js';
import { saveExport } from '../../export/export-file.js';
import { decodeUpload } from '../../export/uploaded-file.js';
import { loadMatrixWorkbookInput, matrixWorkbookFileName } from '../../export/xlsx/load-matrix-workbook.js';
import { previewWorkbookFile } from '../../export/xlsx/preview-workbook-file.js';
import type { HandlersFor } from './handler-context.js';

type WorkbookMethods = Pick<typeof documentsContract, 'exports.matrixWorkbook' | 'matrices.previewWorkbook' | 'matrices.importWorkbook'>;

export const workbookHandlers: HandlersFor<WorkbookMethods> = {
  /** The version is read (an unknown one refused) before the save dialog opens; the workbook is built in the export worker. */
  'exports.matrixWorkbook': async ({ versionId, lang }, context) => {
    const input = await loadMatrixWorkbookInput(context, versionId, lang);
    return saveExport(context.session, matrixWorkbookFileName(input), { kind: 'matrixWorkbook', input });
  },

  'matrices.previewWorkbook': async ({ versionId, contentBase64 }, context) => previewWorkbookFile(context, versionId, decodeUpload(contentBase64)),

  /**
   * Writes what the preview showed: the same file (by its checksum), no problems, and the letters
   * through the draft's own cell command, so its checks, freezing and version conflicts apply.
   */
  'matrices.importWorkbook': async ({ versionId, contentBase64, checksum, expectedVersion }, context) => {
    const preview = await previewWorkbookFile(context, versionId, decodeUpload(contentBase64));
    if (preview.checksum !== checksum) throw new AppError('import_file_changed', {}, ['checksum']);
    if (preview.problems.length > 0) throw new AppError('workbook_has_problems', { count: preview.problems.length });
    if (preview.changes.length > 0) {
      await setCells(
        context,
        versionId,
        expectedVersion,
        preview.changes.map((change) => ({ taskId: change.taskId, actorId: change.actorId, letter: change.after })),
      );
    }
    return preview;
  },
};
