import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconArrowBackUp, IconArchive, IconReplace } from '@tabler/icons-react';
import { type FocusEvent, type KeyboardEvent, memo, type MouseEvent, type Ref, useCallback, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Finding, MatrixColumn, MatrixTask, RaciLetter } from '../../../../src-main/api/contract/index';
import { RACI_LETTERS } from '../../../../src-main/domain/matrices/raci';
import { useI18n } from '../../../i18n/use-i18n';
import { buildMarks, letterAt, type Mark, nextLetter } from './grid-model';
import { GridRow, type RowLabels } from './GridRow';
import classes from './RaciGrid.module.css';
import type { EditorActions } from './use-matrix-editor';

export interface GridHandle {
  /** selects and focuses a task's cell (or its row header when actorId is null) */
  focusCell: (taskId: string | null, actorId: string | null) => void;
}

interface Props {
  tasks: readonly MatrixTask[];
  columns: readonly MatrixColumn[];
  /** each task's letters, one character per column */
  letters: ReadonlyMap<string, string>;
  findings: readonly Finding[];
  canUndo: boolean;
  actions: EditorActions;
  readOnly: boolean;
  label: string;
  /** Enter or F2 on a task's name (drafts only) */
  onEditTask?: (taskId: string) => void;
  handle?: Ref<GridHandle>;
}

interface Position {
  row: number;
  column: number;
}

const PAGE = 10;

function cellPosition(target: EventTarget | null): Position | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-row][data-column]') : null;
  if (!element) return null;
  return { row: Number(element.dataset.row), column: Number(element.dataset.column) };
}

/**
 * The responsibility matrix as an ARIA grid: one tab stop (roving tabindex), arrows, Home/End,
 * Page Up/Down, letters R/A/C/I (either case), Delete/Backspace, Ctrl+Z; the mouse selects with a
 * click and cycles letters with another. Column 0 is the task's name (the row header).
 */
