import type { ProcessDetail } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import {
  deleteEdgeRows,
  findEdgeRow,
  findEdgeRows,
  findLastChange,
  findNodeRow,
  findNodeRows,
  type ProcessEdgeRow,
  type ProcessNodeRow,
} from '../../db/repositories/process-repository.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { placeInOrder, renumber } from './list-order.js';
import { requireActorIfGiven, requireLiveNode, requireNodeInProcess, requireProcess, requireTargetGroupIfGiven } from './process-lookups.js';
import { getProcessDetail } from './process-queries.js';
import { insertEdge, insertNode, type NodeFields, nextEdgeOrder, nodeColumns } from './process-rows.js';
import { refreshProcessSearchText } from './process-search-text.js';

/**
 * Steps and decisions of a process. The flow (arrows) and the list order are separate: inserting
 * after a node rewires the flow, moving changes only the list order, and deleting joins the
 * node's predecessors to its successors so the flow stays whole — reversibly, see `undoDeleteProcessNode`.
 */

async function checkNodeFields(context: WriteContext, processId: string, fields: NodeFields): Promise<void> {
  await requireActorIfGiven(context, fields.performerActorId, ['fields', 'performerActorId']);
  await requireTargetGroupIfGiven(context, processId, fields.targetGroupId, ['fields', 'targetGroupId']);
}

export async function createProcessNode(
  context: WriteContext,
  processId: string,
  afterNodeId: string | null | undefined,
  fields: NodeFields,
): Promise<ProcessDetail> {
  await requireProcess(context, processId, ['processId']);
  // Every process has its one start from the moment it is created.
  if (fields.kind === 'start') throw new AppError('process_start_exists', {}, ['fields', 'kind']);
  await checkNodeFields(context, processId, fields);
  const nodes = await findNodeRows(context.db, processId);
  let after: ProcessNodeRow | undefined;
  let position: number;
  if (afterNodeId) {
    after = await requireNodeInProcess(context, processId, afterNodeId, ['afterNodeId']);
    if (after.kind === 'end') throw new AppError('process_edge_direction', {}, ['afterNodeId']);
    position = nodes.findIndex((node) => node.id === afterNodeId) + 1;
  } else {
    // A loose step goes before the end in the list; the user draws its arrows.
    const firstEnd = nodes.findIndex((node) => node.kind === 'end');
    position = firstEnd < 0 ? nodes.length : firstEnd;
  }
  const id = await insertNode(context, processId, fields, position);
  await placeInOrder(context.db, 'process_node', nodes, id, position);

  const rewiredEdgeIds: string[] = [];
  if (after) {
    // The new node takes over what followed `after`. An end has no successors, and a decision's
    // branches are its conditions ("työnhakija" → …), which a step cannot carry: after either,
    // the new node becomes one more branch instead.
    const outgoing = (await findEdgeRows(context.db, processId)).filter((edge) => edge.from_node_id === after.id);
    const branches = after.kind === 'decision' && (outgoing.length > 1 || outgoing.some(hasText));
    if (fields.kind !== 'end' && !branches) {
      for (const edge of outgoing) {
        await bumpVersion(context.db, 'process_edge', edge.id, edge.row_version, { from_node_id: id, updated_at: context.author.now.toISOString() });
        rewiredEdgeIds.push(edge.id);
      }
    }
    await insertEdge(context, processId, after.id, id, null, await nextEdgeOrder(context, processId));
  }
  await refreshProcessSearchText(context, processId);
  await recordChange(context.db, context.author, {
    entityType: 'process_node',
    entityId: id,
    operation: 'create',
    after: { node: await findNodeRow(context.db, id), afterNodeId: after?.id ?? null, rewiredEdgeIds },
  });
  return getProcessDetail(context, processId);
}

export async function updateProcessNode(context: WriteContext, id: string, expectedVersion: number, fields: NodeFields): Promise<ProcessDetail> {
  const before = await requireLiveNode(context, id);
  await checkNodeFields(context, before.process_id, fields);
  // The start and the ends hold the flow together; a step cannot become one, nor they a step.
  const fixed = (kind: string) => kind === 'start' || kind === 'end';
  if (fields.kind !== before.kind && (fixed(fields.kind) || fixed(before.kind))) {
    throw new AppError('process_node_kind_fixed', {}, ['fields', 'kind']);
  }
  await bumpVersion(context.db, 'process_node', id, expectedVersion, { ...nodeColumns(fields), updated_at: context.author.now.toISOString() });
  await refreshProcessSearchText(context, before.process_id);
  await recordChange(context.db, context.author, { entityType: 'process_node', entityId: id, operation: 'update', before, after: await findNodeRow(context.db, id) });
  return getProcessDetail(context, before.process_id);
}

/** The list (and Word) order only; the arrows stay as they are. */
export async function moveProcessNode(context: WriteContext, id: string, expectedVersion: number, position: number): Promise<ProcessDetail> {
  const before = await requireLiveNode(context, id);
  await bumpVersion(context.db, 'process_node', id, expectedVersion, { updated_at: context.author.now.toISOString() });
  await placeInOrder(context.db, 'process_node', await findNodeRows(context.db, before.process_id), id, position);
  await recordChange(context.db, context.author, { entityType: 'process_node', entityId: id, operation: 'update', before, after: await findNodeRow(context.db, id) });
  return getProcessDetail(context, before.process_id);
}

