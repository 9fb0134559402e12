import { describe, expect, it } from 'vitest';
import { layoutSwimlane, rankNodes, type Point, type Rect } from '../../../../src-main/domain/processes/swimlane/swimlane-layout.js';
import { SwimlaneModelError, type SwimlaneModel } from '../../../../src-main/domain/processes/swimlane/swimlane-model.js';
import { textWidth, wrapText } from '../../../../src-main/domain/processes/swimlane/swimlane-text.js';
import { CUSTOMER_PROCESS } from './customer-process.js';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const segmentEntersRect = (a: Point, b: Point, rect: Rect) =>
  Math.max(a.x, b.x) > rect.x + 0.5 && Math.min(a.x, b.x) < rect.x + rect.width - 0.5 && Math.max(a.y, b.y) > rect.y + 0.5 && Math.min(a.y, b.y) < rect.y + rect.height - 0.5;

describe('layoutSwimlane on the 681/2023 customer process', () => {
  const layout = layoutSwimlane(CUSTOMER_PROCESS);
  const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;

  it('has a finite size and one band per actor, stacked without gaps', () => {
    expect(Number.isFinite(layout.width) && layout.width > 0).toBe(true);
    expect(Number.isFinite(layout.height) && layout.height > 0).toBe(true);
    expect(layout.lanes.map((lane) => lane.id)).toEqual(CUSTOMER_PROCESS.lanes.map((lane) => lane.id));
    layout.lanes.slice(1).forEach((lane, index) => expect(lane.y).toBe(layout.lanes[index]!.y + layout.lanes[index]!.height));
  });

  it('never lets two boxes overlap', () => {
    for (const [index, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(index + 1)) expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
  });

  it('keeps every node inside its own lane band and right of the label column', () => {
    for (const laidOut of layout.nodes) {
      const lane = layout.lanes.find((candidate) => candidate.id === laidOut.laneId)!;
      expect(laidOut.box.y, laidOut.id).toBeGreaterThanOrEqual(lane.y);
      expect(laidOut.box.y + laidOut.box.height, laidOut.id).toBeLessThanOrEqual(lane.y + lane.height);
      expect(laidOut.box.x, laidOut.id).toBeGreaterThan(layout.laneLabelWidth);
      expect(laidOut.box.x + laidOut.box.width, laidOut.id).toBeLessThanOrEqual(layout.width);
    }
  });

  it('orders ranks along every edge except the one loop back, from follow-up to the plan', () => {
    const back = layout.edges.filter((edge) => edge.back);
    expect(back.map((edge) => `${edge.from}→${edge.to}`)).toEqual(['tavoitteet→suunnitelma-kunta']);
    for (const edge of layout.edges.filter((candidate) => !candidate.back)) expect(node(edge.to).rank, `${edge.from}→${edge.to}`).toBeGreaterThan(node(edge.from).rank);
  });

  it('puts the two authorities’ variants side by side in time, and parallel services in one column', () => {
    expect(node('arviointi-tyo').rank).toBe(node('arviointi-kunta').rank);
    expect(node('suunnitelma-tyo').rank).toBe(node('suunnitelma-kunta').rank);
    expect(new Set(['koulutus', 'sote', 'jarjesto', 'tuki'].map((id) => node(id).rank)).size).toBe(1);
    expect(node('arviointi-tyo').box.x).toBe(node('arviointi-kunta').box.x + (node('arviointi-kunta').box.width - node('arviointi-tyo').box.width) / 2);
  });

  it('draws edges as right-angled lines that start and end at their nodes and pass through no other box', () => {
    for (const edge of layout.edges) {
      const line = [...edge.points, edge.arrowhead[0]];
      line.slice(1).forEach((point, index) => expect(point.x === line[index]!.x || point.y === line[index]!.y, `${edge.from}→${edge.to}`).toBe(true));
      const from = node(edge.from);
      const to = node(edge.to);
      expect(segmentEntersRect(line[0]!, line[0]!, from.box) || isOnBorder(line[0]!, from.box)).toBe(true);
      expect(isOnBorder(edge.arrowhead[0], to.box)).toBe(true);
      for (const other of layout.nodes) {
        if (other.id === edge.from || other.id === edge.to) continue;
        line.slice(1).forEach((point, index) => expect(segmentEntersRect(line[index]!, point, other.box), `${edge.from}→${edge.to} crosses ${other.id}`).toBe(false));
      }
    }
  });

  it('labels the decision branches without covering any box', () => {
    const labelled = layout.edges.filter((edge) => edge.label);
    expect(labelled.map((edge) => edge.label)).toEqual(['työnhakija', 'ei työnhakija', 'kyllä', 'ei: päivitetään']);
    for (const edge of labelled) for (const other of layout.nodes) expect(overlaps(edge.labelBox!, other.box), `${edge.label} over ${other.id}`).toBe(false);
  });
});

function isOnBorder(point: Point, rect: Rect): boolean {
  const within = (value: number, low: number, high: number) => value >= low - 0.5 && value <= high + 0.5;
  return within(point.x, rect.x, rect.x + rect.width) && within(point.y, rect.y, rect.y + rect.height);
}

describe('layoutSwimlane with loops and bad data', () => {
  const lanes = [{ id: 'a', label: 'A' }];

  it('terminates on a loop with no start at all, and on a step that loops to itself', () => {
    const model: SwimlaneModel = {
      title: 'Loop',
      lanes,
      nodes: [
        { id: 'x', kind: 'step', laneId: 'a', label: 'X' },
        { id: 'y', kind: 'step', laneId: 'a', label: 'Y' },
      ],
      edges: [
        { from: 'x', to: 'y' },
        { from: 'y', to: 'x' },
        { from: 'y', to: 'y' },
      ],
    };
    const layout = layoutSwimlane(model);
    expect(layout.edges.filter((edge) => edge.back)).toHaveLength(2);
    expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
  });

  it('breaks a loop where it closes, not where a search happens to arrive', () => {
    const { backEdges } = rankNodes(CUSTOMER_PROCESS);
    expect([...backEdges].map((index) => CUSTOMER_PROCESS.edges[index]!.to)).toEqual(['suunnitelma-kunta']);
  });

  it('stacks two nodes of the same lane and column instead of overlapping them', () => {
    const layout = layoutSwimlane({
      title: 'Fork',
      lanes,
      nodes: [
        { id: 's', kind: 'start', laneId: 'a', label: '' },
        { id: 'p', kind: 'step', laneId: 'a', label: 'Rinnakkainen yksi' },
        { id: 'q', kind: 'step', laneId: 'a', label: 'Rinnakkainen kaksi' },
      ],
      edges: [
        { from: 's', to: 'p' },
        { from: 's', to: 'q' },
      ],
    });
    const [p, q] = ['p', 'q'].map((id) => layout.nodes.find((node) => node.id === id)!);
    expect(p!.rank).toBe(q!.rank);
    expect(overlaps(p!.box, q!.box)).toBe(false);
  });

  it('names the unknown lane or node id it cannot place', () => {
    const base: SwimlaneModel = { title: 't', lanes, nodes: [{ id: 'n', kind: 'step', laneId: 'a', label: 'N' }], edges: [] };
    expect(() => layoutSwimlane({ ...base, nodes: [{ id: 'n', kind: 'step', laneId: 'kunta-x', label: 'N' }] })).toThrow(/kunta-x/);
    expect(() => layoutSwimlane({ ...base, edges: [{ from: 'n', to: 'puuttuva' }] })).toThrow(/puuttuva/);
    expect(() => layoutSwimlane({ ...base, edges: [{ from: 'haamu', to: 'n' }] })).toThrow(/haamu/);
    expect(() => layoutSwimlane({ ...base, nodes: [...base.nodes, { id: 'n', kind: 'step', laneId: 'a', label: 'again' }] })).toThrow(SwimlaneModelError);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and keeps ordinary Finnish words whole', () => {
    const lines = wrapText('Osaamisen ja kotoutumisen palvelutarpeen arviointi', 160, 13);
    expect(lines.join(' ')).toBe('Osaamisen ja kotoutumisen palvelutarpeen arviointi');
    expect(lines.every((line) => textWidth(line, 13) <= 160)).toBe(true);
    expect(lines.some((line) => line.endsWith('-'))).toBe(false);
  });

  it('breaks after a word’s own hyphen before hyphenating anything', () => {
    expect(wrapText('Jatko-ohjaus', Math.max(textWidth('Jatko-', 13), textWidth('ohjaus', 13)) + 1, 13)).toEqual(['Jatko-', 'ohjaus']);
  });

  it('hyphenates a single word wider than the line at a syllable break', () => {
    const lines = wrapText('Kotoutumissuunnitelma', 100, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Kotoutumissuunnitelma');
    expect(lines.every((line) => textWidth(line, 13) <= 100)).toBe(true);
  });
});
