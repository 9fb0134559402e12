import type { LegalReference, ProcessEdge, ProcessFinding, ProcessNode } from '../../api/contract/processes.js';
import type { Locale } from '../../i18n/locales.js';
import { pickLocalized } from '../shared/localized-text.js';

/**
 * The problems of a process description, as a pure function of its live nodes, edges and
 * citations: acts repealed by now, steps the flow never reaches, decisions that do not branch,
 * and steps nobody performs (they have no swimlane).
 */
export function findProcessProblems(
  nodes: readonly ProcessNode[],
  edges: readonly ProcessEdge[],
  processReferences: readonly LegalReference[],
  locale: Locale,
): ProcessFinding[] {
  const findings: ProcessFinding[] = [];
  const nameOf = (node: ProcessNode) => pickLocalized(node.name, locale)?.text ?? '';

  const repealed = (reference: LegalReference, nodeId: string | null): ProcessFinding => ({
    code: 'repealed_act',
    nodeId,
    params: { act: reference.act.number, replacedBy: reference.act.replacedByNumber ?? '', repealedOn: reference.act.repealedOn ?? '' },
  });
  for (const reference of processReferences) if (reference.act.repealed) findings.push(repealed(reference, null));
  for (const node of nodes) for (const reference of node.legalReferences) if (reference.act.repealed) findings.push(repealed(reference, node.id));

  const reached = reachableFromStart(nodes, edges);
  const outgoing = new Map<string, number>();
  for (const edge of edges) outgoing.set(edge.fromNodeId, (outgoing.get(edge.fromNodeId) ?? 0) + 1);
  for (const node of nodes) {
    const params = { name: nameOf(node) };
    if (node.kind !== 'start' && !reached.has(node.id)) findings.push({ code: 'node_unreachable', nodeId: node.id, params });
    if (node.kind === 'decision' && (outgoing.get(node.id) ?? 0) < 2) findings.push({ code: 'decision_without_branches', nodeId: node.id, params });
    if (node.kind === 'step' && node.performerActorId === null) findings.push({ code: 'step_without_performer', nodeId: node.id, params });
  }
  return findings;
}

function reachableFromStart(nodes: readonly ProcessNode[], edges: readonly ProcessEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.fromNodeId, [...(next.get(edge.fromNodeId) ?? []), edge.toNodeId]);
  const seen = new Set<string>();
  const queue = nodes.filter((node) => node.kind === 'start').map((node) => node.id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return seen;
}
