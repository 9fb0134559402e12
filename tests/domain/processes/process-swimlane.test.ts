import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../src-main/api/contract/common.js';
import type { ProcessDetail, ProcessNode, ProcessNodeKind } from '../../../src-main/api/contract/processes.js';
import { NO_PERFORMER_LANE_ID, swimlaneModelOf } from '../../../src-main/domain/processes/process-swimlane.js';
import { validateSwimlaneModel } from '../../../src-main/domain/processes/swimlane/swimlane-model.js';

const empty = { fi: null, sv: null, en: null };

function node(id: string, kind: ProcessNodeKind, performer: string | null, name: LocalizedText = { fi: id, sv: null, en: null }): ProcessNode {
  return {
    id,
    kind,
    performerActorId: performer,
    performerName: performer ? `Toimija ${performer}` : null,
    targetGroupId: null,
    statutory: false,
    name,
    description: empty,
    inputs: empty,
    outputs: empty,
    timeLimitDays: null,
    timeLimitText: empty,
    notes: empty,
    legalReferences: [],
    sortOrder: 0,
    rowVersion: 1,
  };
}

function detail(nodes: ProcessNode[], edges: Array<[string, string, string?]>): ProcessDetail {
  return {
    id: 'p',
    groupId: null,
    ownerActorId: null,
    ownerName: null,
    status: 'draft',
    name: { fi: 'Prosessi', sv: 'Process', en: null },
    purpose: empty,
    startEvent: empty,
    endEvent: empty,
    inputs: empty,
    outputs: empty,
    timeLimits: empty,
    indicators: empty,
    informationSystems: empty,
    notes: empty,
    archived: false,
    sortOrder: 0,
    rowVersion: 1,
    targetGroups: [],
    nodes,
    edges: edges.map(([from, to, label], index) => ({
      id: `e${index}`,
      fromNodeId: from,
      toNodeId: to,
      label: { fi: label ?? null, sv: null, en: null },
      sortOrder: index,
      rowVersion: 1,
    })),
    legalReferences: [],
    findings: [],
    matrices: [],
  };
}

describe('swimlaneModelOf', () => {
  it('makes one lane per performer in order of first appearance, start and end in their neighbours’ lanes', () => {
    const model = swimlaneModelOf(
      detail(
        [node('alku', 'start', null), node('a', 'step', 'kunta'), node('b', 'decision', 'ty'), node('c', 'step', 'kunta'), node('d', 'step', 'kela'), node('loppu', 'end', null)],
        [['alku', 'a'], ['a', 'b'], ['b', 'c', 'kyllä'], ['b', 'd', 'ei'], ['d', 'loppu'], ['c', 'loppu']],
      ),
      'fi',
    );
    validateSwimlaneModel(model);
    expect(model.title).toBe('Prosessi');
    expect(model.lanes).toEqual([
      { id: 'kunta', label: 'Toimija kunta' },
      { id: 'ty', label: 'Toimija ty' },
      { id: 'kela', label: 'Toimija kela' },
    ]);
    expect(Object.fromEntries(model.nodes.map((each) => [each.id, each.laneId]))).toMatchObject({ alku: 'kunta', loppu: 'kela' });
    expect(model.edges.filter((edge) => edge.label).map((edge) => edge.label)).toEqual(['kyllä', 'ei']);
    expect(model.edges[0]).toEqual({ from: 'alku', to: 'a' });
  });

  it('puts steps without a performer in a last lane named in the chart’s language', () => {
    const model = swimlaneModelOf(detail([node('alku', 'start', null), node('a', 'step', null), node('loppu', 'end', null)], [['alku', 'a'], ['a', 'loppu']]), 'sv');
    expect(model.lanes).toEqual([{ id: NO_PERFORMER_LANE_ID, label: 'Ingen utförare' }]);
    expect(model.nodes.every((each) => each.laneId === NO_PERFORMER_LANE_ID)).toBe(true);
    expect(model.title).toBe('Process');
  });

  it('labels nodes in the language asked for, falling back to another one', () => {
    const model = swimlaneModelOf(detail([node('a', 'step', 'kunta', { fi: 'Ohjaus ja neuvonta', sv: 'Vägledning och rådgivning', en: null })], []), 'en');
    expect(model.nodes[0]!.label).toBe('Ohjaus ja neuvonta');
    expect(swimlaneModelOf(detail([node('a', 'step', 'kunta', { fi: 'Ohjaus', sv: 'Vägledning', en: null })], []), 'sv').nodes[0]!.label).toBe('Vägledning');
  });
});