export const RaciGrid = memo(function RaciGrid({ tasks, columns, letters, findings, canUndo, actions, readOnly, label, onEditTask, handle }: Props) {
  const { t, format } = useI18n();
  const tm = t.matrices;
  const helpId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, column: 1 });
  const focusRequested = useRef(false);
  const clickWasActive = useRef(false);
  const [announcement, setAnnouncement] = useState('');

  const rowCount = tasks.length;
  const columnCount = columns.length + 1;
  const current: Position = { row: Math.min(active.row, Math.max(rowCount - 1, 0)), column: Math.min(active.column, columnCount - 1) };

  const marks = useMemo(() => buildMarks(findings, columns), [findings, columns]);
  const labels = useMemo<RowLabels>(() => ({ statutory: tm.grid.statutory, error: tm.grid.errorMarker, warning: tm.grid.warningMarker }), [tm]);

  const focusElement = useCallback((position: Position) => {
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${position.row}"][data-column="${position.column}"]`)?.focus();
  }, []);

  const moveTo = useCallback(
    (row: number, column: number) => {
      const next = { row: Math.max(0, Math.min(row, rowCount - 1)), column: Math.max(0, Math.min(column, columnCount - 1)) };
      focusRequested.current = true;
      setActive((previous) => (previous.row === next.row && previous.column === next.column ? { ...next } : next));
    },
    [rowCount, columnCount],
  );

  useLayoutEffect(() => {
    if (!focusRequested.current) return;
    focusRequested.current = false;
    focusElement(current);
  });

  useImperativeHandle(
    handle,
    () => ({
      focusCell: (taskId, actorId) => {
        const row = taskId ? tasks.findIndex((task) => task.id === taskId) : 0;
        const column = actorId ? columns.findIndex((column) => column.actorId === actorId) + 1 : 0;
        if (row < 0 || (actorId && column < 1)) return;
        tableRef.current?.closest<HTMLElement>('[data-grid-scroller]')?.scrollIntoView({ block: 'nearest' });
        moveTo(row, column);
      },
    }),
    [tasks, columns, moveTo],
  );

  const setLetter = (position: Position, letter: RaciLetter | null) => {
    const task = tasks[position.row];
    const column = columns[position.column - 1];
    if (!task || !column) return;
    if (readOnly) {
      setAnnouncement(tm.grid.readOnlyKey);
      return;
    }
    actions.setCells([{ taskId: task.id, actorId: column.actorId, letter }]);
  };

  const undo = () => setAnnouncement(actions.undo() ? tm.grid.undone : tm.grid.nothingToUndo);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const position = cellPosition(event.target);
    if (!position) return;
    const { row, column } = position;
    const ctrl = event.ctrlKey || event.metaKey;
    let handled = true;
    switch (event.key) {
      case 'ArrowUp':
        moveTo(row - 1, column);
        break;
      case 'ArrowDown':
        moveTo(row + 1, column);
        break;
      case 'ArrowLeft':
        moveTo(row, column - 1);
        break;
      case 'ArrowRight':
        moveTo(row, column + 1);
        break;
      case 'Home':
        moveTo(ctrl ? 0 : row, 0);
        break;
      case 'End':
        moveTo(ctrl ? rowCount - 1 : row, columnCount - 1);
        break;
      case 'PageUp':
        moveTo(row - PAGE, column);
        break;
      case 'PageDown':
        moveTo(row + PAGE, column);
        break;
      case 'Delete':
      case 'Backspace':
        setLetter(position, null);
        break;
      case 'Enter':
      case 'F2':
        if (column === 0 && onEditTask && tasks[row]) onEditTask(tasks[row].id);
        else handled = false;
        break;
      case ' ':
        if (column > 0) setLetter(position, nextLetter(letterAt(letters.get(tasks[row]?.id ?? ''), column - 1)));
        break;
      default: {
        const key = event.key.toUpperCase();
        if (ctrl && key === 'Z' && !event.shiftKey && !event.altKey) undo();
        else if (!ctrl && !event.altKey && (RACI_LETTERS as readonly string[]).includes(key) && column > 0) setLetter(position, key as RaciLetter);
        else handled = false;
      }
    }
    if (handled) event.preventDefault();
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const position = cellPosition(event.target);
    if (position && (position.row !== current.row || position.column !== current.column)) setActive(position);
  };

  const onMouseDown = (event: MouseEvent<HTMLTableElement>) => {
    const position = cellPosition(event.target);
    // A second click on the selected cell (while the grid has the focus) cycles its letter.
    clickWasActive.current = position !== null && position.row === current.row && position.column === current.column && tableRef.current?.contains(document.activeElement) === true;
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const position = cellPosition(event.target);
    if (!position) return;
    if (clickWasActive.current && position.column > 0) {
      setLetter(position, nextLetter(letterAt(letters.get(tasks[position.row]?.id ?? ''), position.column - 1)));
    } else {
      moveTo(position.row, position.column);
    }
    clickWasActive.current = false;
  };

  const header = useMemo(
    () => (
      <tr role="row">
        <th role="columnheader" scope="col" className={classes.corner}>
          {tm.grid.corner}
        </th>
        {columns.map((column) => (
          <ColumnHeader key={column.actorId} column={column} mark={marks.columns.get(column.actorId) ?? 'none'} />
        ))}
      </tr>
    ),
    [columns, marks.columns, tm],
  );

  if (rowCount === 0 || columns.length === 0) {
    return <Text c="dimmed">{rowCount === 0 ? tm.grid.noTasks : tm.grid.noColumns}</Text>;
  }

  const activeTask = tasks[current.row];
  const activeColumn = current.column > 0 ? columns[current.column - 1] : undefined;
  const activeLetter = activeTask && activeColumn ? letterAt(letters.get(activeTask.id), current.column - 1) : null;

  return (
    <>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm" data-testid="active-cell" style={{ minHeight: '1.5em' }}>
          {activeTask
            ? activeColumn
              ? `${format(tm.grid.activeCell, { task: activeTask.name, actor: activeColumn.name })}: ${activeLetter ? format(tm.grid.letterTitle, { letter: activeLetter, meaning: tm.legend[activeLetter] }) : tm.grid.empty}`
              : format(tm.grid.activeRow, { task: activeTask.name })
            : tm.grid.noSelection}
        </Text>
        {!readOnly && (
          <Group gap={6}>
            {RACI_LETTERS.map((letter) => (
              <Tooltip key={letter} label={tm.legend[letter]}>
                <Button
                  size="compact-sm"
                  variant="default"
                  disabled={!activeColumn}
                  aria-label={format(tm.grid.setLetter, { letter: `${letter} (${tm.legend[letter]})` })}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setLetter(current, letter);
                    focusElement(current);
                  }}
                  miw={34}
                >
                  {letter}
                </Button>
              </Tooltip>
            ))}
            <Button size="compact-sm" variant="default" disabled={!activeColumn} onMouseDown={(event) => event.preventDefault()} onClick={() => {
                setLetter(current, null);
                focusElement(current);
              }}>
              {tm.grid.clear}
            </Button>
            <Tooltip label={tm.grid.undo}>
              <ActionIcon variant="default" size="md" aria-label={tm.grid.undo} disabled={!canUndo} onMouseDown={(event) => event.preventDefault()} onClick={undo}>
                <IconArrowBackUp size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      <div className={classes.scroller} data-grid-scroller>
        <table
          ref={tableRef}
          role="grid"
          aria-label={label}
          aria-describedby={helpId}
          aria-rowcount={rowCount + 1}
          aria-colcount={columnCount}
          aria-readonly={readOnly || undefined}
          className={`${classes.grid} ${readOnly ? classes.readOnly : ''}`}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onMouseDown={onMouseDown}
          onClick={onClick}
        >
          <thead>{header}</thead>
          <tbody>
            {tasks.map((task, index) => (
              <GridRow
                key={task.id}
                rowIndex={index}
                taskId={task.id}
                name={task.name}
                nameLanguage={task.nameLanguage}
                statutory={task.statutory}
                letters={letters.get(task.id) ?? ''}
                cellMarks={marks.cells.get(task.id) ?? ''}
                rowMark={marks.rows.get(task.id) ?? 'none'}
                activeColumn={index === current.row ? current.column : -1}
                labels={labels}
              />
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>
          <Text span size="sm" fw={600}>
            {tm.grid.keyboardHelp}
          </Text>
        </summary>
        <Text size="sm" id={helpId} mt={4} maw={900}>
          {tm.grid.keyboardHelpText}
        </Text>
      </details>
      <div className={classes.srOnly} aria-live="polite">
        {announcement}
      </div>
    </>
  );
});

function ColumnHeader({ column, mark }: { column: MatrixColumn; mark: Mark }) {
  const { t } = useI18n();
  const tg = t.matrices.grid;
  const inactive = column.archived || column.superseded;
  return (
    <th role="columnheader" scope="col" className={`${classes.columnHeader} ${inactive ? classes.inactiveColumn : ''}`} title={column.name}>
      <span className={classes.columnFlags}>
        {column.superseded && (
          <>
            <IconReplace size={14} aria-hidden className={classes.iconMuted} />
            <span className={classes.srOnly}>({tg.superseded})</span>
          </>
        )}
        {column.archived && (
          <>
            <IconArchive size={14} aria-hidden className={classes.iconMuted} />
            <span className={classes.srOnly}>({tg.archived})</span>
          </>
        )}
        {mark !== 'none' &&
          (mark === 'error' ? (
            <>
              <IconAlertCircle size={14} aria-hidden className={classes.iconError} />
              <span className={classes.srOnly}>({tg.errorMarker})</span>
            </>
          ) : (
            <>
              <IconAlertTriangle size={14} aria-hidden className={classes.iconWarning} />
              <span className={classes.srOnly}>({tg.warningMarker})</span>
            </>
          ))}
      </span>
      <span className={classes.columnName} lang={column.nameLanguage}>
        {column.name}
      </span>
    </th>
  );
}
