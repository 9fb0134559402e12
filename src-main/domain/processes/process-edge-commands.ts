import type { LocalizedText } from '../../api/contract/common.js';
import type { ProcessDetail } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { deleteRowAtVersion, findEdgeRow, findEdgeRows } from '../../db/repositories/process-repository.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { requireNodeInProcess, requireProcess } from './process-lookups.js';
import { getProcessDetail } from './process-queries.js';
import { insertEdge, nextEdgeOrder } from './process-rows.js';

/** Arrows of the flow. Several arrows out of one node are parallel branches, or a decision's branches. */

export async function createProcessEdge(
  context: WriteContext,
  processId: string,
  fromNodeId: string,
  toNodeId: string,
  label: LocalizedText | null | undefined,
): Promise<ProcessDetail> {
  await requireProcess(context, processId, ['processId']);
  const from = await requireNodeInProcess(context, processId, fromNodeId, ['fromNodeId']);
  const to = await requireNodeInProcess(context, processId, toNodeId, ['toNodeId']);
  if (from.id === to.id) throw new AppError('process_edge_self_loop', {}, ['toNodeId']);
  if (from.kind === 'end') throw new AppError('process_edge_direction', {}, ['fromNodeId']);
  if (to.kind === 'start') throw new AppError('process_edge_direction', {}, ['toNodeId']);
  const existing = await findEdgeRows(context.db, processId);
  if (existing.some((edge) => edge.from_node_id === from.id && edge.to_node_id === to.id)) throw new AppError('process_edge_exists', {}, ['toNodeId']);
  const id = await insertEdge(context, processId, from.id, to.id, label, await nextEdgeOrder(context, processId));
  await recordChange(context.db, context.author, { entityType: 'process_edge', entityId: id, operation: 'create', after: await findEdgeRow(context.db, id) });
  return getProcessDetail(context, processId);
}

export async function updateProcessEdge(context: WriteContext, id: string, expectedVersion: number, label: LocalizedText | null | undefined): Promise<ProcessDetail> {
  const before = await findEdgeRow(context.db, id);
  if (!before) throw new AppError('not_found', { id });
  await bumpVersion(context.db, 'process_edge', id, expectedVersion, { ...toStoredLocalized('label', label), updated_at: context.author.now.toISOString() });
  await recordChange(context.db, context.author, { entityType: 'process_edge', entityId: id, operation: 'update', before, after: await findEdgeRow(context.db, id) });
  return getProcessDetail(context, before.process_id);
}

export async function deleteProcessEdge(context: WriteContext, id: string, expectedVersion: number): Promise<ProcessDetail> {
  const row = await findEdgeRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'process_edge', id);
  if (!(await deleteRowAtVersion(context.db, 'process_edge', id, expectedVersion))) return throwVersionProblem(context.db, 'process_edge', id);
  await recordChange(context.db, context.author, { entityType: 'process_edge', entityId: id, operation: 'delete', before: row });
  return getProcessDetail(context, row.process_id);
}
