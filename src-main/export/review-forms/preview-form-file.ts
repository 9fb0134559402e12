import type { ReviewFormPreview } from '../../api/contract/documents.js';
import { getMatrixView } from '../../domain/matrices/matrix-view.js';
import type { ReviewAnswerInput } from '../../domain/matrices/review-commands.js';
import { findVersionOrThrow } from '../../domain/matrices/version-state.js';
import { AppError, isAppError } from '../../domain/shared/app-error.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { fileChecksum } from '../xlsx/file-checksum.js';
import { previewReviewForm } from './preview-review-form.js';
import { readReviewForm } from './read-review-form.js';

/** Reads an uploaded form and checks it against the version it names, as that version stands now. */
export async function previewFormFile(context: ReadContext, bytes: Uint8Array): Promise<{ preview: ReviewFormPreview; toRecord: ReviewAnswerInput[] }> {
  const filled = await readReviewForm(bytes);
  const version = await findVersionOrThrow(context.db, filled.identity.versionId).catch((error: unknown) => {
    throw isAppError(error) && error.code === 'not_found' ? new AppError('form_unknown_version') : error;
  });
  // a form from another network file could share nothing but a forged version id
  if (version.matrix_id !== filled.identity.matrixId) throw new AppError('form_unknown_version');
  const view = await getMatrixView(context, version.matrix_id, version.id);
  return previewReviewForm(filled, view, fileChecksum(bytes), context.locale);
}
