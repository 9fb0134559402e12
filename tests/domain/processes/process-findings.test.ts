import { describe, expect, it } from 'vitest';
import type { LegalReference, ProcessEdge, ProcessNode, ProcessNodeKind } from '../../../src-main/api/contract/processes.js';
import { findProcessProblems } from '../../../src-main/domain/processes/process-findings.js';

const text = (fi: string) => ({ fi, sv: null, en: null });
const empty = { fi: null, sv: null, en: null };

function node(id: string, kind: ProcessNodeKind, performerActorId: string | null = 'actor', legalReferences: LegalReference[] = []): ProcessNode {
  return {
    id,
    kind,
    performerActorId,
    performerName: performerActorId,
    targetGroupId: null,
    statutory: false,
    name: text(id),
    description: empty,
    inputs: empty,
    outputs: empty,
    timeLimitDays: null,
    timeLimitText: empty,
    notes: empty,
    legalReferences,
    sortOrder: 0,
    rowVersion: 1,
  };
}
const edge = (from: string, to: string): ProcessEdge => ({ id: `${from}-${to}`, fromNodeId: from, toNodeId: to, label: empty, sortOrder: 0, rowVersion: 1 });
function citing(number: string, repealedOn: string | null, today: string): LegalReference {
  return {
    id: number,
    nodeId: null,
    section: null,
    note: null,
    sortOrder: 0,
    rowVersion: 1,
    act: {
      id: number,
      number,
      name: text('Laki'),
      inForceFrom: null,
      repealedOn,
      replacedByActId: repealedOn ? 'new' : null,
      replacedByNumber: repealedOn ? '681/2023' : null,
      repealed: repealedOn !== null && repealedOn <= today,
      rowVersion: 1,
    },
  };
}

describe('findProcessProblems', () => {
  it('finds nothing in a whole flow', () => {
    const nodes = [node('alku', 'start', null), node('vaihe', 'step'), node('loppu', 'end', null)];
    expect(findProcessProblems(nodes, [edge('alku', 'vaihe'), edge('vaihe', 'loppu')], [], 'fi')).toEqual([]);
  });

  it('finds steps the start never reaches, even when they lead somewhere themselves', () => {
    const nodes = [node('alku', 'start'), node('a', 'step'), node('irrallinen', 'step'), node('loppu', 'end')];
    const findings = findProcessProblems(nodes, [edge('alku', 'a'), edge('a', 'loppu'), edge('irrallinen', 'loppu')], [], 'fi');
    expect(findings).toEqual([{ code: 'node_unreachable', nodeId: 'irrallinen', params: { name: 'irrallinen' } }]);
  });

  it('finds a decision with fewer than two branches and a step nobody performs', () => {
    const nodes = [node('alku', 'start', null), node('päätös', 'decision'), node('tekijätön', 'step', null), node('loppu', 'end', null)];
    const findings = findProcessProblems(nodes, [edge('alku', 'päätös'), edge('päätös', 'tekijätön'), edge('tekijätön', 'loppu')], [], 'fi');
    expect(findings.map((finding) => [finding.code, finding.nodeId])).toEqual([
      ['decision_without_branches', 'päätös'],
      ['step_without_performer', 'tekijätön'],
    ]);
  });

  it('flags a citation of an act repealed on or before today, for the process and for a step', () => {
    const today = '2025-01-01';
    const nodes = [node('alku', 'start'), node('vanha', 'step', 'actor', [citing('1386/2010', '2025-01-01', today)]), node('loppu', 'end')];
    const findings = findProcessProblems(nodes, [edge('alku', 'vanha'), edge('vanha', 'loppu')], [citing('1386/2010', '2025-01-01', today), citing('380/2023', null, today)], 'fi');
    expect(findings).toEqual([
      { code: 'repealed_act', nodeId: null, params: { act: '1386/2010', replacedBy: '681/2023', repealedOn: '2025-01-01' } },
      { code: 'repealed_act', nodeId: 'vanha', params: { act: '1386/2010', replacedBy: '681/2023', repealedOn: '2025-01-01' } },
    ]);
    const dayBefore = [node('alku', 'start'), node('vanha', 'step', 'actor', [citing('1386/2010', '2025-01-01', '2024-12-31')]), node('loppu', 'end')];
    expect(findProcessProblems(dayBefore, [edge('alku', 'vanha'), edge('vanha', 'loppu')], [], 'fi')).toEqual([]);
  });
});
