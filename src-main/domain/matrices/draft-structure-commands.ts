import type { LocalizedText } from '../../api/contract/common.js';
import type { MatrixView } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findSuccessionRows } from '../../db/repositories/actor-repository.js';
import {
  bumpDraftVersion,
  deleteCellRows,
  deleteColumnRow,
  deleteTaskRow,
  insertCellRows,
  insertColumnRows,
  insertTaskRows,
  setColumnOrder,
  setTaskOrder,
  updateTaskRow,
} from '../../db/repositories/matrix-draft-repository.js';
import { findStepRow } from '../../db/repositories/matrix-process-repository.js';
import {
  findAcceptedWarningRows,
  findCellRows,
  findColumnRows,
  findMatrixRow,
  findTaskRows,
  type MatrixVersionRow,
} from '../../db/repositories/matrix-repository.js';
import { findReviewRows } from '../../db/repositories/matrix-review-repository.js';
import { fromStoredBoolean, toStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { actorsOnDate } from './matrix-actors.js';
import { getMatrixView } from './matrix-view.js';
import { requireDraft } from './cell-commands.js';
import { type RaciLetter, strongerLetter } from './raci.js';

/** Rows and columns of a draft: add, rename, move, remove, and hand a column to successors. */


export interface NewTask {
  name: LocalizedText;
  nodeId?: string | null;
  statutory?: boolean;
  position?: number;
}

export async function addTask(context: WriteContext, versionId: string, expectedVersion: number, task: NewTask): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  let statutory = task.statutory ?? false;
  if (task.nodeId) {
    const matrix = await findMatrixRow(context.db, version.matrix_id);
    const step = await findStepRow(context.db, task.nodeId);
    if (!step || !matrix?.process_id || step.process_id !== matrix.process_id) throw new AppError('process_node_not_in_process', {}, ['nodeId']);
    // A row is work: a step or a decision, as when the matrix was made from the process (a step may
    // have several rows, e.g. one per target group).
    if (step.kind !== 'step' && step.kind !== 'decision') throw new AppError('matrix_task_node_not_step', {}, ['nodeId']);
    statutory = task.statutory ?? fromStoredBoolean(step.statutory);
  }
  const tasks = await findTaskRows(context.db, versionId);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  const position = Math.min(task.position ?? tasks.length, tasks.length);
  const row = {
    id: newId(context.author.now.getTime()),
    version_id: versionId,
    node_id: task.nodeId ?? null,
    lineage_id: newId(context.author.now.getTime()),
    ...toStoredLocalized('name', task.name),
    statutory: toStoredBoolean(statutory),
    sort_order: position,
    created_at: now(context),
    updated_at: now(context),
    row_version: 1,
  };
  await insertTaskRows(context.db, [row]);
  await setTaskOrder(
    context.db,
    versionId,
    renumbered(
      tasks,
      tasks.map((existing) => existing.id),
      position,
    ),
    now(context),
  );
  await logVersionChange(context, versionId, null, { addedTask: row });
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function updateTask(
  context: WriteContext,
  versionId: string,
  expectedVersion: number,
  taskId: string,
  name: LocalizedText,
  statutory: boolean,
): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const before = await requireTask(context, versionId, taskId);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  const values = { ...toStoredLocalized('name', name), statutory: toStoredBoolean(statutory), updated_at: now(context) };
  await updateTaskRow(context.db, versionId, taskId, values);
  await logVersionChange(context, versionId, { task: before }, { task: { ...before, ...values } });
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function moveTask(context: WriteContext, versionId: string, expectedVersion: number, taskId: string, position: number): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  await requireTask(context, versionId, taskId);
  const rows = await findTaskRows(context.db, versionId);
  const before = rows.map((task) => task.id);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  const order = moved(before, taskId, position);
  await setTaskOrder(context.db, versionId, renumbered(rows, order), now(context));
  await logVersionChange(context, versionId, { task: taskId, position: before.indexOf(taskId) }, { task: taskId, position: order.indexOf(taskId) });
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function removeTask(context: WriteContext, versionId: string, expectedVersion: number, taskId: string): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const before = await requireTask(context, versionId, taskId);
  const letters = (await findCellRows(context.db, versionId)).filter((cell) => cell.task_id === taskId);
  // A draft back from review keeps its answers for reference; the row's answers go with it (by cascade), so the log keeps them.
  const acceptedWarnings = (await findAcceptedWarningRows(context.db, versionId)).filter((row) => row.task_id === taskId);
  const reviews = (await findReviewRows(context.db, versionId)).filter((row) => row.task_id === taskId);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  await deleteTaskRow(context.db, versionId, taskId);
  const rest = await findTaskRows(context.db, versionId);
  await setTaskOrder(
    context.db,
    versionId,
    renumbered(
      rest,
      rest.map((task) => task.id),
    ),
    now(context),
  );
  await logVersionChange(context, versionId, { removedTask: before, cells: letters, acceptedWarnings, reviews }, null);
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function addColumn(context: WriteContext, versionId: string, expectedVersion: number, actorId: string, position?: number): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const columns = await findColumnRows(context.db, versionId);
  const actor = (await actorsOnDate(context.db, [actorId], version.valid_on, context.locale)).get(actorId);
  if (!actor) throw new AppError('not_found', { id: actorId }, ['actorId']);
  if (columns.some((column) => column.actor_id === actorId)) throw new AppError('matrix_column_exists', { name: actor.name }, ['actorId']);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  const order = columns.map((column) => column.actor_id);
  order.splice(Math.min(position ?? order.length, order.length), 0, actorId);
  await insertColumnRows(context.db, [{ version_id: versionId, actor_id: actorId, sort_order: order.indexOf(actorId) }]);
  await setColumnOrder(context.db, versionId, renumberedColumns(columns, order));
  await logVersionChange(context, versionId, null, { addedColumn: actorId, position: order.indexOf(actorId) });
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function moveColumn(context: WriteContext, versionId: string, expectedVersion: number, actorId: string, position: number): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const columns = await requireColumn(context, versionId, actorId, ['actorId']);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  const before = columns.map((column) => column.actor_id);
  const order = moved(before, actorId, position);
  await setColumnOrder(context.db, versionId, renumberedColumns(columns, order));
  await logVersionChange(context, versionId, { column: actorId, position: before.indexOf(actorId) }, { column: actorId, position: order.indexOf(actorId) });
  return getMatrixView(context, version.matrix_id, versionId);
}

