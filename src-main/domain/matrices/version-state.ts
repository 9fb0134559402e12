import {
  type AcceptedWarningRow,
  findAcceptedWarningRows,
  findCellRows,
  findColumnRows,
  findMatrixRow,
  findTaskRows,
  findVersionRow,
  type MatrixCellRow,
  type MatrixColumnRow,
  type MatrixRow,
  type MatrixTaskRow,
  type MatrixVersionRow,
} from '../../db/repositories/matrix-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredBoolean } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { AppError } from '../shared/app-error.js';
import { type ActorOnDate, actorsOnDate } from './matrix-actors.js';
import { checkMatrix, type CheckedCell, type CheckThresholds, type Finding } from './matrix-checks.js';
import { toAcceptedWarning } from './matrix-rows.js';
import type { RaciLetter } from './raci.js';

/** Everything the checks of one version need, read once. */
export interface VersionState {
  matrix: MatrixRow;
  version: MatrixVersionRow;
  tasks: MatrixTaskRow[];
  columns: MatrixColumnRow[];
  cells: MatrixCellRow[];
  accepted: AcceptedWarningRow[];
  /** the column actors as on the version's date */
  actors: Map<string, ActorOnDate>;
}

export async function findVersionOrThrow(db: Queryable, versionId: string, path: ReadonlyArray<string | number> = ['versionId']): Promise<MatrixVersionRow> {
  const version = await findVersionRow(db, versionId);
  if (!version) throw new AppError('not_found', { id: versionId }, path);
  return version;
}

export async function loadVersionState(db: Queryable, version: MatrixVersionRow, locale: Locale): Promise<VersionState> {
  const [matrix, tasks, columns, cells, accepted] = await Promise.all([
    findMatrixRow(db, version.matrix_id),
    findTaskRows(db, version.id),
    findColumnRows(db, version.id),
    findCellRows(db, version.id),
    findAcceptedWarningRows(db, version.id),
  ]);
  if (!matrix) throw new AppError('not_found', { id: version.matrix_id });
  const actors = await actorsOnDate(
    db,
    columns.map((column) => column.actor_id),
    version.valid_on,
    locale,
  );
  return { matrix, version, tasks, columns, cells, accepted, actors };
}

/** The findings of a version; `cells` may be the letters as they will be after an edit. */
export function findingsOf(state: VersionState, cells: readonly CheckedCell[] = state.cells.map(cellOf)): Finding[] {
  return checkMatrix({
    tasks: state.tasks.map((task) => ({ id: task.id, statutory: fromStoredBoolean(task.statutory) })),
    actors: state.columns.map(
      (column) => state.actors.get(column.actor_id) ?? { id: column.actor_id, isPublicAuthority: false, archived: false, superseded: false },
    ),
    cells,
    thresholds: thresholdsOf(state),
    accepted: state.accepted.map(toAcceptedWarning),
  });
}

/** A frozen version keeps the limits it was reviewed with; a draft follows the matrix's current ones. */
export function thresholdsOf(state: Pick<VersionState, 'matrix' | 'version'>): CheckThresholds {
  return {
    maxConsulted: state.version.frozen_threshold_consulted ?? state.matrix.threshold_consulted,
    maxInformed: state.version.frozen_threshold_informed ?? state.matrix.threshold_informed,
  };
}

export const cellOf = (row: MatrixCellRow): CheckedCell => ({ taskId: row.task_id, actorId: row.actor_id, letter: row.letter as RaciLetter });
