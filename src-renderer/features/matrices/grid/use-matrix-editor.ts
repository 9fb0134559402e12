import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellEditResult, Finding, MatrixView, RaciLetter } from '../../../../src-main/api/contract/index';
// The core's call without the app-wide "data changed" signal: a cell edit must not make every
// screen (and this grid) load the whole matrix again. The edit's own result carries what changed.
import { call as callCore } from '../../../api/client';
import { buildLetterRows, letterAt, withLetter } from './grid-model';

export interface CellChangeRequest {
  taskId: string;
  actorId: string;
  letter: RaciLetter | null;
}

interface AppliedChange extends CellChangeRequest {
  before: RaciLetter | null;
}

interface LiveState {
  source: MatrixView;
  letters: Map<string, string>;
  findings: Finding[];
  summary: MatrixView['summary'];
  rowVersion: number;
}

const MAX_UNDO = 200;

function fromView(view: MatrixView): LiveState {
  return {
    source: view,
    letters: buildLetterRows(view.tasks, view.columns, view.cells),
    findings: view.findings,
    summary: view.summary,
    rowVersion: view.version.rowVersion,
  };
}

interface Options {
  /** a failed save: the letters are already rolled back; show the message (a conflict offers reload) */
  onError: (error: unknown) => void;
}

/**
 * The letters of one version as the user sees them: every change shows at once (optimistic), is
 * saved with `matrices.setCells` in order — each save carrying the version's rowVersion from the
 * previous result — and is rolled back if the core refuses it. Ctrl+Z sends the earlier letters
 * back as another save.
 */
export function useMatrixEditor(view: MatrixView, { onError }: Options) {
  const [state, setState] = useState<LiveState>(() => fromView(view));
  const stateRef = useRef(state);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const undoStack = useRef<AppliedChange[][]>([]);
  // a count in a ref and a flag in state: a burst of edits re-renders the screen twice, not twice per edit
  const pending = useRef(0);
  const [saving, setSaving] = useState(false);
  const [undoCount, setUndoCount] = useState(0);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  const commit = useCallback((next: LiveState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  // A fresh load of the matrix (after a structural change anywhere) replaces the live state.
  useEffect(() => {
    if (stateRef.current.source !== view) commit(fromView(view));
  }, [view, commit]);

  const columnIndex = useMemo(() => new Map(view.columns.map((column, index) => [column.actorId, index])), [view.columns]);

  const letterOf = useCallback(
    (taskId: string, actorId: string): RaciLetter | null => {
      const index = columnIndex.get(actorId);
      return index === undefined ? null : letterAt(stateRef.current.letters.get(taskId), index);
    },
    [columnIndex],
  );

  /** Shows letters at once; returns the changes that differed from what was there. */
  const show = useCallback(
    (changes: readonly CellChangeRequest[]): AppliedChange[] => {
      const current = stateRef.current;
      const letters = new Map(current.letters);
      const applied: AppliedChange[] = [];
      for (const change of changes) {
        const index = columnIndex.get(change.actorId);
        const row = letters.get(change.taskId);
        if (index === undefined || row === undefined) continue;
        const before = letterAt(row, index);
        if (before === change.letter) continue;
        letters.set(change.taskId, withLetter(row, index, change.letter));
        applied.push({ ...change, before });
      }
      if (applied.length > 0) commit({ ...current, letters });
      return applied;
    },
    [columnIndex, commit],
  );

  const applyResult = useCallback(
    (result: CellEditResult) => {
      const current = stateRef.current;
      // Most edits leave the findings as they were: keep the same array, so nothing that shows them re-renders.
      const same = JSON.stringify(current.findings) === JSON.stringify(result.findings);
      commit({
        ...current,
        rowVersion: result.versionRowVersion,
        findings: same ? current.findings : result.findings,
        summary: same ? current.summary : result.summary,
      });
    },
    [commit],
  );

  const save = useCallback(
    (applied: AppliedChange[], { recordUndo }: { recordUndo: boolean }) => {
      if (applied.length === 0) return;
      if (recordUndo) {
        undoStack.current.push(applied);
        if (undoStack.current.length > MAX_UNDO) undoStack.current.shift();
        setUndoCount(undoStack.current.length);
      }
      const versionId = stateRef.current.source.version.id;
      pending.current += 1;
      setSaving(true);
      queue.current = queue.current.then(async () => {
        try {
          const result = await callCore('matrices.setCells', {
            versionId,
            expectedVersion: stateRef.current.rowVersion,
            cells: applied.map(({ taskId, actorId, letter }) => ({ taskId, actorId, letter })),
          });
          applyResult(result);
        } catch (error) {
          // Put back what was there, unless a later change already wrote over the cell.
          show(applied.filter((change) => letterOf(change.taskId, change.actorId) === change.letter).map((change) => ({ ...change, letter: change.before })));
          const index = undoStack.current.indexOf(applied);
          if (index >= 0) {
            undoStack.current.splice(index, 1);
            setUndoCount(undoStack.current.length);
          }
          onErrorRef.current(error);
        } finally {
          pending.current -= 1;
          if (pending.current === 0) setSaving(false);
        }
      });
    },
    [applyResult, letterOf, show],
  );

  const setCells = useCallback((changes: readonly CellChangeRequest[]) => save(show(changes), { recordUndo: true }), [save, show]);

  /** Takes back the last change; false when there is nothing to take back. */
  const undo = useCallback((): boolean => {
    const last = undoStack.current.pop();
    setUndoCount(undoStack.current.length);
    if (!last) return false;
    save(show(last.map((change) => ({ taskId: change.taskId, actorId: change.actorId, letter: change.before }))), { recordUndo: false });
    return true;
  }, [save, show]);

  /** Resolves when every queued save has finished (for actions that need the latest rowVersion). */
  const settled = useCallback(() => queue.current, []);
  /** the rowVersion of the latest save, for other writes to the version */
  const currentRowVersion = useCallback(() => stateRef.current.rowVersion, []);

  // The same object for the whole life of the version, so memoised parts of the screen can hold it.
  const actions = useMemo(
    () => ({ setCells, undo, applyResult, settled, currentRowVersion, letterOf }),
    [setCells, undo, applyResult, settled, currentRowVersion, letterOf],
  );

  return {
    letters: state.letters,
    findings: state.findings,
    summary: state.summary,
    canUndo: undoCount > 0,
    saving,
    actions,
    ...actions,
  };
}

export type EditorActions = ReturnType<typeof useMatrixEditor>['actions'];

export type MatrixEditor = ReturnType<typeof useMatrixEditor>;
