/**
 * A process described as a swimlane chart in the spirit of JHS 152: lanes are actors, nodes are
 * steps and decision points, edges give the order. Plain data, so the same description can be
 * drawn in the app, in a Word export, or read aloud as a list.
 */
export type SwimlaneNodeKind = 'start' | 'end' | 'step' | 'decision';

export interface SwimlaneLane {
  id: string;
  label: string;
}

export interface SwimlaneNode {
  id: string;
  kind: SwimlaneNodeKind;
  laneId: string;
  label: string;
}

export interface SwimlaneEdge {
  from: string;
  to: string;
  /** The condition on a decision's branch, e.g. "työnhakija" / "ei työnhakija". */
  label?: string;
}

export interface SwimlaneModel {
  title: string;
  lanes: SwimlaneLane[];
  nodes: SwimlaneNode[];
  edges: SwimlaneEdge[];
}

/** A model that cannot be drawn; `id` names the offending lane or node id. */
export class SwimlaneModelError extends Error {
  constructor(
    message: string,
    readonly id: string,
  ) {
    super(message);
    this.name = 'SwimlaneModelError';
  }
}

const NODE_KINDS: readonly SwimlaneNodeKind[] = ['start', 'end', 'step', 'decision'];

/** Throws a SwimlaneModelError naming the first id that does not add up. */
export function validateSwimlaneModel(model: SwimlaneModel): void {
  const laneIds = new Set<string>();
  for (const lane of model.lanes) {
    if (laneIds.has(lane.id)) throw new SwimlaneModelError(`Duplicate lane id "${lane.id}"`, lane.id);
    laneIds.add(lane.id);
  }
  const nodeIds = new Set<string>();
  for (const node of model.nodes) {
    if (nodeIds.has(node.id)) throw new SwimlaneModelError(`Duplicate node id "${node.id}"`, node.id);
    if (!NODE_KINDS.includes(node.kind)) throw new SwimlaneModelError(`Node "${node.id}" has an unknown kind "${String(node.kind)}"`, node.id);
    if (!laneIds.has(node.laneId)) throw new SwimlaneModelError(`Node "${node.id}" refers to an unknown lane "${node.laneId}"`, node.laneId);
    nodeIds.add(node.id);
  }
  for (const edge of model.edges) {
    if (!nodeIds.has(edge.from)) throw new SwimlaneModelError(`An edge starts from an unknown node "${edge.from}"`, edge.from);
    if (!nodeIds.has(edge.to)) throw new SwimlaneModelError(`An edge leads to an unknown node "${edge.to}"`, edge.to);
  }
}
