import type { MatrixComparison } from '../../api/contract/matrices.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { decisionPlaces } from '../meetings/decision-places.js';
import { compareVersions, type DiffSide } from './matrix-diff.js';
import { toTask, toVersionSummary } from './matrix-rows.js';
import { findVersionOrThrow, loadVersionState } from './version-state.js';

/** Any two versions of one matrix, compared cell by cell (each named as on its own date). */
export async function compareMatrixVersions(context: ReadContext, fromVersionId: string, toVersionId: string): Promise<MatrixComparison> {
  const [from, to] = await Promise.all([findVersionOrThrow(context.db, fromVersionId, ['fromVersionId']), findVersionOrThrow(context.db, toVersionId, ['toVersionId'])]);
  if (from.matrix_id !== to.matrix_id) throw new AppError('matrix_versions_differ', {}, ['toVersionId']);
  const side = async (version: typeof from): Promise<DiffSide> => {
    const state = await loadVersionState(context.db, version, context.locale);
    const tasks = state.tasks.map((task) => toTask(task, context.locale));
    const lineage = new Map(tasks.map((task) => [task.id, task.lineageId]));
    return {
      tasks,
      actors: state.columns.map((column) => ({ actorId: column.actor_id, name: state.actors.get(column.actor_id)?.name ?? '?' })),
      cells: state.cells.map((cell) => ({ lineageId: lineage.get(cell.task_id)!, actorId: cell.actor_id, letter: cell.letter as DiffSide['cells'][number]['letter'] })),
    };
  };
  const [before, after] = await Promise.all([side(from), side(to)]);
  const places = await decisionPlaces(context.db, [from.approved_by_decision_id, to.approved_by_decision_id], context.locale);
  return { from: toVersionSummary(from, places), to: toVersionSummary(to, places), ...compareVersions(before, after) };
}
