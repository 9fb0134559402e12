import type { WorkbookImportPreview, WorkbookImportProblem } from '../../api/contract/documents.js';
import type { MatrixColumn, MatrixView } from '../../api/contract/matrices.js';
import { isRaciLetter, type RaciLetter } from '../../domain/matrices/raci.js';
import { type ReadMatrixWorkbook, tidyName } from './read-matrix-workbook.js';

export type WorkbookImportPlan = Pick<WorkbookImportPreview, 'changes' | 'problems'>;

/**
 * What a read workbook would change in a draft, and what stops it. Rows and columns are matched by
 * the ids Kotoverkko wrote (when the name beside them is unchanged), otherwise by exact name.
 * Tasks and actors the workbook leaves out are left as they are; blanks empty a cell.
 */
export function planWorkbookImport(read: ReadMatrixWorkbook, draft: MatrixView): WorkbookImportPlan {
  const problems: WorkbookImportProblem[] = [];

  const columnByActor = new Map(draft.columns.map((column) => [column.actorId, column]));
  const columnsByName = groupByName(draft.columns, (column) => [column.name, column.shortName]);
  const matchedColumns = new Map<number, MatrixColumn>();
  const seenActors = new Map<string, number>();
  for (const entry of read.columns) {
    const byId = entry.hiddenActorId ? columnByActor.get(entry.hiddenActorId) : undefined;
    const column = byId ?? only(columnsByName.get(tidyName(entry.name)));
    if (!column) {
      problems.push({ row: read.headerRow, column: entry.column, code: 'unknown_actor', value: entry.name });
    } else if (seenActors.has(column.actorId)) {
      problems.push({ row: read.headerRow, column: entry.column, code: 'duplicate_actor', value: entry.name });
    } else {
      seenActors.set(column.actorId, entry.column);
      matchedColumns.set(entry.column, column);
    }
  }

  const taskByLineage = new Map(draft.tasks.map((task) => [task.lineageId, task]));
  const tasksByName = groupByName(draft.tasks, (task) => [task.name]);
  const before = new Map(draft.cells.map((cell) => [`${cell.taskId}|${cell.actorId}`, cell.letter]));
  const seenTasks = new Set<string>();
  const changes: WorkbookImportPreview['changes'] = [];
  for (const entry of read.rows) {
    const byId = entry.hiddenLineageId ? taskByLineage.get(entry.hiddenLineageId) : undefined;
    const task = byId ?? only(tasksByName.get(tidyName(entry.name)));
    if (!task) {
      problems.push({ row: entry.row, column: read.taskColumn, code: 'unknown_task', value: entry.name });
      continue;
    }
    if (seenTasks.has(task.id)) {
      problems.push({ row: entry.row, column: read.taskColumn, code: 'duplicate_task', value: entry.name });
      continue;
    }
    seenTasks.add(task.id);
    const typed = new Map(entry.cells.map((cell) => [cell.column, cell.text]));
    for (const [columnNumber, column] of matchedColumns) {
      const text = typed.get(columnNumber) ?? '';
      const after = letterOf(text);
      if (after === undefined) {
        problems.push({ row: entry.row, column: columnNumber, code: 'unknown_letter', value: text });
        continue;
      }
      const was = before.get(`${task.id}|${column.actorId}`) ?? null;
      if (was !== after) changes.push({ taskId: task.id, taskName: task.name, actorId: column.actorId, actorName: column.name, before: was, after });
    }
  }
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { changes, problems };
}

/** '' → empty; r, R, " a " → the letter; anything else → undefined (not a letter). */
function letterOf(text: string): RaciLetter | null | undefined {
  const tidy = text.trim().toUpperCase();
  if (tidy === '') return null;
  return isRaciLetter(tidy) ? tidy : undefined;
}

function groupByName<T>(items: readonly T[], names: (item: T) => Array<string | null>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const name of new Set(names(item).filter((value): value is string => Boolean(value)).map(tidyName))) {
      groups.set(name, [...(groups.get(name) ?? []), item]);
    }
  }
  return groups;
}

/** A name that two tasks share does not say which one is meant. */
function only<T>(matches: T[] | undefined): T | undefined {
  return matches?.length === 1 ? matches[0] : undefined;
}

