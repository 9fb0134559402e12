import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDetail, ProcessNode } from '../../src-main/api/contract/processes.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, createTestSession } from '../support/test-session.js';

/** A second look at process descriptions: edits that must keep the flow's meaning. Through `dispatch`, on a real file. */

let session: AppSession;
let municipality: string;
let employment: string;
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  municipality = (await callOk(session, 'actors.create', { name: { fi: 'Hämeenlinnan kaupunki' }, type: 'municipality', isPublicAuthority: true })).id;
  employment = (await callOk(session, 'actors.create', { name: { fi: 'Hämeenlinnan seudun työllisyysalue' }, type: 'employment_authority', isPublicAuthority: true })).id;
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const nodeNamed = (detail: ProcessDetail, fi: string): ProcessNode => detail.nodes.find((node) => node.name.fi === fi)!;
/** The flow as "from → to [label]" by Finnish names, sorted. */
const arrows = (detail: ProcessDetail) => {
  const name = (id: string) => detail.nodes.find((node) => node.id === id)?.name.fi ?? id;
  return detail.edges.map((edge) => `${name(edge.fromNodeId)} → ${name(edge.toNodeId)}${edge.label.fi ? ` [${edge.label.fi}]` : ''}`).sort();
};
const after = (detail: ProcessDetail, afterFi: string, fields: Record<string, unknown>) =>
  callOk(session, 'processNodes.create', { processId: detail.id, afterNodeId: nodeNamed(detail, afterFi).id, fields: { kind: 'step', ...fields } as never });

describe('inserting after a decision', () => {
  it('adds one more branch and leaves the labelled branches with the decision', async () => {
    let detail = await callOk(session, 'processes.create', { name: { fi: 'Haarautuva' } });
    detail = await after(detail, 'Alku', { kind: 'decision', name: { fi: 'Työnhakija?' }, performerActorId: municipality });
    detail = await after(detail, 'Työnhakija?', { name: { fi: 'Suunnitelma (työllisyysalue)' }, performerActorId: employment });
    const decision = nodeNamed(detail, 'Työnhakija?');
    const branch = detail.edges.find((edge) => edge.fromNodeId === decision.id)!;
    detail = await callOk(session, 'processEdges.update', { id: branch.id, expectedVersion: branch.rowVersion, label: { fi: 'kyllä' } });
    expect(arrows(detail)).toEqual(['Alku → Työnhakija?', 'Suunnitelma (työllisyysalue) → Loppu', 'Työnhakija? → Suunnitelma (työllisyysalue) [kyllä]']);

    detail = await after(detail, 'Työnhakija?', { name: { fi: 'Suunnitelma (kunta)' }, performerActorId: municipality });
    expect(arrows(detail)).toEqual([
      'Alku → Työnhakija?',
      'Suunnitelma (työllisyysalue) → Loppu',
      'Työnhakija? → Suunnitelma (kunta)',
      'Työnhakija? → Suunnitelma (työllisyysalue) [kyllä]',
    ]);
    expect(detail.findings.map((finding) => finding.code)).not.toContain('decision_without_branches');
  });
});