export async function removeColumn(context: WriteContext, versionId: string, expectedVersion: number, actorId: string): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const columns = await requireColumn(context, versionId, actorId, ['actorId']);
  const letters = (await findCellRows(context.db, versionId)).filter((cell) => cell.actor_id === actorId);
  const acceptedWarnings = await acceptedWarningsAbout(context, versionId, actorId);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));
  await deleteColumnRow(context.db, versionId, actorId);
  await setColumnOrder(
    context.db,
    versionId,
    renumberedColumns(
      columns,
      columns.map((column) => column.actor_id).filter((id) => id !== actorId),
    ),
  );
  await logVersionChange(context, versionId, { removedColumn: actorId, cells: letters, acceptedWarnings }, null);
  return getMatrixView(context, version.matrix_id, versionId);
}

/**
 * Seuraanto in a draft: the successors take over a superseded actor's letters (e.g. Hämeen
 * TE-toimisto → the three työllisyysalueet), joining as columns where the predecessor stood, and
 * its column goes. Where a successor already holds a letter, the stronger stays (A > R > C > I);
 * the letters replaced are kept in the change log, so nothing is lost.
 */
export async function transferColumn(
  context: WriteContext,
  versionId: string,
  expectedVersion: number,
  fromActorId: string,
  toActorIds: readonly string[],
): Promise<MatrixView> {
  const version = await requireDraft(context, versionId);
  const columns = await requireColumn(context, versionId, fromActorId, ['fromActorId']);
  const targets = [...new Set(toActorIds)];
  await requireSuccessors(context, version, fromActorId, targets);
  const cells = await findCellRows(context.db, versionId);
  const acceptedWarnings = await acceptedWarningsAbout(context, versionId, fromActorId);
  await bumpDraftVersion(context.db, versionId, expectedVersion, now(context));

  // New columns stand where the predecessor stood, in the order given.
  const existing = new Set(columns.map((column) => column.actor_id));
  const joining = targets.filter((id) => !existing.has(id));
  const order = columns.map((column) => column.actor_id);
  order.splice(order.indexOf(fromActorId), 1, ...joining);
  await insertColumnRows(
    context.db,
    joining.map((actorId) => ({ version_id: versionId, actor_id: actorId, sort_order: order.indexOf(actorId) })),
  );

  const letterAt = new Map(cells.map((cell) => [`${cell.task_id}|${cell.actor_id}`, cell.letter as RaciLetter]));
  const given = cells.filter((cell) => cell.actor_id === fromActorId);
  const replaced: Array<{ taskId: string; actorId: string; letter: RaciLetter }> = [];
  const written: Array<{ taskId: string; actorId: string; letter: RaciLetter }> = [];
  for (const cell of given) {
    for (const actorId of targets) {
      const held = letterAt.get(`${cell.task_id}|${actorId}`);
      const letter = held ? strongerLetter(held, cell.letter as RaciLetter) : (cell.letter as RaciLetter);
      if (held === letter) continue;
      if (held) replaced.push({ taskId: cell.task_id, actorId, letter: held });
      written.push({ taskId: cell.task_id, actorId, letter });
    }
  }
  await deleteCellRows(context.db, versionId, replaced);
  await insertCellRows(
    context.db,
    written.map((cell) => ({ version_id: versionId, task_id: cell.taskId, actor_id: cell.actorId, letter: cell.letter })),
  );
  await deleteColumnRow(context.db, versionId, fromActorId);
  await setColumnOrder(
    context.db,
    versionId,
    renumberedColumns(
      [...columns, ...joining.map((actorId) => ({ actor_id: actorId, sort_order: order.indexOf(actorId) }))],
      order,
    ),
  );
  await logVersionChange(
    context,
    versionId,
    {
      transferredFrom: fromActorId,
      cells: given.map((cell) => ({ taskId: cell.task_id, actorId: cell.actor_id, letter: cell.letter })),
      replaced,
      acceptedWarnings,
    },
    { transferredTo: targets, cells: written },
  );
  return getMatrixView(context, version.matrix_id, versionId);
}

