import JSZip from 'jszip';
import { AppError } from '../../domain/shared/app-error.js';
import { checkUploadedZip } from '../uploaded-file.js';
import { type FilledForm, readReviewFormDocx } from './read-review-form-docx.js';
import { readReviewFormXlsx } from './read-review-form-xlsx.js';

/**
 * A filled review form, whichever kind it is: told by what is inside the file (a member may rename
 * it), not by its name. Anything else — a PDF, an old .doc, a photo, another workbook — is refused.
 */
export async function readReviewForm(bytes: Uint8Array): Promise<FilledForm> {
  checkUploadedZip(bytes, 'form_unreadable');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('form_unreadable');
  }
  if (zip.file('word/document.xml')) return readReviewFormDocx(zip);
  if (zip.file('xl/workbook.xml')) return readReviewFormXlsx(bytes);
  throw new AppError('form_unreadable');
}
