import { findActorRow } from '../../db/repositories/actor-repository.js';
import {
  findNodeRow,
  findProcessGroupRow,
  findProcessRow,
  findTargetGroupRow,
  type ProcessNodeRow,
  type ProcessRow,
} from '../../db/repositories/process-repository.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';

/** The checks every process write starts with: what it names must exist, and belong where it says. */
type Path = ReadonlyArray<string | number>;

export async function requireProcess(context: ReadContext, id: string, path: Path = []): Promise<ProcessRow> {
  const row = await findProcessRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, path);
  return row;
}

export async function requireActorIfGiven(context: ReadContext, id: string | null | undefined, path: Path): Promise<void> {
  if (id && !(await findActorRow(context.db, id))) throw new AppError('not_found', { id }, path);
}

export async function requireGroupIfGiven(context: ReadContext, id: string | null | undefined, path: Path): Promise<void> {
  if (id && !(await findProcessGroupRow(context.db, id))) throw new AppError('not_found', { id }, path);
}

/** A node that is not deleted; a deleted one is "not found" to every edit but the undo. */
export async function requireLiveNode(context: ReadContext, id: string, path: Path = []): Promise<ProcessNodeRow> {
  const row = await findNodeRow(context.db, id);
  if (!row || row.deleted_at !== null) throw new AppError('not_found', { id }, path);
  return row;
}

/** A live node of this very process: an arrow or a citation may not reach into another process. */
export async function requireNodeInProcess(context: ReadContext, processId: string, id: string, path: Path): Promise<ProcessNodeRow> {
  const row = await findNodeRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, path);
  if (row.process_id !== processId || row.deleted_at !== null) throw new AppError('process_node_not_in_process', { id }, path);
  return row;
}

/** A variant's target group must be one of the same process's groups. */
export async function requireTargetGroupIfGiven(context: ReadContext, processId: string, id: string | null | undefined, path: Path): Promise<void> {
  if (!id) return;
  const row = await findTargetGroupRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, path);
  if (row.process_id !== processId) throw new AppError('target_group_not_in_process', { id }, path);
}
