import type {
  ProcessDetail,
  ProcessEdge,
  ProcessGroup,
  ProcessMap,
  ProcessNode,
  ProcessNodeKind,
  ProcessStatus,
  ProcessSummary,
  TargetGroup,
} from '../../api/contract/processes.js';
import {
  compareActNumbers,
  countRepealedReferencesByProcess,
  findLegalActRows,
  findLegalReferenceRows,
  type LegalActRow,
  toLegalAct,
  toLegalReference,
} from '../../db/repositories/legal-repository.js';
import {
  countStepsByProcess,
  findEdgeRows,
  findMatrixRowsOfProcess,
  findNodeRows,
  findProcessGroupRows,
  findProcessRow,
  findProcessRows,
  findTargetGroupRows,
  type ProcessEdgeRow,
  type ProcessGroupRow,
  type ProcessNodeRow,
  type TargetGroupRow,
} from '../../db/repositories/process-repository.js';
import { fromStoredBoolean, fromStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { ReadContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import { actorDisplayNames } from './actor-display-names.js';
import { findProcessProblems } from './process-findings.js';

export interface ProcessMapFilter {
  includeArchived?: boolean;
}

/** Prosessikartta: the groups in order and every process with its counts, names in the reader's language. */
export async function getProcessMap(context: ReadContext, filter: ProcessMapFilter = {}): Promise<ProcessMap> {
  const [groupRows, rows, steps, repealed] = await Promise.all([
    findProcessGroupRows(context.db),
    findProcessRows(context.db, { includeArchived: filter.includeArchived ?? false }),
    countStepsByProcess(context.db),
    countRepealedReferencesByProcess(context.db, context.today),
  ]);
  const owners = await actorDisplayNames(
    context,
    rows.map((row) => row.owner_actor_id),
  );
  const processes = rows.map((row): ProcessSummary => {
    const name = pickLocalized(fromStoredLocalized(row, 'name'), context.locale) ?? { text: '?', language: context.locale };
    return {
      id: row.id,
      groupId: row.group_id,
      name: name.text,
      nameLanguage: name.language,
      status: row.status as ProcessStatus,
      ownerActorId: row.owner_actor_id,
      ownerName: row.owner_actor_id ? (owners.get(row.owner_actor_id) ?? null) : null,
      stepCount: steps.get(row.id) ?? 0,
      repealedReferenceCount: repealed.get(row.id) ?? 0,
      archived: row.archived_at !== null,
      sortOrder: row.sort_order,
      rowVersion: row.row_version,
    };
  });
  processes.sort((a, b) => a.sortOrder - b.sortOrder || compareFinnish(a.name, b.name));
  return { groups: groupRows.map(toProcessGroup), processes };
}

/** Prosessikortti: the card, target groups, live steps with their citations, arrows, legal basis and findings. */
export async function getProcessDetail(context: ReadContext, id: string): Promise<ProcessDetail> {
  const row = await findProcessRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  const [targetGroupRows, nodeRows, edgeRows, referenceRows, actRows, matrixRows] = await Promise.all([
    findTargetGroupRows(context.db, id),
    findNodeRows(context.db, id),
    findEdgeRows(context.db, id),
    findLegalReferenceRows(context.db, id),
    findLegalActRows(context.db),
    findMatrixRowsOfProcess(context.db, id),
  ]);
  const actsById = new Map<string, LegalActRow>(actRows.map((act) => [act.id, act]));
  const names = await actorDisplayNames(context, [row.owner_actor_id, ...nodeRows.map((node) => node.performer_actor_id)]);
  const references = referenceRows.map((reference) => toLegalReference(reference, actsById, context.today));
  const nodes = nodeRows.map((node) => ({
    ...toProcessNode(node, names),
    legalReferences: references.filter((reference) => reference.nodeId === node.id),
  }));
  const liveIds = new Set(nodeRows.map((node) => node.id));
  const edges = edgeRows.filter((edge) => liveIds.has(edge.from_node_id) && liveIds.has(edge.to_node_id)).map(toProcessEdge);
  const processReferences = references.filter((reference) => reference.nodeId === null);
  return {
    id: row.id,
    groupId: row.group_id,
    ownerActorId: row.owner_actor_id,
    ownerName: row.owner_actor_id ? (names.get(row.owner_actor_id) ?? null) : null,
    status: row.status as ProcessStatus,
    name: fromStoredLocalized(row, 'name'),
    purpose: fromStoredLocalized(row, 'purpose'),
    startEvent: fromStoredLocalized(row, 'start_event'),
    endEvent: fromStoredLocalized(row, 'end_event'),
    inputs: fromStoredLocalized(row, 'inputs'),
    outputs: fromStoredLocalized(row, 'outputs'),
    timeLimits: fromStoredLocalized(row, 'time_limits'),
    indicators: fromStoredLocalized(row, 'indicators'),
    informationSystems: fromStoredLocalized(row, 'information_systems'),
    notes: fromStoredLocalized(row, 'notes'),
    archived: row.archived_at !== null,
    sortOrder: row.sort_order,
    rowVersion: row.row_version,
    targetGroups: targetGroupRows.map(toTargetGroup),
    nodes,
    edges,
    legalReferences: processReferences,
    findings: findProcessProblems(nodes, edges, processReferences, context.locale),
    matrices: matrixRows.map((matrix) => ({ id: matrix.id, name: pickLocalized(fromStoredLocalized(matrix, 'name'), context.locale)?.text ?? '?' })),
  };
}

/** Every act the network cites, oldest first (by year, then number). */
export async function listLegalActs(context: ReadContext) {
  const rows = await findLegalActRows(context.db);
  const actsById = new Map(rows.map((row) => [row.id, row]));
  return rows.sort((a, b) => compareActNumbers(a.number, b.number)).map((row) => toLegalAct(row, actsById, context.today));
}

export function toProcessGroup(row: ProcessGroupRow): ProcessGroup {
  return { id: row.id, name: fromStoredLocalized(row, 'name'), sortOrder: row.sort_order, rowVersion: row.row_version };
}

function toTargetGroup(row: TargetGroupRow): TargetGroup {
  return { id: row.id, name: fromStoredLocalized(row, 'name'), sortOrder: row.sort_order, rowVersion: row.row_version };
}

function toProcessNode(row: ProcessNodeRow, names: ReadonlyMap<string, string>): Omit<ProcessNode, 'legalReferences'> {
  return {
    id: row.id,
    kind: row.kind as ProcessNodeKind,
    performerActorId: row.performer_actor_id,
    performerName: row.performer_actor_id ? (names.get(row.performer_actor_id) ?? null) : null,
    targetGroupId: row.target_group_id,
    statutory: fromStoredBoolean(row.statutory),
    name: fromStoredLocalized(row, 'name'),
    description: fromStoredLocalized(row, 'description'),
    inputs: fromStoredLocalized(row, 'inputs'),
    outputs: fromStoredLocalized(row, 'outputs'),
    timeLimitDays: row.time_limit_days,
    timeLimitText: fromStoredLocalized(row, 'time_limit_text'),
    notes: fromStoredLocalized(row, 'notes'),
    sortOrder: row.sort_order,
    rowVersion: row.row_version,
  };
}

function toProcessEdge(row: ProcessEdgeRow): ProcessEdge {
  return {
    id: row.id,
    fromNodeId: row.from_node_id,
    toNodeId: row.to_node_id,
    label: fromStoredLocalized(row, 'label'),
    sortOrder: row.sort_order,
    rowVersion: row.row_version,
  };
}