/** What a delete wrote in the change log, so that its undo can reverse exactly that. */
interface DeleteRecord {
  before: { node: ProcessNodeRow; removedEdges: ProcessEdgeRow[] };
  after: { node: ProcessNodeRow; addedEdges: ProcessEdgeRow[] };
}

const hasText = (row: ProcessEdgeRow) => Boolean(row.label_fi || row.label_sv || row.label_en);

/**
 * Soft delete: the node stays (hidden) for the undo; its arrows go, and each predecessor is
 * joined to each successor so the flow does not break. A bypass carries the incoming arrow's
 * label (a decision's branch stays a branch), else the outgoing one's.
 */
export async function deleteProcessNode(context: WriteContext, id: string, expectedVersion: number): Promise<ProcessDetail> {
  const node = await requireLiveNode(context, id);
  const liveNodes = await findNodeRows(context.db, node.process_id);
  const lastEnd = node.kind === 'end' && liveNodes.filter((other) => other.kind === 'end').length <= 1;
  if (node.kind === 'start' || lastEnd) throw new AppError('process_node_required', { kind: node.kind });

  const now = context.author.now.toISOString();
  const edges = await findEdgeRows(context.db, node.process_id);
  const incoming = edges.filter((edge) => edge.to_node_id === id);
  const outgoing = edges.filter((edge) => edge.from_node_id === id);
  const removedEdges = [...incoming, ...outgoing];
  await bumpVersion(context.db, 'process_node', id, expectedVersion, { deleted_at: now, updated_at: now });
  await deleteEdgeRows(
    context.db,
    removedEdges.map((edge) => edge.id),
  );

  const pairs = new Set(edges.filter((edge) => !removedEdges.includes(edge)).map((edge) => `${edge.from_node_id}>${edge.to_node_id}`));
  const addedEdges: ProcessEdgeRow[] = [];
  for (const into of incoming) {
    for (const out of outgoing) {
      const pair = `${into.from_node_id}>${out.to_node_id}`;
      if (into.from_node_id === out.to_node_id || pairs.has(pair)) continue;
      const label = hasText(into) ? into : hasText(out) ? out : null;
      const edgeId = await insertEdge(
        context,
        node.process_id,
        into.from_node_id,
        out.to_node_id,
        label && { fi: label.label_fi, sv: label.label_sv, en: label.label_en },
        into.sort_order,
      );
      addedEdges.push((await findEdgeRow(context.db, edgeId))!);
      pairs.add(pair);
    }
  }
  await refreshProcessSearchText(context, node.process_id);
  const record: DeleteRecord = {
    before: { node, removedEdges },
    after: { node: (await findNodeRow(context.db, id))!, addedEdges },
  };
  await recordChange(context.db, context.author, { entityType: 'process_node', entityId: id, operation: 'delete', ...record });
  return getProcessDetail(context, node.process_id);
}

/**
 * Brings a deleted node back with the arrows its delete removed, and takes away the bypass
 * arrows the delete drew. Arrows to nodes deleted since then, or already drawn again, are left out.
 */
export async function undoDeleteProcessNode(context: WriteContext, id: string): Promise<ProcessDetail> {
  const row = await findNodeRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  const entry = row.deleted_at === null ? undefined : await findLastChange(context.db, 'process_node', id, 'delete');
  if (!entry?.before_json || !entry.after_json) throw new AppError('process_node_not_deleted', {});
  const record: DeleteRecord = { before: JSON.parse(entry.before_json), after: JSON.parse(entry.after_json) };

  await bumpVersion(context.db, 'process_node', id, row.row_version, { deleted_at: null, updated_at: context.author.now.toISOString() });
  const bypassIds = record.after.addedEdges.map((edge) => edge.id);
  const removedBypasses = (await findEdgeRows(context.db, row.process_id)).filter((edge) => bypassIds.includes(edge.id));
  await deleteEdgeRows(
    context.db,
    removedBypasses.map((edge) => edge.id),
  );

  const liveNodes = await findNodeRows(context.db, row.process_id);
  const liveIds = new Set(liveNodes.map((node) => node.id));
  const current = await findEdgeRows(context.db, row.process_id);
  const taken = new Set(current.map((edge) => `${edge.from_node_id}>${edge.to_node_id}`));
  const restoredEdges: ProcessEdgeRow[] = [];
  for (const edge of record.before.removedEdges) {
    const pair = `${edge.from_node_id}>${edge.to_node_id}`;
    if (!liveIds.has(edge.from_node_id) || !liveIds.has(edge.to_node_id) || taken.has(pair)) continue;
    if (current.some((other) => other.id === edge.id)) continue;
    await context.db.insertInto('process_edge').values(edge).execute();
    restoredEdges.push(edge);
    taken.add(pair);
  }
  // Back at its old place in the list, the others numbered around it.
  await renumber(context.db, 'process_node', liveNodes);
  await refreshProcessSearchText(context, row.process_id);
  await recordChange(context.db, context.author, {
    entityType: 'process_node',
    entityId: id,
    operation: 'restore',
    before: { node: row, removedBypasses },
    after: { node: await findNodeRow(context.db, id), restoredEdges },
  });
  return getProcessDetail(context, row.process_id);
}
