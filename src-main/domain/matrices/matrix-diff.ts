import type { CellChange, MatrixComparison } from '../../api/contract/matrices.js';
import type { RaciLetter } from './raci.js';

/** One version as the comparison sees it: rows by lineage (the same across versions), columns by actor. */
export interface DiffSide {
  tasks: ReadonlyArray<{ lineageId: string; name: string }>;
  actors: ReadonlyArray<{ actorId: string; name: string }>;
  cells: ReadonlyArray<{ lineageId: string; actorId: string; letter: RaciLetter }>;
}

export type VersionDiff = Omit<MatrixComparison, 'from' | 'to'>;

/**
 * Two versions compared cell by cell. Rows pair by lineage, so a renamed or moved row is the same
 * row; a row or column only on one side is added or removed, and its letters count as changed
 * cells too. Changes are listed row by row in the newer version's order, then the removed rows.
 */
export function compareVersions(from: DiffSide, to: DiffSide): VersionDiff {
  const fromTasks = new Map(from.tasks.map((task) => [task.lineageId, task]));
  const toTasks = new Map(to.tasks.map((task) => [task.lineageId, task]));
  const fromActors = new Map(from.actors.map((actor) => [actor.actorId, actor]));
  const toActors = new Map(to.actors.map((actor) => [actor.actorId, actor]));
  const letters = (side: DiffSide) => new Map(side.cells.map((cell) => [`${cell.lineageId}|${cell.actorId}`, cell.letter]));
  const before = letters(from);
  const after = letters(to);

  const taskOrder = [...to.tasks, ...from.tasks.filter((task) => !toTasks.has(task.lineageId))];
  const actorOrder = [...to.actors, ...from.actors.filter((actor) => !toActors.has(actor.actorId))];
  const changedCells: CellChange[] = [];
  for (const task of taskOrder) {
    for (const actor of actorOrder) {
      const position = `${task.lineageId}|${actor.actorId}`;
      const was = before.get(position) ?? null;
      const is = after.get(position) ?? null;
      if (was === is) continue;
      changedCells.push({ taskLineageId: task.lineageId, taskName: task.name, actorId: actor.actorId, actorName: actor.name, before: was, after: is });
    }
  }
  return {
    changedCells,
    addedTasks: to.tasks.filter((task) => !fromTasks.has(task.lineageId)).map(({ lineageId, name }) => ({ lineageId, name })),
    removedTasks: from.tasks.filter((task) => !toTasks.has(task.lineageId)).map(({ lineageId, name }) => ({ lineageId, name })),
    addedActors: to.actors.filter((actor) => !fromActors.has(actor.actorId)).map(({ actorId, name }) => ({ actorId, name })),
    removedActors: from.actors.filter((actor) => !toActors.has(actor.actorId)).map(({ actorId, name }) => ({ actorId, name })),
  };
}