/** Each target must follow the actor, directly or through later successions; never itself. */
async function requireSuccessors(context: WriteContext, version: MatrixVersionRow, fromActorId: string, targets: readonly string[]): Promise<void> {
  const successions = await findSuccessionRows(context.db);
  const successors = new Set<string>();
  const queue = [fromActorId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const row of successions) {
      if (row.predecessor_id === current && !successors.has(row.successor_id)) {
        successors.add(row.successor_id);
        queue.push(row.successor_id);
      }
    }
  }
  const actors = await actorsOnDate(context.db, targets, version.valid_on, context.locale);
  targets.forEach((actorId, index) => {
    const path = ['toActorIds', index];
    if (actorId === fromActorId) throw new AppError('succession_self', {}, path);
    const actor = actors.get(actorId);
    if (!actor) throw new AppError('not_found', { id: actorId }, path);
    if (!successors.has(actorId)) throw new AppError('transfer_not_successor', { name: actor.name }, path);
  });
}

async function requireTask(context: WriteContext, versionId: string, taskId: string) {
  const task = (await findTaskRows(context.db, versionId)).find((row) => row.id === taskId);
  if (!task) throw new AppError('matrix_task_not_in_version', {}, ['taskId']);
  return task;
}

async function requireColumn(context: WriteContext, versionId: string, actorId: string, path: string[]) {
  const columns = await findColumnRows(context.db, versionId);
  if (!columns.some((column) => column.actor_id === actorId)) throw new AppError('matrix_actor_not_column', {}, path);
  return columns;
}

/** The warnings accepted about an actor, which go when its column goes. */
async function acceptedWarningsAbout(context: WriteContext, versionId: string, actorId: string) {
  return (await findAcceptedWarningRows(context.db, versionId)).filter((row) => row.actor_id === actorId);
}

async function logVersionChange(context: WriteContext, versionId: string, before: object | null, after: object | null) {
  await recordChange(context.db, context.author, { entityType: 'matrix_version', entityId: versionId, operation: 'update', before, after });
}

const now = (context: WriteContext) => context.author.now.toISOString();

/**
 * `ids` in order from 0, leaving `skip` free (where a newly inserted row already stands), as the
 * rows whose number changes: a row added at the end or a move by one touches one or two rows,
 * not all 200.
 */
function renumbered(current: ReadonlyArray<{ id: string; sort_order: number }>, ids: readonly string[], skip = -1): Array<{ id: string; sortOrder: number }> {
  const was = new Map(current.map((row) => [row.id, row.sort_order]));
  return ids.map((id, index) => ({ id, sortOrder: skip >= 0 && index >= skip ? index + 1 : index })).filter((row) => was.get(row.id) !== row.sortOrder);
}

/** The same for columns. */
function renumberedColumns(current: ReadonlyArray<{ actor_id: string; sort_order: number }>, actorIds: readonly string[]): Array<{ actorId: string; sortOrder: number }> {
  const was = new Map(current.map((column) => [column.actor_id, column.sort_order]));
  return actorIds.map((actorId, sortOrder) => ({ actorId, sortOrder })).filter((column) => was.get(column.actorId) !== column.sortOrder);
}

function moved(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((candidate) => candidate !== id);
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}
