import type { MatrixView } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import {
  changeVersionRow,
  insertAcceptedWarningRows,
  insertCellRows,
  insertColumnRows,
  insertDraftVersionRow,
  insertTaskRows,
} from '../../db/repositories/matrix-draft-repository.js';
import { findMatrixRow, findVersionRow, findVersionRows } from '../../db/repositories/matrix-repository.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { summarizeFindings } from './matrix-checks.js';
import { toVersionSummary } from './matrix-rows.js';
import { getMatrixView } from './matrix-view.js';
import { findingsOf, findVersionOrThrow, loadVersionState } from './version-state.js';

/**
 * A version's life: draft → in review (frozen) → approved (the earlier approved one becomes
 * superseded); a version in review can go back to draft; a new draft starts from a version.
 */

export async function sendToReview(context: WriteContext, versionId: string, expectedVersion: number, reviewDeadline: string | null): Promise<MatrixView> {
  const version = await findVersionOrThrow(context.db, versionId);
  if (version.status !== 'draft') throw new AppError('version_frozen', {}, ['versionId']);
  const state = await loadVersionState(context.db, version, context.locale);
  const { errors } = summarizeFindings(findingsOf(state));
  if (errors > 0) throw new AppError('matrix_has_errors', { count: errors }, ['versionId']);
  const now = context.author.now.toISOString();
  await changeVersionRow(context.db, versionId, expectedVersion, 'draft', 'version_frozen', {
    status: 'in_review',
    frozen_threshold_consulted: state.matrix.threshold_consulted,
    frozen_threshold_informed: state.matrix.threshold_informed,
    sent_to_review_at: now,
    review_deadline: reviewDeadline,
    updated_at: now,
  });
  return logged(context, version.matrix_id, versionId, toVersionSummary(version));
}

/** Approval freezes the version for good; the one approved before it becomes superseded. */
export async function approveVersion(
  context: WriteContext,
  versionId: string,
  expectedVersion: number,
  approvedOn: string,
  approvalReference: string | null,
): Promise<MatrixView> {
  const version = await findVersionOrThrow(context.db, versionId);
  const now = context.author.now.toISOString();
  await changeVersionRow(context.db, versionId, expectedVersion, 'in_review', 'version_not_in_review', {
    status: 'approved',
    approved_at: approvedOn,
    approved_by: context.author.changedBy,
    approval_reference: approvalReference,
    updated_at: now,
  });
  const earlier = (await findVersionRows(context.db, [version.matrix_id])).filter((row) => row.status === 'approved' && row.id !== versionId);
  for (const row of earlier) {
    await context.db
      .updateTable('matrix_version')
      .set({ status: 'superseded', updated_at: now, row_version: row.row_version + 1 })
      .where('id', '=', row.id)
      .where('status', '=', 'approved')
      .execute();
    await recordChange(context.db, context.author, {
      entityType: 'matrix_version',
      entityId: row.id,
      operation: 'update',
      before: toVersionSummary(row),
      after: toVersionSummary((await findVersionRow(context.db, row.id))!),
    });
  }
  return logged(context, version.matrix_id, versionId, toVersionSummary(version));
}

/** Back to draft for more changes; the review answers stay on record. */
export async function returnToDraft(context: WriteContext, versionId: string, expectedVersion: number): Promise<MatrixView> {
  const version = await findVersionOrThrow(context.db, versionId);
  await changeVersionRow(context.db, versionId, expectedVersion, 'in_review', 'version_not_in_review', {
    status: 'draft',
    sent_to_review_at: null,
    review_deadline: null,
    frozen_threshold_consulted: null,
    frozen_threshold_informed: null,
    updated_at: context.author.now.toISOString(),
  });
  return logged(context, version.matrix_id, versionId, toVersionSummary(version));
}

/**
 * A new draft copied from a version (by default the approved one): the same rows (new ids, the
 * same lineage, so reviews and comparisons pair them), columns, letters and accepted warnings.
 * Refused while the matrix has a draft or a version in review: one version is worked on at a time.
 */
export async function newDraft(
  context: WriteContext,
  matrixId: string,
  options: { fromVersionId?: string; validOn?: string | null; note?: string | null },
): Promise<MatrixView> {
  if (!(await findMatrixRow(context.db, matrixId))) throw new AppError('not_found', { id: matrixId }, ['matrixId']);
  const versions = await findVersionRows(context.db, [matrixId]);
  const open = versions.find((row) => row.status === 'draft' || row.status === 'in_review');
  if (open) throw new AppError('matrix_draft_exists', { number: open.number }, ['matrixId']);
  const from = options.fromVersionId
    ? versions.find((row) => row.id === options.fromVersionId)
    : (versions.find((row) => row.status === 'approved') ?? versions[0]);
  if (!from) throw new AppError('not_found', { id: options.fromVersionId ?? matrixId }, ['fromVersionId']);
  const source = await loadVersionState(context.db, from, context.locale);

  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const bookkeeping = { created_at: now, updated_at: now, row_version: 1 };
  await insertDraftVersionRow(context.db, {
    id,
    matrixId,
    number: Math.max(...versions.map((row) => row.number)) + 1,
    basedOnVersionId: from.id,
    validOn: options.validOn ?? context.today,
    note: options.note ?? null,
    now,
  });
  const taskIds = new Map(source.tasks.map((task) => [task.id, newId(context.author.now.getTime())]));
  await insertTaskRows(
    context.db,
    source.tasks.map((task) => ({ ...task, id: taskIds.get(task.id)!, version_id: id, ...bookkeeping })),
  );
  await insertColumnRows(
    context.db,
    source.columns.map((column) => ({ ...column, version_id: id })),
  );
  await insertCellRows(
    context.db,
    source.cells.map((cell) => ({ ...cell, version_id: id, task_id: taskIds.get(cell.task_id)! })),
  );
  await insertAcceptedWarningRows(
    context.db,
    source.accepted.map((warning) => ({
      ...warning,
      id: newId(context.author.now.getTime()),
      version_id: id,
      task_id: warning.task_id === null ? null : taskIds.get(warning.task_id)!,
    })),
  );
  const created = await getMatrixView(context, matrixId, id);
  await recordChange(context.db, context.author, { entityType: 'matrix_version', entityId: id, operation: 'create', after: created.version });
  return created;
}

async function logged(context: WriteContext, matrixId: string, versionId: string, before: object): Promise<MatrixView> {
  const view = await getMatrixView(context, matrixId, versionId);
  await recordChange(context.db, context.author, { entityType: 'matrix_version', entityId: versionId, operation: 'update', before, after: view.version });
  return view;
}
