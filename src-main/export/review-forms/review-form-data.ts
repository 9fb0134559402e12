import type { MatrixView } from '../../api/contract/matrices.js';
import type { RaciLetter } from '../../domain/matrices/raci.js';
import { AppError } from '../../domain/shared/app-error.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import type { FormIdentity } from './form-identity.js';
import { tasksChecksum } from './tasks-checksum.js';

export interface ReviewFormRow {
  /** 1-based: the number printed on the row, which is how an answer finds its task */
  number: number;
  taskId: string;
  taskName: string;
  statutory: boolean;
  letters: RaciLetter[];
  /** who holds the A on the task, for context */
  accountable: string[];
}

/** One member's review form, as plain data both the .docx and the .xlsx are drawn from. */
export interface ReviewFormData {
  identity: FormIdentity;
  locale: Locale;
  networkName: string;
  demo: boolean;
  matrixName: string;
  versionNumber: number;
  versionStatus: MatrixView['version']['status'];
  validOn: string;
  deadline: string | null;
  actorName: string;
  exportedOn: string;
  rows: ReviewFormRow[];
}

/**
 * The form for one member: the tasks on which it holds a letter (the ones it is asked to review,
 * as the review progress counts them), in the matrix's order.
 */
export function reviewFormData(
  view: MatrixView,
  actorId: string,
  options: { locale: Locale; networkName: string; demo: boolean; exportedOn: string },
): ReviewFormData {
  const column = view.columns.find((entry) => entry.actorId === actorId);
  if (!column) throw new AppError('matrix_actor_not_column', {}, ['actorId']);
  const names = new Map(view.columns.map((entry) => [entry.actorId, entry.name]));
  const rows: ReviewFormRow[] = [];
  for (const task of view.tasks) {
    const cells = view.cells.filter((cell) => cell.taskId === task.id);
    const letters = cells.filter((cell) => cell.actorId === actorId).map((cell) => cell.letter);
    if (letters.length === 0) continue;
    rows.push({
      number: rows.length + 1,
      taskId: task.id,
      taskName: task.name,
      statutory: task.statutory,
      letters,
      accountable: cells.filter((cell) => cell.letter === 'A').map((cell) => names.get(cell.actorId) ?? '?'),
    });
  }
  if (rows.length === 0) throw new AppError('form_actor_has_no_tasks', { actor: column.name }, ['actorId']);
  return {
    identity: {
      matrixId: view.matrix.id,
      versionId: view.version.id,
      actorId,
      tasksChecksum: tasksChecksum(view),
      taskIds: rows.map((row) => row.taskId),
    },
    locale: options.locale,
    networkName: options.networkName,
    demo: options.demo,
    matrixName: pickLocalized(view.matrix.name, options.locale)?.text ?? '',
    versionNumber: view.version.number,
    versionStatus: view.version.status,
    validOn: view.version.validOn,
    deadline: view.version.reviewDeadline,
    actorName: column.name,
    exportedOn: options.exportedOn,
    rows,
  };
}
