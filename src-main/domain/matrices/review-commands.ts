import type { MatrixView, ReviewSource, ReviewVerdict } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findColumnRows, findTaskRows, type MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import { findReviewRow, findReviewRows } from '../../db/repositories/matrix-review-repository.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { getMatrixView } from './matrix-view.js';
import { findVersionOrThrow } from './version-state.js';

export interface ReviewAnswerInput {
  taskId: string;
  verdict: ReviewVerdict;
  comment: string | null;
}

/**
 * Lausuntokierros: a member's answers on tasks of a version in review, whether given in the app,
 * on a returned form, or entered by the coordinator from an e-mail. One answer per member and
 * task: a new answer replaces the earlier one (and reopens a comment that had been answered).
 * All answers are checked before any is written.
 */
export async function recordReviewAnswers(
  context: WriteContext,
  versionId: string,
  actorId: string,
  answers: readonly ReviewAnswerInput[],
  source: ReviewSource,
): Promise<MatrixView> {
  const version = await writeReviewAnswers(context, versionId, actorId, answers, source);
  return getMatrixView(context, version.matrix_id, versionId);
}

/** The answers written, without the version's view after them (a form's import answers with its preview instead). */
export async function writeReviewAnswers(
  context: WriteContext,
  versionId: string,
  actorId: string,
  answers: readonly ReviewAnswerInput[],
  source: ReviewSource,
): Promise<MatrixVersionRow> {
  const version = await findVersionOrThrow(context.db, versionId);
  if (version.status !== 'in_review') throw new AppError('review_not_open', {}, ['versionId']);
  const [tasks, columns] = await Promise.all([findTaskRows(context.db, versionId), findColumnRows(context.db, versionId)]);
  if (!columns.some((column) => column.actor_id === actorId)) throw new AppError('matrix_actor_not_column', {}, ['actorId']);
  const taskIds = new Set(tasks.map((task) => task.id));
  answers.forEach((answer, index) => {
    if (!taskIds.has(answer.taskId)) throw new AppError('matrix_task_not_in_version', { index }, ['answers', index, 'taskId']);
    if (answer.verdict === 'comment' && !answer.comment) throw new AppError('review_comment_required', { index }, ['answers', index, 'comment']);
  });

  // The last answer on a task in one call wins, as it would in two calls.
  const latest = new Map(answers.map((answer) => [answer.taskId, answer]));
  const earlier = new Map(
    (await findReviewRows(context.db, versionId)).filter((row) => row.actor_id === actorId && latest.has(row.task_id)).map((row) => [row.task_id, row]),
  );
  const now = context.author.now.toISOString();
  for (const answer of latest.values()) {
    // Delete and insert rather than an upsert: reads the same in SQLite and PostgreSQL.
    const replaced = earlier.get(answer.taskId);
    if (replaced) await context.db.deleteFrom('matrix_review').where('id', '=', replaced.id).execute();
    const row = {
      id: newId(context.author.now.getTime()),
      version_id: versionId,
      actor_id: actorId,
      task_id: answer.taskId,
      verdict: answer.verdict,
      comment: answer.comment,
      source,
      resolution: null,
      recorded_by: context.author.changedBy,
      recorded_at: now,
    };
    await context.db.insertInto('matrix_review').values(row).execute();
    await recordChange(context.db, context.author, { entityType: 'matrix_review', entityId: row.id, operation: 'create', before: replaced ?? null, after: row });
  }
  return version;
}

/** The coordinator answers a member's comment, which closes it; only while the version is in review or back in draft. */
export async function resolveReview(context: WriteContext, reviewId: string, resolution: string): Promise<MatrixView> {
  const before = await findReviewRow(context.db, reviewId);
  if (!before) throw new AppError('not_found', { id: reviewId }, ['reviewId']);
  if (before.verdict !== 'comment') throw new AppError('review_not_comment', {}, ['reviewId']);
  // An approved (or since superseded) version was approved with its review record as it stood.
  const version = await findVersionOrThrow(context.db, before.version_id);
  if (version.status === 'approved' || version.status === 'superseded') throw new AppError('review_closed', {}, ['reviewId']);
  await context.db.updateTable('matrix_review').set({ resolution }).where('id', '=', reviewId).execute();
  await recordChange(context.db, context.author, { entityType: 'matrix_review', entityId: reviewId, operation: 'update', before, after: { ...before, resolution } });
  return getMatrixView(context, version.matrix_id, version.id);
}
