import type { ReviewFormPreview, ReviewFormPreviewAnswer } from '../../api/contract/documents.js';
import type { MatrixView } from '../../api/contract/matrices.js';
import type { ReviewAnswerInput } from '../../domain/matrices/review-commands.js';
import { AppError } from '../../domain/shared/app-error.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import { containsPersonalIdentityCode } from '../../domain/shared/personal-identity-code.js';
import type { Locale } from '../../i18n/locales.js';
import { statusName } from '../raci-legend.js';
import { answerOf, type ReadAnswer } from './answer-marks.js';
import type { FilledForm } from './read-review-form-docx.js';
import { tasksChecksum } from './tasks-checksum.js';

/** As long as a comment may be in the app (reviews.record). */
export const MAX_COMMENT_LENGTH = 5000;

/**
 * What a filled form would record in the version it was made for, checked against that version
 * as it stands now: still in review, the member still a column, the tasks and letters unchanged.
 * Returns the preview and the answers to write (new or changed ones; the same answer again is
 * not written twice). Nothing is written here.
 */
export function previewReviewForm(
  filled: FilledForm,
  view: MatrixView,
  fileChecksum: string,
  locale: Locale,
): { preview: ReviewFormPreview; toRecord: ReviewAnswerInput[] } {
  const { identity } = filled;
  const matrix = pickLocalized(view.matrix.name, locale)?.text ?? '';
  const formVersion = view.version.number;
  if (view.version.status !== 'in_review') {
    const current = view.versions.find((version) => version.status === 'in_review');
    if (current) throw new AppError('form_wrong_version', { matrix, formVersion, currentVersion: current.number });
    throw new AppError('form_review_closed', { matrix, formVersion, status: statusName(view.version.status, locale) });
  }
  const column = view.columns.find((entry) => entry.actorId === identity.actorId);
  if (!column) throw new AppError('form_wrong_actor', { matrix, formVersion });
  if (tasksChecksum(view) !== identity.tasksChecksum) throw new AppError('form_tasks_changed', { matrix });
  // The ids are only text in the file: a form whose member was swapped for another (or whose rows
  // were) would record answers on tasks that member was never asked about. Its rows must be exactly
  // the tasks where the named member holds a letter, as the export made them.
  const asked = view.tasks.filter((task) => view.cells.some((cell) => cell.taskId === task.id && cell.actorId === identity.actorId)).map((task) => task.id);
  if (asked.length !== identity.taskIds.length || asked.some((taskId, index) => identity.taskIds[index] !== taskId)) {
    throw new AppError('form_rows_not_actors', { matrix, formVersion, actor: column.name });
  }

  const answers = new Map<number, ReadAnswer>();
  for (const row of filled.rows) {
    const answer = answerOf(row);
    if (!answer) continue;
    if (row.number < 1 || row.number > identity.taskIds.length) throw new AppError('form_unknown_row', { number: row.number });
    const earlier = answers.get(row.number);
    if (earlier && (earlier.verdict !== answer.verdict || earlier.comment !== answer.comment)) throw new AppError('form_task_repeated', { number: row.number });
    if (answer.comment && answer.comment.length > MAX_COMMENT_LENGTH) throw new AppError('too_long', { maximum: MAX_COMMENT_LENGTH }, ['answers', row.number, 'comment']);
    if (answer.comment && containsPersonalIdentityCode(answer.comment)) throw new AppError('personal_identity_code', {}, ['answers', row.number, 'comment']);
    answers.set(row.number, answer);
  }

  const tasks = new Map(view.tasks.map((task) => [task.id, task]));
  const recorded = new Map(view.reviews.filter((review) => review.actorId === identity.actorId).map((review) => [review.taskId, review]));
  const previewAnswers: ReviewFormPreviewAnswer[] = [];
  const toRecord: ReviewAnswerInput[] = [];
  identity.taskIds.forEach((taskId, index) => {
    const answer = answers.get(index + 1) ?? null;
    const earlier = recorded.get(taskId);
    const change: ReviewFormPreviewAnswer['change'] = !answer
      ? 'unanswered'
      : !earlier
        ? 'new'
        : earlier.verdict === answer.verdict && (earlier.comment ?? null) === answer.comment
          ? 'same'
          : 'changed';
    previewAnswers.push({
      taskId,
      taskName: tasks.get(taskId)?.name ?? '?',
      letters: view.cells.filter((cell) => cell.taskId === taskId && cell.actorId === identity.actorId).map((cell) => cell.letter),
      verdict: answer?.verdict ?? null,
      comment: answer?.comment ?? null,
      change,
    });
    if (answer && (change === 'new' || change === 'changed')) toRecord.push({ taskId, verdict: answer.verdict, comment: answer.comment });
  });

  return {
    preview: {
      versionId: view.version.id,
      versionNumber: view.version.number,
      matrixName: matrix,
      actorId: identity.actorId,
      actorName: column.name,
      answers: previewAnswers,
      checksum: fileChecksum,
    },
    toRecord,
  };
}
