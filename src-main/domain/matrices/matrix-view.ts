import type { MatrixView, ReviewProgress } from '../../api/contract/matrices.js';
import { findMatrixRow, findVersionRows } from '../../db/repositories/matrix-repository.js';
import { findProcessNameRow } from '../../db/repositories/matrix-process-repository.js';
import { findAcceptanceRows, findReviewRows } from '../../db/repositories/matrix-review-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { pickLocalized } from '../shared/localized-text.js';
import { decisionPlaces } from '../meetings/decision-places.js';
import { actorsOnDate } from './matrix-actors.js';
import { summarizeFindings } from './matrix-checks.js';
import { toAcceptance, toCell, toColumn, toReviewAnswer, toTask, toVersionSummary } from './matrix-rows.js';
import { findingsOf, loadVersionState, type VersionState } from './version-state.js';

/**
 * One version of a matrix (the latest when none is named) with everything a screen or an export
 * needs in one call: rows, columns named as on the version's date, letters, the checks computed
 * from the same rows, the members' review answers and progress, and their acceptances.
 */
export async function getMatrixView(context: ReadContext, matrixId: string, versionId?: string): Promise<MatrixView> {
  const matrix = await findMatrixRow(context.db, matrixId);
  if (!matrix) throw new AppError('not_found', { id: matrixId }, ['matrixId']);
  const versions = await findVersionRows(context.db, [matrixId]);
  const version = versionId ? versions.find((row) => row.id === versionId) : versions[0];
  if (!version) throw new AppError('not_found', { id: versionId ?? matrixId }, ['versionId']);

  const [state, reviewRows, acceptanceRows, process] = await Promise.all([
    loadVersionState(context.db, version, context.locale),
    findReviewRows(context.db, version.id),
    findAcceptanceRows(context.db, version.id),
    matrix.process_id ? findProcessNameRow(context.db, matrix.process_id) : Promise.resolve(undefined),
  ]);
  // Answers and acceptances come from columns, but a column may since have left a draft.
  const others = [...reviewRows, ...acceptanceRows].map((row) => row.actor_id).filter((id) => !state.actors.has(id));
  const actors = new Map([...state.actors, ...(await actorsOnDate(context.db, others, version.valid_on, context.locale))]);

  // the meeting decisions that approved a version or recorded an acceptance, as "3/2026, 5 §"
  const decisionIds = [...versions.map((row) => row.approved_by_decision_id), ...acceptanceRows.map((row) => row.decision_id)];
  const places = await decisionPlaces(context.db, decisionIds, context.locale);

  const findings = findingsOf(state);
  const reviews = reviewRows.map(toReviewAnswer);
  // a cell is one (task, actor) pair, so an actor's letters count the tasks it is asked to review
  const lettersByActor = new Map<string, number>();
  for (const cell of state.cells) lettersByActor.set(cell.actor_id, (lettersByActor.get(cell.actor_id) ?? 0) + 1);
  // Answers of an earlier round (before the version went back to draft and was sent again) stay on
  // record, but they answered other letters: the progress counts this round's answers only.
  const sentAt = version.sent_to_review_at;
  const thisRound = sentAt === null ? reviews : reviews.filter((answer) => answer.recordedAt >= sentAt);
  const reviewProgress = state.columns.map((column): ReviewProgress => {
    const own = thisRound.filter((answer) => answer.actorId === column.actor_id);
    return {
      actorId: column.actor_id,
      actorName: actors.get(column.actor_id)?.name ?? '?',
      tasksToReview: lettersByActor.get(column.actor_id) ?? 0,
      agreed: own.filter((answer) => answer.verdict === 'agree').length,
      commented: own.filter((answer) => answer.verdict === 'comment').length,
      openComments: own.filter((answer) => answer.verdict === 'comment' && answer.resolution === null).length,
    };
  });

  return {
    matrix: {
      id: matrix.id,
      name: fromStoredLocalized(matrix, 'name'),
      processId: matrix.process_id,
      processName: process ? (pickLocalized(fromStoredLocalized(process, 'name'), context.locale)?.text ?? null) : null,
      thresholds: { maxConsulted: matrix.threshold_consulted, maxInformed: matrix.threshold_informed },
      archived: matrix.archived_at !== null,
      rowVersion: matrix.row_version,
    },
    version: toVersionSummary(version, places),
    versions: versions.map((row) => toVersionSummary(row, places)),
    tasks: state.tasks.map((task) => toTask(task, context.locale)),
    columns: state.columns.map((column) => toColumn(column, actors.get(column.actor_id), context.locale)),
    cells: sortCells(state).map(toCell),
    findings,
    summary: summarizeFindings(findings),
    reviews,
    reviewProgress,
    acceptances: acceptanceRows.map((row) => toAcceptance(row, actors.get(row.actor_id)?.name ?? '?', places)),
  };
}

/** Row by row, left to right: the same version reads the same every time. */
export function sortCells(state: Pick<VersionState, 'tasks' | 'columns' | 'cells'>): VersionState['cells'] {
  const taskPlace = new Map(state.tasks.map((task, index) => [task.id, index]));
  const columnPlace = new Map(state.columns.map((column, index) => [column.actor_id, index]));
  return [...state.cells].sort(
    (a, b) => (taskPlace.get(a.task_id) ?? 0) - (taskPlace.get(b.task_id) ?? 0) || (columnPlace.get(a.actor_id) ?? 0) - (columnPlace.get(b.actor_id) ?? 0),
  );
}
