import { memo } from 'react';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { letterAt, markFromChar, type Mark } from './grid-model';
import classes from './RaciGrid.module.css';

/** The few words a row needs, made once per language so rows can stay memoised. */
export interface RowLabels {
  statutory: string;
  error: string;
  warning: string;
}

interface Props {
  rowIndex: number;
  taskId: string;
  name: string;
  nameLanguage: string;
  statutory: boolean;
  /** one character per column: R, A, C, I or a space */
  letters: string;
  /** one character per column: 'e' error, 'w' warning, ' ' none */
  cellMarks: string;
  rowMark: Mark;
  /** the active column in this row (0 = the row header), or -1 when the active cell is elsewhere */
  activeColumn: number;
  labels: RowLabels;
}

function MarkIcon({ mark, labels }: { mark: Mark; labels: RowLabels }) {
  if (mark === 'none') return null;
  const Icon = mark === 'error' ? IconAlertCircle : IconAlertTriangle;
  return (
    <>
      <Icon size={16} aria-hidden className={mark === 'error' ? classes.iconError : classes.iconWarning} />
      <span className={classes.srOnly}>({mark === 'error' ? labels.error : labels.warning})</span>
    </>
  );
}

/**
 * One task of the grid. Only primitive props, so React skips every row whose letters, markers and
 * active cell did not change: typing into one cell re-renders one row (two when the focus moves).
 */
export const GridRow = memo(function GridRow({ rowIndex, taskId, name, nameLanguage, statutory, letters, cellMarks, rowMark, activeColumn, labels }: Props) {
  const cells = [];
  for (let column = 0; column < letters.length; column += 1) {
    const letter = letterAt(letters, column);
    const mark = markFromChar(cellMarks[column]);
    const active = activeColumn === column + 1;
    cells.push(
      <td
        key={column}
        role="gridcell"
        tabIndex={active ? 0 : -1}
        data-row={rowIndex}
        data-column={column + 1}
        className={`${classes.cell} ${letter ? classes[letter] : ''} ${active ? classes.active : ''}`}
      >
        {letter}
        {mark !== 'none' && (
          <>
            <span aria-hidden className={`${classes.cellMark} ${mark === 'error' ? classes.markError : classes.markWarning}`}>
              !
            </span>
            <span className={classes.srOnly}>({mark === 'error' ? labels.error : labels.warning})</span>
          </>
        )}
      </td>,
    );
  }
  return (
    <tr role="row" data-task={taskId}>
      <th
        role="rowheader"
        scope="row"
        tabIndex={activeColumn === 0 ? 0 : -1}
        data-row={rowIndex}
        data-column={0}
        className={`${classes.rowHeader} ${activeColumn === 0 ? classes.active : ''}`}
      >
        <span className={classes.rowHeaderInner}>
          <span className={classes.taskName} lang={nameLanguage}>
            {name}
          </span>
          {statutory && (
            <>
              <span aria-hidden className={classes.statutory} title={labels.statutory}>
                §
              </span>
              <span className={classes.srOnly}>({labels.statutory})</span>
            </>
          )}
          <MarkIcon mark={rowMark} labels={labels} />
        </span>
      </th>
      {cells}
    </tr>
  );
});
