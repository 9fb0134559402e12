import { createHash } from 'node:crypto';
import type { MatrixView } from '../../api/contract/matrices.js';

/**
 * A fingerprint of what a member is asked to agree to: every task (its names in all languages,
 * statutory flag) and every letter on it. A form made before a version went back to draft and was
 * changed no longer matches, so its answers cannot land on tasks they were not given for.
 */
export function tasksChecksum(view: Pick<MatrixView, 'tasks' | 'cells'>): string {
  const lettersByTask = new Map<string, string[]>();
  for (const cell of view.cells) lettersByTask.set(cell.taskId, [...(lettersByTask.get(cell.taskId) ?? []), `${cell.actorId}=${cell.letter}`]);
  const tasks = [...view.tasks]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((task) => [task.id, task.names.fi, task.names.sv, task.names.en, task.statutory, (lettersByTask.get(task.id) ?? []).sort()]);
  return createHash('sha256').update(JSON.stringify(tasks)).digest('hex');
}
