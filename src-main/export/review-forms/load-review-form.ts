import { AppError } from '../../domain/shared/app-error.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { exportFileNameFor } from '../../session/file-host.js';
import { matrixViewOfVersion } from '../xlsx/load-matrix-workbook.js';
import { FORM_TEXTS } from './form-texts.js';
import { type ReviewFormData, reviewFormData } from './review-form-data.js';

/** One member's form for a version in review (a form for a draft could never be imported). */
export async function loadReviewForm(context: ReadContext, versionId: string, actorId: string, locale: Locale): Promise<ReviewFormData> {
  const [view, network] = await Promise.all([matrixViewOfVersion(context, versionId, locale), readNetworkInfo(context.db)]);
  if (view.version.status !== 'in_review') throw new AppError('review_not_open', {}, ['versionId']);
  return reviewFormData(view, actorId, { locale, networkName: pickLocalized(network.name, locale)?.text ?? '', demo: network.isDemo, exportedOn: context.today });
}

/** "lausuntolomake-Hämeen-työllisyysalue-Maahanmuuttajan-asiakasprosessi-v2.docx" */
export function reviewFormFileName(form: ReviewFormData, format: 'docx' | 'xlsx'): string {
  return exportFileNameFor([FORM_TEXTS[form.locale].fileStem, form.actorName, form.matrixName, `v${form.versionNumber}`], `.${format}`);
}
