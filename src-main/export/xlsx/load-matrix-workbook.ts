import type { MatrixView } from '../../api/contract/matrices.js';
import { getMatrixView } from '../../domain/matrices/matrix-view.js';
import { findVersionOrThrow } from '../../domain/matrices/version-state.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { exportFileNameFor } from '../../session/file-host.js';
import type { MatrixWorkbookInput } from './matrix-workbook.js';
import { WORKBOOK_TEXTS } from './workbook-texts.js';

/** A version of a matrix by its id alone, read in the given language (names as on the version's date). */
export async function matrixViewOfVersion(context: ReadContext, versionId: string, locale: Locale = context.locale): Promise<MatrixView> {
  const version = await findVersionOrThrow(context.db, versionId);
  return getMatrixView({ ...context, locale }, version.matrix_id, version.id);
}

/** Everything the matrix workbook is drawn from, read from the open network. */
export async function loadMatrixWorkbookInput(context: ReadContext, versionId: string, locale: Locale): Promise<MatrixWorkbookInput> {
  const [view, network] = await Promise.all([matrixViewOfVersion(context, versionId, locale), readNetworkInfo(context.db)]);
  return { view, locale, networkName: pickLocalized(network.name, locale)?.text ?? '', demo: network.isDemo, exportedOn: context.today };
}

/** "Vastuumatriisi-Maahanmuuttajan-asiakasprosessi-v2.xlsx" */
export function matrixWorkbookFileName(input: MatrixWorkbookInput): string {
  const name = pickLocalized(input.view.matrix.name, input.locale)?.text ?? '';
  return exportFileNameFor([WORKBOOK_TEXTS[input.locale].matrixSheet, name, `v${input.view.version.number}`], '.xlsx');
}
