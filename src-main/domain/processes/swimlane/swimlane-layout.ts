import { SwimlaneModelError, validateSwimlaneModel, type SwimlaneModel, type SwimlaneNodeKind } from './swimlane-model.js';
import { textWidth, wrapText } from './swimlane-text.js';

/**
 * Places a swimlane chart: lanes are horizontal bands, nodes stand in columns by their longest
 * path from the start (parallel branches share a column), edges are right-angled polylines chosen
 * among a few route shapes by a cost that forbids passing through boxes and dislikes crossings,
 * shared tracks and bends. Loops back to an earlier step are found first and routed around.
 */
export interface SwimlaneLayoutOptions {
  fontSize?: number;
  /** The widest a line of text in a step box may be. */
  stepTextWidth?: number;
  /** The width of the lane label column on the left. */
  laneLabelWidth?: number;
  /** Space between columns; the edges' vertical runs live here. */
  columnGap?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutLane {
  id: string;
  label: string;
  labelLines: string[];
  y: number;
  height: number;
}

export interface LaidOutNode {
  id: string;
  kind: SwimlaneNodeKind;
  laneId: string;
  label: string;
  lines: string[];
  rank: number;
  /** The whole footprint (for start/end the circle and its caption below). */
  box: Rect;
  /** The shape's centre, where its ports are measured from. */
  cx: number;
  cy: number;
  /** Half the shape's width and height (a circle's radius for start/end). */
  halfWidth: number;
  halfHeight: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  label?: string;
  labelBox?: Rect;
  /** True for a loop back to an earlier (or the same) step. */
  back: boolean;
  /** The line, ending at the base of the arrowhead. */
  points: Point[];
  /** Tip first. */
  arrowhead: [Point, Point, Point];
}

export interface SwimlaneLayout {
  title: string;
  model: SwimlaneModel;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  headerHeight: number;
  laneLabelWidth: number;
  lanes: LaidOutLane[];
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

const HEADER_HEIGHT = 44;
const LANE_PADDING = 24;
const SLOT_GAP = 18;
const BOX_PADDING_X = 12;
const BOX_PADDING_Y = 9;
const CIRCLE_RADIUS = 14;
const CAPTION_GAP = 4;
const BOTTOM_MARGIN = 28;
const TRACK_SPACING = 9;
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;
export const EDGE_LABEL_FONT_RATIO = 0.85;

/**
 * Ranks by longest path from the start, ignoring back edges; returns the back edges' indexes.
 * Nodes are taken in topological order (Kahn); when every remaining node still waits for another,
 * the graph has a loop, and it is broken at the node that waits for the fewest, earliest in the
 * model's own order. Its still-unplaced incoming edges become the back edges. So the loop
 * "follow-up → update the plan" breaks at the plan, where its author drew it, not wherever a
 * depth-first search happened to arrive first.
 */
export function rankNodes(model: SwimlaneModel): { ranks: Map<string, number>; backEdges: Set<number> } {
  const incoming = new Map<string, Array<{ from: string; index: number }>>(model.nodes.map((node) => [node.id, []]));
  model.edges.forEach((edge, index) => incoming.get(edge.to)!.push({ from: edge.from, index }));

  const ranks = new Map<string, number>();
  const backEdges = new Set<number>();
  const remaining = new Set(model.nodes.map((node) => node.id));
  const waitingFor = (id: string) => incoming.get(id)!.filter((edge) => remaining.has(edge.from)).length;
  const place = (id: string) => {
    let rank = 0;
    for (const edge of incoming.get(id)!) {
      if (remaining.has(edge.from) || backEdges.has(edge.index)) {
        backEdges.add(edge.index);
        continue;
      }
      rank = Math.max(rank, ranks.get(edge.from)! + 1);
    }
    ranks.set(id, rank);
    remaining.delete(id);
  };

  while (remaining.size > 0) {
    const ready = model.nodes.find((node) => remaining.has(node.id) && waitingFor(node.id) === 0);
    if (ready) {
      place(ready.id);
      continue;
    }
    // A loop: prefer a node some placed node already leads to, then the one waiting for fewest.
    let chosen: string | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const node of model.nodes) {
      if (!remaining.has(node.id)) continue;
      const reached = incoming.get(node.id)!.some((edge) => !remaining.has(edge.from));
      const score = waitingFor(node.id) + (reached ? 0 : model.edges.length + 1);
      if (score < best) {
        best = score;
        chosen = node.id;
      }
    }
    place(chosen!);
  }
  return { ranks, backEdges };
}

interface Sized {
  lines: string[];
  width: number;
  /** From the shape's centre line up to the footprint's top, and down to its bottom. */
  ascent: number;
  descent: number;
  halfWidth: number;
  halfHeight: number;
}

function sizeNode(kind: SwimlaneNodeKind, label: string, fontSize: number, lineHeight: number, stepTextWidth: number): Sized {
  if (kind === 'start' || kind === 'end') {
    const captionSize = fontSize * EDGE_LABEL_FONT_RATIO;
    const lines = label.trim() === '' ? [] : wrapText(label, stepTextWidth * 0.9, captionSize);
    const captionWidth = Math.max(0, ...lines.map((line) => textWidth(line, captionSize)));
    const captionHeight = lines.length * captionSize * 1.3;
    return {
      lines,
      width: Math.max(2 * CIRCLE_RADIUS, captionWidth + 4),
      ascent: CIRCLE_RADIUS,
      descent: CIRCLE_RADIUS + (lines.length ? CAPTION_GAP + captionHeight : 0),
      halfWidth: CIRCLE_RADIUS,
      halfHeight: CIRCLE_RADIUS,
    };
  }
  if (kind === 'decision') {
    // A w×h text block fits a rhombus of half-diagonals a, b when w/2a + h/2b ≤ 1; a = w, b = h does.
    const lines = wrapText(label, stepTextWidth * 0.6, fontSize);
    const textW = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    const textH = lines.length * lineHeight;
    const halfWidth = Math.ceil(textW + 6);
    const halfHeight = Math.ceil(textH + 4);
    return { lines, width: 2 * halfWidth, ascent: halfHeight, descent: halfHeight, halfWidth, halfHeight };
  }
  const lines = wrapText(label, stepTextWidth, fontSize);
  const textW = Math.max(40, ...lines.map((line) => textWidth(line, fontSize)));
  const halfWidth = Math.ceil(textW / 2 + BOX_PADDING_X);
  const halfHeight = Math.ceil((lines.length * lineHeight) / 2 + BOX_PADDING_Y);
  return { lines, width: 2 * halfWidth, ascent: halfHeight, descent: halfHeight, halfWidth, halfHeight };
}

export function layoutSwimlane(model: SwimlaneModel, options: SwimlaneLayoutOptions = {}): SwimlaneLayout {
  validateSwimlaneModel(model);
  const fontSize = options.fontSize ?? 13;
  const lineHeight = Math.round(fontSize * 1.3);
  const stepTextWidth = options.stepTextWidth ?? 160;
  const laneLabelWidth = options.laneLabelWidth ?? 210;
  const columnGap = options.columnGap ?? 60;

  const { ranks, backEdges } = rankNodes(model);
  const rankCount = model.nodes.length === 0 ? 0 : Math.max(...ranks.values()) + 1;
  const sized = new Map(model.nodes.map((node) => [node.id, sizeNode(node.kind, node.label, fontSize, lineHeight, stepTextWidth)]));

  // Columns: as wide as their widest node.
  const columnWidths = Array.from({ length: rankCount }, () => 0);
  for (const node of model.nodes) {
    const rank = ranks.get(node.id)!;
    columnWidths[rank] = Math.max(columnWidths[rank]!, sized.get(node.id)!.width);
  }
  // Gap g lies left of column g. A gap after a labelled edge's source is wide enough for its label.
  const labelFontSize = fontSize * EDGE_LABEL_FONT_RATIO;
  const gapWidths = Array.from({ length: rankCount + 1 }, () => columnGap);
  const nodeRank = (id: string) => ranks.get(id)!;
  for (const edge of model.edges) {
    if (!edge.label || nodeRank(edge.to) <= nodeRank(edge.from)) continue;
    const gap = nodeRank(edge.from) + 1;
    gapWidths[gap] = Math.max(gapWidths[gap]!, Math.ceil(textWidth(edge.label, labelFontSize) + 36));
  }
  const columnLeft: number[] = [];
  let x = laneLabelWidth + gapWidths[0]!;
  columnWidths.forEach((width, rank) => {
    columnLeft.push(x);
    x += width + gapWidths[rank + 1]!;
  });
  const width = Math.ceil(x);
  const columnCenter = (rank: number) => columnLeft[rank]! + columnWidths[rank]! / 2;

  // Lanes: nodes of the same lane and column stack in slots, in the order the model lists them.
  const slotOf = new Map<string, number>();
  const laneSlots = new Map<string, Array<{ ascent: number; descent: number }>>(model.lanes.map((lane) => [lane.id, []]));
  const taken = new Map<string, number>();
  for (const node of model.nodes) {
    const key = `${node.laneId}\u0000${ranks.get(node.id)!}`;
    const slot = taken.get(key) ?? 0;
    taken.set(key, slot + 1);
    slotOf.set(node.id, slot);
    const slots = laneSlots.get(node.laneId)!;
    const size = sized.get(node.id)!;
    const current = slots[slot] ?? { ascent: 0, descent: 0 };
    slots[slot] = { ascent: Math.max(current.ascent, size.ascent), descent: Math.max(current.descent, size.descent) };
  }

  const labelFont = fontSize;
  const lanes: LaidOutLane[] = [];
  const slotCenters = new Map<string, number[]>();
  let y = HEADER_HEIGHT;
  for (const lane of model.lanes) {
    const labelLines = wrapText(lane.label, laneLabelWidth - 20, labelFont, true);
    const slots = laneSlots.get(lane.id)!;
    const contentHeight = slots.reduce((sum, slot) => sum + slot.ascent + slot.descent, 0) + Math.max(0, slots.length - 1) * SLOT_GAP;
    const height = Math.ceil(Math.max(contentHeight + 2 * LANE_PADDING, labelLines.length * lineHeight + 2 * LANE_PADDING, 64));
    let cursor = y + (height - contentHeight) / 2;
    const centers: number[] = [];
    for (const slot of slots) {
      centers.push(cursor + slot.ascent);
      cursor += slot.ascent + slot.descent + SLOT_GAP;
    }
    slotCenters.set(lane.id, centers);
    lanes.push({ id: lane.id, label: lane.label, labelLines, y, height });
    y += height;
  }
  const height = Math.ceil(y + BOTTOM_MARGIN);

  const nodes: LaidOutNode[] = model.nodes.map((node) => {
    const size = sized.get(node.id)!;
    const rank = ranks.get(node.id)!;
    const cx = columnCenter(rank);
    const cy = slotCenters.get(node.laneId)![slotOf.get(node.id)!]!;
    return {
      id: node.id,
      kind: node.kind,
      laneId: node.laneId,
      label: node.label,
      lines: size.lines,
      rank,
      box: { x: cx - size.width / 2, y: cy - size.ascent, width: size.width, height: size.ascent + size.descent },
      cx,
      cy,
      halfWidth: size.halfWidth,
      halfHeight: size.halfHeight,
    };
  });

  const geometry: RouteGeometry = {
    nodes: new Map(nodes.map((node) => [node.id, node])),
    gapCenters: gapWidths.map((gapWidth, gap) => (gap === 0 ? laneLabelWidth + gapWidth / 2 : columnLeft[gap - 1]! + columnWidths[gap - 1]! + gapWidth / 2)),
    gapTracks: gapWidths.map((gapWidth) => Math.max(1, Math.floor((gapWidth / 2 - 6) / TRACK_SPACING))),
    corridors: [...lanes.map((lane) => lane.y), y, y + BOTTOM_MARGIN / 2],
    laneLabelWidth,
    width,
  };
  const edges = routeEdges(model, backEdges, geometry, labelFontSize);

  return { title: model.title, model, width, height, fontSize, lineHeight, headerHeight: HEADER_HEIGHT, laneLabelWidth, lanes, nodes, edges };
}

// ---- Routing -------------------------------------------------------------------------------

interface RouteGeometry {
  nodes: Map<string, LaidOutNode>;
  /** Gap g lies left of column g (the last one right of the last column). */
  gapCenters: number[];
  /** Horizontal runs between lanes (each lane's top edge, the chart's bottom). */
  corridors: number[];
  /** How many tracks each side of a gap's centre line fit in it. */
  gapTracks: number[];
  laneLabelWidth: number;
  width: number;
}

interface Segment {
  a: Point;
  b: Point;
  edge: number;
}

type Port = 'left' | 'right' | 'top' | 'bottom';

function port(node: LaidOutNode, side: Port): Point {
  switch (side) {
    case 'left':
      return { x: node.cx - node.halfWidth, y: node.cy };
    case 'right':
      return { x: node.cx + node.halfWidth, y: node.cy };
    case 'top':
      return { x: node.cx, y: node.cy - node.halfHeight };
    case 'bottom':
      return { x: node.cx, y: node.cy + node.halfHeight };
  }
}

/** Offsets 0, +1, −1, +2, −2 … tracks from a centre line. */
function tracks(center: number, count: number): number[] {
  const result = [center];
  for (let k = 1; k <= count; k += 1) result.push(center + k * TRACK_SPACING, center - k * TRACK_SPACING);
  return result;
}

/** Drops repeated and collinear middle points. */
function simplify(points: Point[]): Point[] {
  const unique = points.filter((point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y);
  return unique.filter((point, index) => {
    if (index === 0 || index === unique.length - 1) return true;
    const before = unique[index - 1]!;
    const after = unique[index + 1]!;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}

function isOrthogonal(points: Point[]): boolean {
  return points.every((point, index) => index === 0 || point.x === points[index - 1]!.x || point.y === points[index - 1]!.y);
}

/** Whether a horizontal or vertical segment enters the open interior of a rectangle. */
function segmentHitsRect(a: Point, b: Point, rect: Rect, margin: number): boolean {
  const left = rect.x - margin;
  const right = rect.x + rect.width + margin;
  const top = rect.y - margin;
  const bottom = rect.y + rect.height + margin;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > left && minX < right && maxY > top && minY < bottom;
}

function overlapLength(a1: number, a2: number, b1: number, b2: number): number {
  return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
}

function candidates(from: LaidOutNode, to: LaidOutNode, back: boolean, geometry: RouteGeometry): Point[][] {
  const result: Point[][] = [];
  const allTracks = (gap: number) => tracks(geometry.gapCenters[gap]!, geometry.gapTracks[gap]!);
  const nearTracks = (gap: number) => tracks(geometry.gapCenters[gap]!, Math.min(1, geometry.gapTracks[gap]!));
  const corridorLines = geometry.corridors.flatMap((corridor) => [corridor, corridor - 8, corridor + 8, corridor - 15, corridor + 15]);
  const afterFrom = from.rank + 1;
  const beforeTo = to.rank;
  const right = port(from, 'right');
  const left = port(to, 'left');

  if (!back) {
    if (right.y === left.y) result.push([right, left]);
    for (const x of new Set([...allTracks(afterFrom), ...allTracks(beforeTo)])) result.push([right, { x, y: right.y }, { x, y: left.y }, left]);
    // Leave from the top or bottom (a decision's branches fan out up and down) and turn in.
    if (to.cy !== from.cy) {
      const vertical = port(from, to.cy < from.cy ? 'top' : 'bottom');
      if (from.kind !== 'start' && from.kind !== 'end') result.push([vertical, { x: vertical.x, y: left.y }, left]);
      const entry = port(to, from.cy < to.cy ? 'top' : 'bottom');
      if (to.kind === 'step' || to.kind === 'decision') result.push([right, { x: entry.x, y: right.y }, entry]);
    }
    for (const corridor of corridorLines)
      for (const x1 of nearTracks(afterFrom))
        for (const x2 of nearTracks(beforeTo)) result.push([right, { x: x1, y: right.y }, { x: x1, y: corridor }, { x: x2, y: corridor }, { x: x2, y: left.y }, left]);
    return result;
  }

  // A loop back: around, through a corridor between lanes or below the chart.
  for (const corridor of corridorLines) {
    if (corridor > from.box.y + from.box.height && corridor > to.box.y + to.box.height && from.kind !== 'start' && from.kind !== 'end') {
      const down = port(from, 'bottom');
      const up = port(to, 'bottom');
      if (to.kind === 'step' || to.kind === 'decision') result.push([down, { x: down.x, y: corridor }, { x: up.x, y: corridor }, up]);
    }
    if (corridor < from.box.y && corridor < to.box.y) {
      const up = port(from, 'top');
      const down = port(to, 'top');
      result.push([up, { x: up.x, y: corridor }, { x: down.x, y: corridor }, down]);
    }
    for (const x1 of nearTracks(afterFrom))
      for (const x2 of nearTracks(beforeTo)) result.push([right, { x: x1, y: right.y }, { x: x1, y: corridor }, { x: x2, y: corridor }, { x: x2, y: left.y }, left]);
  }
  return result;
}

function routeCost(points: Point[], edgeIndex: number, from: LaidOutNode, to: LaidOutNode, placed: Segment[], sharing: (other: number) => number, geometry: RouteGeometry): number {
  let cost = (points.length - 2) * 20;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1]!;
    const b = points[index]!;
    cost += (Math.abs(a.x - b.x) + Math.abs(a.y - b.y)) * 0.1;
    if (Math.min(a.x, b.x) < geometry.laneLabelWidth + 4 || Math.max(a.x, b.x) > geometry.width) cost += 10_000;
    for (const node of geometry.nodes.values()) {
      const own = (node === from && index === 1) || (node === to && index === points.length - 1);
      if (own) continue;
      const margin = node === from || node === to ? 0 : 4;
      if (segmentHitsRect(a, b, node.box, margin)) cost += 10_000;
    }
    const vertical = a.x === b.x;
    for (const segment of placed) {
      if (segment.edge === edgeIndex) continue;
      const otherVertical = segment.a.x === segment.b.x;
      if (vertical === otherVertical) {
        const sameLine = vertical ? Math.abs(a.x - segment.a.x) < 4 : Math.abs(a.y - segment.a.y) < 4;
        const along = vertical ? overlapLength(a.y, b.y, segment.a.y, segment.b.y) : overlapLength(a.x, b.x, segment.a.x, segment.b.x);
        if (sameLine && along > 1) cost += sharing(segment.edge);
      } else {
        const [h1, h2, v1, v2] = vertical ? [segment.a, segment.b, a, b] : [a, b, segment.a, segment.b];
        const crosses = v1.x > Math.min(h1.x, h2.x) && v1.x < Math.max(h1.x, h2.x) && h1.y > Math.min(v1.y, v2.y) && h1.y < Math.max(v1.y, v2.y);
        if (crosses) cost += Math.max(0, Math.min(40, sharing(segment.edge)));
      }
    }
  }
  return cost;
}

function arrowhead(points: Point[]): { line: Point[]; head: [Point, Point, Point] } {
  const tip = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const length = Math.max(1, Math.abs(tip.x - before.x) + Math.abs(tip.y - before.y));
  const dx = (tip.x - before.x) / length;
  const dy = (tip.y - before.y) / length;
  const base = { x: tip.x - dx * ARROW_LENGTH, y: tip.y - dy * ARROW_LENGTH };
  const head: [Point, Point, Point] = [
    tip,
    { x: base.x - dy * ARROW_HALF_WIDTH, y: base.y + dx * ARROW_HALF_WIDTH },
    { x: base.x + dy * ARROW_HALF_WIDTH, y: base.y - dx * ARROW_HALF_WIDTH },
  ];
  const line = [...points.slice(0, -1), length > ARROW_LENGTH ? base : tip];
  return { line, head };
}

function placeLabel(points: Point[], label: string, fontSize: number, geometry: RouteGeometry, taken: Rect[]): Rect {
  const labelWidth = textWidth(label, fontSize) + 6;
  const labelHeight = fontSize * 1.3;
  const options: Rect[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1]!;
    const b = points[index]!;
    if (a.y === b.y) {
      const start = a.x < b.x ? a.x + 6 : a.x - 6 - labelWidth;
      options.push({ x: start, y: a.y - labelHeight - 2, width: labelWidth, height: labelHeight });
      options.push({ x: start, y: a.y + 2, width: labelWidth, height: labelHeight });
    } else {
      const start = a.y < b.y ? a.y + 6 : a.y - 6 - labelHeight;
      options.push({ x: a.x + 4, y: start, width: labelWidth, height: labelHeight });
      options.push({ x: a.x - 4 - labelWidth, y: start, width: labelWidth, height: labelHeight });
    }
  }
  const clashes = (rect: Rect) =>
    [...geometry.nodes.values()].some((node) => segmentHitsRect({ x: rect.x, y: rect.y }, { x: rect.x + rect.width, y: rect.y + rect.height }, node.box, 2)) ||
    taken.some((other) => segmentHitsRect({ x: rect.x, y: rect.y }, { x: rect.x + rect.width, y: rect.y + rect.height }, other, 1)) ||
    rect.x < geometry.laneLabelWidth;
  return options.find((rect) => !clashes(rect)) ?? options[0]!;
}

function routeEdges(model: SwimlaneModel, backEdges: Set<number>, geometry: RouteGeometry, labelFontSize: number): LaidOutEdge[] {
  const node = (id: string) => {
    const found = geometry.nodes.get(id);
    if (!found) throw new SwimlaneModelError(`Unknown node "${id}"`, id);
    return found;
  };
  // Loops first, so they take the short way round (above or below a lane) rather than circling the
  // whole chart; then short forward edges, which get the straight runs.
  const order = model.edges
    .map((edge, index) => ({ edge, index, span: backEdges.has(index) ? -1 : Math.abs(node(edge.to).rank - node(edge.from).rank) }))
    .sort((a, b) => a.span - b.span || a.index - b.index);
  const placed: Segment[] = [];
  const routes = new Map<number, Point[]>();
  for (const { edge, index } of order) {
    const from = node(edge.from);
    const to = node(edge.to);
    const back = backEdges.has(index) || to.rank <= from.rank;
    // Lines may merge into a shared target, and a step's fork had better share one trunk than run
    // as a double line; a decision's branches must
    // leave it apart, or their labels could not tell them apart. Any other overlap is a misreading.
    const sharing = (other: number) => {
      const otherEdge = model.edges[other]!;
      if (otherEdge.to === edge.to) return 2;
      if (otherEdge.from === edge.from) return from.kind === 'decision' ? 300 : -15;
      return 600;
    };
    let best: Point[] | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const candidate of candidates(from, to, back, geometry)) {
      const points = simplify(candidate);
      if (points.length < 2 || !isOrthogonal(points)) continue;
      const cost = routeCost(points, index, from, to, placed, sharing, geometry);
      if (cost < bestCost) {
        bestCost = cost;
        best = points;
      }
    }
    const points = best ?? [port(from, 'right'), port(to, 'left')];
    routes.set(index, points);
    for (let segment = 1; segment < points.length; segment += 1) placed.push({ a: points[segment - 1]!, b: points[segment]!, edge: index });
  }

  const labelBoxes: Rect[] = [];
  return model.edges.map((edge, index) => {
    const points = routes.get(index)!;
    const { line, head } = arrowhead(points);
    const laidOut: LaidOutEdge = { from: edge.from, to: edge.to, back: backEdges.has(index), points: line, arrowhead: head };
    if (edge.label !== undefined && edge.label.trim() !== '') {
      laidOut.label = edge.label;
      laidOut.labelBox = placeLabel(points, edge.label, labelFontSize, geometry, labelBoxes);
      labelBoxes.push(laidOut.labelBox);
    }
    return laidOut;
  });
}
