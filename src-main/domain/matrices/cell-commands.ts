import type { CellEditResult, MatrixCell } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import {
  bumpDraftVersion,
  deleteAcceptedWarningRow,
  deleteCellRows,
  insertAcceptedWarningRows,
  insertCellRows,
} from '../../db/repositories/matrix-draft-repository.js';
import type { MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { type CheckedCell, type Finding, type FindingCode, findingSeverity, summarizeFindings } from './matrix-checks.js';
import { isRaciLetter, type RaciLetter } from './raci.js';
import { cellOf, findingsOf, findVersionOrThrow, loadVersionState, type VersionState } from './version-state.js';

/** A cell as an editor or an import sends it: the letter is checked here too, not only by the contract. */
export interface CellInput {
  taskId: string;
  actorId: string;
  letter: string | null;
}

export interface WarningKey {
  code: FindingCode;
  taskId: string | null;
  actorId: string | null;
}

/** The version, when it is a draft; a frozen version is refused before anything is read further. */
export async function requireDraft(context: WriteContext, versionId: string): Promise<MatrixVersionRow> {
  const version = await findVersionOrThrow(context.db, versionId);
  if (version.status !== 'draft') throw new AppError('version_frozen', {}, ['versionId']);
  return version;
}

const key = (taskId: string, actorId: string) => `${taskId}\u0000${actorId}`;

/**
 * Sets letters of a draft (null empties a cell), all or nothing: every cell is checked before
 * anything is written. The result is small — the touched rows' letters and the checks — so one
 * keystroke costs the reads the checks need and two small writes.
 */
export async function setCells(context: WriteContext, versionId: string, expectedVersion: number, cells: readonly CellInput[]): Promise<CellEditResult> {
  const state = await loadVersionState(context.db, await requireDraft(context, versionId), context.locale);
  const taskIds = new Set(state.tasks.map((task) => task.id));
  const actorIds = new Set(state.columns.map((column) => column.actor_id));
  cells.forEach((cell, index) => {
    if (!taskIds.has(cell.taskId)) throw new AppError('matrix_task_not_in_version', { index }, ['cells', index, 'taskId']);
    if (!actorIds.has(cell.actorId)) throw new AppError('matrix_actor_not_column', { index }, ['cells', index, 'actorId']);
    if (cell.letter !== null && !isRaciLetter(cell.letter)) {
      throw new AppError('matrix_letter_invalid', { index, letter: String(cell.letter).slice(0, 10) }, ['cells', index, 'letter']);
    }
  });
  await bumpDraftVersion(context.db, versionId, expectedVersion, context.author.now.toISOString());

  const letters = new Map(state.cells.map((cell) => [key(cell.task_id, cell.actor_id), cell.letter as RaciLetter]));
  const wanted = new Map<string, { taskId: string; actorId: string; letter: RaciLetter | null }>();
  for (const cell of cells) wanted.set(key(cell.taskId, cell.actorId), { taskId: cell.taskId, actorId: cell.actorId, letter: cell.letter as RaciLetter | null });
  const changes = [...wanted.entries()]
    .filter(([position, cell]) => (letters.get(position) ?? null) !== cell.letter)
    .map(([position, cell]) => ({ ...cell, before: letters.get(position) ?? null }));

  await deleteCellRows(
    context.db,
    versionId,
    changes.filter((change) => change.before !== null),
  );
  await insertCellRows(
    context.db,
    changes.flatMap((change) => (change.letter ? [{ version_id: versionId, task_id: change.taskId, actor_id: change.actorId, letter: change.letter }] : [])),
  );
  if (changes.length > 0) {
    await recordChange(context.db, context.author, {
      entityType: 'matrix_version',
      entityId: versionId,
      operation: 'update',
      before: { cells: changes.map((change) => ({ taskId: change.taskId, actorId: change.actorId, letter: change.before })) },
      after: { cells: changes.map((change) => ({ taskId: change.taskId, actorId: change.actorId, letter: change.letter })) },
    });
  }
  for (const change of changes) {
    const position = key(change.taskId, change.actorId);
    if (change.letter) letters.set(position, change.letter);
    else letters.delete(position);
  }
  const after: CheckedCell[] = [...letters.entries()].map(([position, letter]) => {
    const [taskId, actorId] = position.split('\u0000') as [string, string];
    return { taskId, actorId, letter };
  });
  return editResult(state, expectedVersion + 1, after, new Set(cells.map((cell) => cell.taskId)));
}

/** Accepts a warning with a reason kept on record (who and when with it); errors cannot be accepted. */
export async function acceptWarning(
  context: WriteContext,
  versionId: string,
  expectedVersion: number,
  warning: WarningKey,
  reason: string,
): Promise<CellEditResult> {
  const state = await loadVersionState(context.db, await requireDraft(context, versionId), context.locale);
  if (findingSeverity(warning.code) === 'error') throw new AppError('finding_not_acceptable', {}, ['code']);
  const finding = findingsOf(state).find((candidate) => sameWarning(candidate, warning));
  if (!finding) throw new AppError('finding_not_found', {}, ['code']);
  await bumpDraftVersion(context.db, versionId, expectedVersion, context.author.now.toISOString());
  // A second acceptance of the same warning replaces the reason; the log keeps the earlier one.
  await deleteAcceptedWarningRow(context.db, versionId, warning);
  const row = {
    id: newId(context.author.now.getTime()),
    version_id: versionId,
    code: warning.code,
    task_id: warning.taskId,
    actor_id: warning.actorId,
    reason,
    accepted_by: context.author.changedBy,
    accepted_at: context.author.now.toISOString(),
  };
  await insertAcceptedWarningRows(context.db, [row]);
  await recordChange(context.db, context.author, {
    entityType: 'matrix_version',
    entityId: versionId,
    operation: 'update',
    before: finding.acceptedReason === null ? null : { acceptedWarning: { ...warning, reason: finding.acceptedReason } },
    after: { acceptedWarning: row },
  });
  const accepted = [...state.accepted.filter((candidate) => !sameWarning(toKey(candidate), warning)), row];
  return editResult({ ...state, accepted }, expectedVersion + 1, state.cells.map(cellOf), new Set(warning.taskId ? [warning.taskId] : []));
}

/** Takes back an accepted warning: it counts as open again. */
export async function withdrawWarningAcceptance(context: WriteContext, versionId: string, expectedVersion: number, warning: WarningKey): Promise<CellEditResult> {
  const state = await loadVersionState(context.db, await requireDraft(context, versionId), context.locale);
  const existing = state.accepted.find((candidate) => sameWarning(toKey(candidate), warning));
  if (!existing) throw new AppError('finding_not_found', {}, ['code']);
  await bumpDraftVersion(context.db, versionId, expectedVersion, context.author.now.toISOString());
  await deleteAcceptedWarningRow(context.db, versionId, warning);
  await recordChange(context.db, context.author, { entityType: 'matrix_version', entityId: versionId, operation: 'update', before: { acceptedWarning: existing } });
  const accepted = state.accepted.filter((candidate) => candidate !== existing);
  return editResult({ ...state, accepted }, expectedVersion + 1, state.cells.map(cellOf), new Set(warning.taskId ? [warning.taskId] : []));
}

function editResult(state: VersionState, versionRowVersion: number, cells: readonly CheckedCell[], touchedTasks: ReadonlySet<string>): CellEditResult {
  const findings: Finding[] = findingsOf(state, cells);
  const columnPlace = new Map(state.columns.map((column, index) => [column.actor_id, index]));
  const touched: MatrixCell[] = cells
    .filter((cell) => touchedTasks.has(cell.taskId))
    .sort((a, b) => a.taskId.localeCompare(b.taskId) || (columnPlace.get(a.actorId) ?? 0) - (columnPlace.get(b.actorId) ?? 0));
  return { versionRowVersion, cells: touched, findings, summary: summarizeFindings(findings) };
}

const toKey = (row: { code: string; task_id: string | null; actor_id: string | null }): WarningKey => ({
  code: row.code as FindingCode,
  taskId: row.task_id,
  actorId: row.actor_id,
});

function sameWarning(a: WarningKey, b: WarningKey): boolean {
  return a.code === b.code && a.taskId === b.taskId && a.actorId === b.actorId;
}
