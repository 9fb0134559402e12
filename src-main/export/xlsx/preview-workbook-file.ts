import type { WorkbookImportPreview } from '../../api/contract/documents.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { fileChecksum } from './file-checksum.js';
import { matrixViewOfVersion } from './load-matrix-workbook.js';
import { planWorkbookImport } from './plan-workbook-import.js';
import { readMatrixWorkbook } from './read-matrix-workbook.js';

/** What an uploaded workbook would change in a draft; only a draft takes one (a frozen version is refused first). */
export async function previewWorkbookFile(context: ReadContext, versionId: string, bytes: Uint8Array): Promise<WorkbookImportPreview> {
  const draft = await matrixViewOfVersion(context, versionId);
  if (draft.version.status !== 'draft') throw new AppError('version_frozen', {}, ['versionId']);
  const plan = planWorkbookImport(await readMatrixWorkbook(bytes), draft);
  return { versionId: draft.version.id, ...plan, checksum: fileChecksum(bytes) };
}
