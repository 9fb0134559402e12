import type { MatrixSummary, MatrixVersionStatus } from '../../api/contract/matrices.js';
import { countTasksAndColumns, findMatrixRows, findVersionRows, type MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import { findProcessNameRows } from '../../db/repositories/matrix-process-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';

export interface MatrixListFilter {
  includeArchived?: boolean;
  processId?: string;
}

/** Every matrix with its latest and approved version, sorted by name as a Finn reads it (the same names oldest first). */
export async function getMatrixList(context: ReadContext, filter: MatrixListFilter): Promise<MatrixSummary[]> {
  const matrices = await findMatrixRows(context.db, filter);
  const versions = await findVersionRows(
    context.db,
    matrices.map((matrix) => matrix.id),
  );
  const versionsByMatrix = new Map<string, MatrixVersionRow[]>();
  for (const version of versions) versionsByMatrix.set(version.matrix_id, [...(versionsByMatrix.get(version.matrix_id) ?? []), version]);
  const latestIds = [...versionsByMatrix.values()].map((rows) => rows[0]!.id);
  const processIds = [...new Set(matrices.map((matrix) => matrix.process_id).filter((id): id is string => id !== null))];
  const [counts, processes] = await Promise.all([countTasksAndColumns(context.db, latestIds), findProcessNameRows(context.db, processIds)]);
  const processNames = new Map(processes.map((process) => [process.id, pickLocalized(fromStoredLocalized(process, 'name'), context.locale)?.text ?? null]));

  const summaries = matrices.flatMap((matrix): MatrixSummary[] => {
    const own = versionsByMatrix.get(matrix.id) ?? [];
    const latest = own[0];
    if (!latest) return [];
    const approved = own.find((version) => version.status === 'approved');
    const name = pickLocalized(fromStoredLocalized(matrix, 'name'), context.locale) ?? { text: '?', language: context.locale };
    const count = counts.get(latest.id) ?? { tasks: 0, columns: 0 };
    return [
      {
        id: matrix.id,
        name: name.text,
        nameLanguage: name.language,
        processId: matrix.process_id,
        processName: matrix.process_id ? (processNames.get(matrix.process_id) ?? null) : null,
        latestVersion: { id: latest.id, number: latest.number, status: latest.status as MatrixVersionStatus },
        approvedVersion: approved ? { id: approved.id, number: approved.number, approvedAt: approved.approved_at } : null,
        taskCount: count.tasks,
        actorCount: count.columns,
        archived: matrix.archived_at !== null,
        rowVersion: matrix.row_version,
      },
    ];
  });
  return summaries.sort((a, b) => compareFinnish(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
