import type { Finding, MatrixCell, MatrixColumn, MatrixTask, RaciLetter } from '../../../../src-main/api/contract/index';
import { isRaciLetter } from '../../../../src-main/domain/matrices/raci';

/**
 * The grid keeps each row's letters as one short string (one character per column, a space for
 * an empty cell). Strings compare by value, so a memoised row re-renders only when one of its own
 * letters or markers changed, whatever else happened to the matrix.
 */
export const EMPTY = ' ';

/** A marker on a row header, a cell or a column header: error, open warning, or none. */
export type Mark = 'error' | 'warning' | 'none';
const MARK_CHAR: Record<Mark, string> = { error: 'e', warning: 'w', none: ' ' };

export function markFromChar(char: string | undefined): Mark {
  return char === 'e' ? 'error' : char === 'w' ? 'warning' : 'none';
}

export function letterAt(row: string | undefined, column: number): RaciLetter | null {
  const char = row?.[column];
  return isRaciLetter(char) ? char : null;
}

export function withLetter(row: string, column: number, letter: RaciLetter | null): string {
  return row.slice(0, column) + (letter ?? EMPTY) + row.slice(column + 1);
}

export function buildLetterRows(tasks: readonly MatrixTask[], columns: readonly MatrixColumn[], cells: readonly MatrixCell[]): Map<string, string> {
  const columnIndex = new Map(columns.map((column, index) => [column.actorId, index]));
  const rows = new Map<string, string[]>(tasks.map((task) => [task.id, Array.from({ length: columns.length }, () => EMPTY)]));
  for (const cell of cells) {
    const row = rows.get(cell.taskId);
    const index = columnIndex.get(cell.actorId);
    if (row && index !== undefined) row[index] = cell.letter;
  }
  return new Map([...rows].map(([taskId, letters]) => [taskId, letters.join('')]));
}

/** Letters after a cycle click: empty → R → A → C → I → empty. */
export function nextLetter(letter: RaciLetter | null): RaciLetter | null {
  switch (letter) {
    case null:
      return 'R';
    case 'R':
      return 'A';
    case 'A':
      return 'C';
    case 'C':
      return 'I';
    case 'I':
      return null;
  }
}

export interface GridMarks {
  /** findings about a whole task (no actor), by task */
  rows: Map<string, Mark>;
  /** findings about one cell, as a string like the letters (' ', 'e', 'w'), by task */
  cells: Map<string, string>;
  /** findings about an actor as a whole (no task), by actor */
  columns: Map<string, Mark>;
}

const stronger = (a: Mark | undefined, b: Mark): Mark => (a === 'error' || b === 'error' ? 'error' : a === 'warning' || b === 'warning' ? 'warning' : 'none');

/** Where each open finding shows in the grid; accepted warnings are settled and leave no marker. */
export function buildMarks(findings: readonly Finding[], columns: readonly MatrixColumn[]): GridMarks {
  const columnIndex = new Map(columns.map((column, index) => [column.actorId, index]));
  const marks: GridMarks = { rows: new Map(), cells: new Map(), columns: new Map() };
  for (const finding of findings) {
    if (finding.acceptedReason !== null) continue;
    const mark: Mark = finding.severity === 'error' ? 'error' : 'warning';
    if (finding.taskId && finding.actorId) {
      const index = columnIndex.get(finding.actorId);
      if (index === undefined) continue;
      const row = marks.cells.get(finding.taskId) ?? EMPTY.repeat(columns.length);
      const current = markFromChar(row[index]);
      marks.cells.set(finding.taskId, row.slice(0, index) + MARK_CHAR[stronger(current, mark)] + row.slice(index + 1));
    } else if (finding.taskId) {
      marks.rows.set(finding.taskId, stronger(marks.rows.get(finding.taskId), mark));
    } else if (finding.actorId) {
      marks.columns.set(finding.actorId, stronger(marks.columns.get(finding.actorId), mark));
    }
  }
  return marks;
}
