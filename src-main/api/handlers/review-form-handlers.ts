import type { documentsContract } from '../contract/documents.js';
import { writeReviewAnswers } from '../../domain/matrices/review-commands.js';
import { AppError } from '../../domain/shared/app-error.js';
import { saveExport } from '../../export/export-file.js';
import { loadReviewForm, reviewFormFileName } from '../../export/review-forms/load-review-form.js';
import { previewFormFile } from '../../export/review-forms/preview-form-file.js';
import { decodeUpload } from '../../export/uploaded-file.js';
import { fileChecksum } from '../../export/xlsx/file-checksum.js';
import type { HandlersFor } from './handler-context.js';

type ReviewFormMethods = Pick<typeof documentsContract, 'reviewForms.export' | 'reviewForms.preview' | 'reviewForms.import'>;

export const reviewFormHandlers: HandlersFor<ReviewFormMethods> = {
  /** Lausuntolomake for one member; refused (before the save dialog) unless the version is in review and the member holds letters. */
  'reviewForms.export': async ({ versionId, actorId, format, lang }, context) => {
    const form = await loadReviewForm(context, versionId, actorId, lang);
    return saveExport(context.session, reviewFormFileName(form, format), { kind: 'reviewForm', form, format });
  },

  'reviewForms.preview': async ({ contentBase64 }, context) => (await previewFormFile(context, decodeUpload(contentBase64))).preview,

  /** The previewed file's answers, all or nothing (the dispatcher's one transaction), as answers that came on a form. */
  'reviewForms.import': async ({ contentBase64, checksum }, context) => {
    const bytes = decodeUpload(contentBase64);
    if (fileChecksum(bytes) !== checksum) throw new AppError('import_file_changed', {}, ['checksum']);
    const { preview, toRecord } = await previewFormFile(context, bytes);
    if (toRecord.length === 0) throw new AppError('form_no_answers');
    await writeReviewAnswers(context, preview.versionId, preview.actorId, toRecord, 'form');
    return preview;
  },
};
