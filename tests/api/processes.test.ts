import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDetail, ProcessEdge, ProcessNode } from '../../src-main/api/contract/processes.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, createTestSession, callRefusedWithoutWriting } from '../support/test-session.js';

/** Process descriptions through `dispatch`, against a real network file. */

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

const db = () => session.requireNetwork().db;

const refusedWithoutWriting = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

const newProcess = (fi: string) => callOk(session, 'processes.create', { name: { fi } });
const nodeNamed = (detail: ProcessDetail, fi: string): ProcessNode => {
  const found = detail.nodes.find((node) => node.name.fi === fi);
  if (!found) throw new Error(`no node ${fi} in ${detail.nodes.map((node) => node.name.fi).join(', ')}`);
  return found;
};
const start = (detail: ProcessDetail) => detail.nodes.find((node) => node.kind === 'start')!;
const end = (detail: ProcessDetail) => detail.nodes.find((node) => node.kind === 'end')!;
/** The flow as "from → to" by Finnish names, sorted: easy to read in a failing test. */
const arrows = (detail: ProcessDetail) => {
  const name = (id: string) => detail.nodes.find((node) => node.id === id)?.name.fi ?? id;
  return detail.edges.map((edge) => `${name(edge.fromNodeId)} → ${name(edge.toNodeId)}`).sort();
};
const step = (fi: string, extra: Record<string, unknown> = {}) => ({ kind: 'step' as const, name: { fi }, ...extra });

async function addAfter(detail: ProcessDetail, afterFi: string, fi: string, extra: Record<string, unknown> = {}) {
  return callOk(session, 'processNodes.create', { processId: detail.id, afterNodeId: nodeNamed(detail, afterFi).id, fields: step(fi, extra) });
}

describe('processes through the contract', () => {
  it('creates a draft running from a start to an end, then updates, moves between statuses, archives and restores it', async () => {
    const created = await callOk(session, 'processes.create', { name: { fi: '  Kuntaan osoittaminen  ', sv: 'Anvisning till kommun' }, ownerActorId: municipality });
    expect(created.status).toBe('draft');
    expect(created.name).toEqual({ fi: 'Kuntaan osoittaminen', sv: 'Anvisning till kommun', en: null });
    expect(created.ownerName).toBe('Hämeenlinnan kaupunki');
    expect(created.nodes.map((node) => node.kind)).toEqual(['start', 'end']);
    expect(arrows(created)).toEqual(['Alku → Loppu']);
    expect(created.findings).toEqual([]);
    expect(await callOk(session, 'processes.get', { id: created.id })).toEqual(created);

    const updated = await callOk(session, 'processes.update', {
      id: created.id,
      expectedVersion: 1,
      name: { fi: 'Kuntaan osoittaminen ja vastaanotto' },
      ownerActorId: employment,
      purpose: { fi: 'Pakolaisen vastaanotto kunnassa' },
      timeLimits: { fi: 'Kuntapaikka mahdollisimman pian' },
    });
    expect([updated.rowVersion, updated.name.fi, updated.ownerName, updated.purpose.fi, updated.timeLimits.fi]).toEqual([
      2,
      'Kuntaan osoittaminen ja vastaanotto',
      'Hämeenlinnan seudun työllisyysalue',
      'Pakolaisen vastaanotto kunnassa',
      'Kuntapaikka mahdollisimman pian',
    ]);
    const row = await db().selectFrom('process').select('search_text').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.search_text).toContain('kuntaan osoittaminen ja vastaanotto');
    expect(row.search_text).toContain('pakolaisen vastaanotto kunnassa');

    expect((await callOk(session, 'processes.setStatus', { id: created.id, expectedVersion: 2, status: 'in_review' })).status).toBe('in_review');
    expect((await callOk(session, 'processes.setStatus', { id: created.id, expectedVersion: 3, status: 'approved' })).status).toBe('approved');
    const archived = await callOk(session, 'processes.archive', { id: created.id, expectedVersion: 4 });
    expect(archived.archived).toBe(true);
    expect((await callOk(session, 'processes.map', {})).processes.some((process) => process.id === created.id)).toBe(false);
    expect((await callOk(session, 'processes.map', { includeArchived: true })).processes.some((process) => process.id === created.id)).toBe(true);
    const restored = await callOk(session, 'processes.restore', { id: created.id, expectedVersion: 5 });
    expect([restored.archived, restored.rowVersion]).toEqual([false, 6]);

    const log = await db().selectFrom('change_log').select('operation').where('entity_id', '=', created.id).orderBy('id').execute();
    expect(log.map((entry) => entry.operation)).toEqual(['create', 'update', 'update', 'update', 'archive', 'restore']);
  });

  it('groups the map, moves processes between groups and refuses to delete a group that holds one', async () => {
    const first = await callOk(session, 'processGroups.create', { name: { fi: 'Alkuvaihe', sv: 'Inledande skede', en: 'Initial phase' } });
    const second = await callOk(session, 'processGroups.create', { name: { fi: 'Jatko-ohjaus' } });
    const a = await callOk(session, 'processes.create', { name: { fi: 'Ohjaus ja neuvonta' }, groupId: first.id });
    const b = await callOk(session, 'processes.create', { name: { fi: 'Palvelutarpeen arviointi' }, groupId: first.id });
    const inGroup = (map: Awaited<ReturnType<typeof callOk<'processes.map'>>>, groupId: string) =>
      map.processes.filter((process) => process.groupId === groupId).map((process) => process.name);
    expect(inGroup(await callOk(session, 'processes.map', {}), first.id)).toEqual(['Ohjaus ja neuvonta', 'Palvelutarpeen arviointi']);

    const swapped = await callOk(session, 'processes.move', { id: b.id, expectedVersion: b.rowVersion, groupId: first.id, position: 0 });
    expect(inGroup(swapped, first.id)).toEqual(['Palvelutarpeen arviointi', 'Ohjaus ja neuvonta']);
    const moved = await callOk(session, 'processes.move', { id: a.id, expectedVersion: a.rowVersion, groupId: second.id, position: 5 });
    expect(inGroup(moved, second.id)).toEqual(['Ohjaus ja neuvonta']);

    const renamed = await callOk(session, 'processGroups.update', { id: second.id, expectedVersion: 1, name: { fi: 'Jatko-ohjaus', en: 'Onward referral' }, sortOrder: 0 });
    expect(renamed.name.en).toBe('Onward referral');
    expect((await callOk(session, 'processes.map', {})).groups.map((group) => group.name.fi)).toEqual(['Jatko-ohjaus', 'Alkuvaihe']);

    const error = await refusedWithoutWriting('processGroups.delete', { id: second.id, expectedVersion: renamed.rowVersion });
    expect([error.code, error.params.count]).toEqual(['process_group_not_empty', 1]);
    const empty = await callOk(session, 'processGroups.create', { name: { fi: 'Varautuminen' } });
    const after = await callOk(session, 'processGroups.delete', { id: empty.id, expectedVersion: 1 });
    expect(after.groups.some((group) => group.id === empty.id)).toBe(false);
  });

  it('puts a node inserted after another into the flow: what followed it now follows the new node', async () => {
    let detail = await newProcess('Lisäystesti');
    detail = await addAfter(detail, 'Alku', 'Ohjaus ja neuvonta', { performerActorId: municipality });
    expect(arrows(detail)).toEqual(['Alku → Ohjaus ja neuvonta', 'Ohjaus ja neuvonta → Loppu']);
    detail = await callOk(session, 'processNodes.create', {
      processId: detail.id,
      afterNodeId: nodeNamed(detail, 'Ohjaus ja neuvonta').id,
      fields: { kind: 'decision', name: { fi: 'Onko asiakas työnhakija?' }, performerActorId: municipality },
    });
    detail = await addAfter(detail, 'Onko asiakas työnhakija?', 'Kotoutumissuunnitelma (kunta)', { performerActorId: municipality });
    expect(arrows(detail)).toEqual([
      'Alku → Ohjaus ja neuvonta',
      'Kotoutumissuunnitelma (kunta) → Loppu',
      'Ohjaus ja neuvonta → Onko asiakas työnhakija?',
      'Onko asiakas työnhakija? → Kotoutumissuunnitelma (kunta)',
    ]);
    expect(detail.findings.map((finding) => finding.code)).toEqual(['decision_without_branches']);

    // A second branch: a loose step, then its arrows, one of them labelled.
    detail = await callOk(session, 'processNodes.create', { processId: detail.id, fields: step('Kotoutumissuunnitelma (työllisyysalue)', { performerActorId: employment }) });
    expect(detail.nodes.map((node) => node.name.fi).at(-2)).toBe('Kotoutumissuunnitelma (työllisyysalue)');
    expect(detail.findings.map((finding) => finding.code)).toEqual(['decision_without_branches', 'node_unreachable']);
    const decision = nodeNamed(detail, 'Onko asiakas työnhakija?');
    const jobSeekerPlan = nodeNamed(detail, 'Kotoutumissuunnitelma (työllisyysalue)');
    detail = await callOk(session, 'processEdges.create', { processId: detail.id, fromNodeId: decision.id, toNodeId: jobSeekerPlan.id, label: { fi: 'työnhakija' } });
    detail = await callOk(session, 'processEdges.create', { processId: detail.id, fromNodeId: jobSeekerPlan.id, toNodeId: end(detail).id });
    expect(detail.findings).toEqual([]);
    const branch = detail.edges.find((edge) => edge.toNodeId === jobSeekerPlan.id)!;
    detail = await callOk(session, 'processEdges.update', { id: branch.id, expectedVersion: 1, label: { fi: 'työnhakija', sv: 'arbetssökande' } });
    expect(detail.edges.find((edge) => edge.id === branch.id)?.label).toEqual({ fi: 'työnhakija', sv: 'arbetssökande', en: null });

    // Moving changes the list order only.
    const before = arrows(detail);
    detail = await callOk(session, 'processNodes.move', { id: jobSeekerPlan.id, expectedVersion: jobSeekerPlan.rowVersion, position: 1 });
    expect(detail.nodes[1]!.id).toBe(jobSeekerPlan.id);
    expect(detail.nodes.map((node) => node.sortOrder)).toEqual(detail.nodes.map((_node, index) => index));
    expect(arrows(detail)).toEqual(before);
  });

  it('deletes a step by joining its predecessors to its successors, and its undo restores exactly the same nodes and arrows', async () => {
    let detail = await newProcess('Poistotesti');
    detail = await addAfter(detail, 'Alku', 'A', { performerActorId: municipality });
    detail = await addAfter(detail, 'A', 'B', { performerActorId: municipality, timeLimitDays: 30, timeLimitText: { fi: '30 päivän kuluessa' } });
    detail = await callOk(session, 'processNodes.create', { processId: detail.id, fields: step('C', { performerActorId: employment }) });
    const [a, b, c] = ['A', 'B', 'C'].map((fi) => nodeNamed(detail, fi));
    // B fans out to C and to the end; A also goes straight to C, so one bypass already exists.
    detail = await callOk(session, 'processEdges.create', { processId: detail.id, fromNodeId: b!.id, toNodeId: c!.id, label: { fi: 'tarvittaessa' } });
    detail = await callOk(session, 'processEdges.create', { processId: detail.id, fromNodeId: c!.id, toNodeId: end(detail).id });
    detail = await callOk(session, 'processEdges.create', { processId: detail.id, fromNodeId: a!.id, toNodeId: c!.id });
    const original = detail;

    const deleted = await callOk(session, 'processNodes.delete', { id: b!.id, expectedVersion: b!.rowVersion });
    expect(deleted.nodes.some((node) => node.id === b!.id)).toBe(false);
    expect(arrows(deleted)).toEqual(['A → C', 'A → Loppu', 'Alku → A', 'C → Loppu']);
    expect((await db().selectFrom('process_node').select('deleted_at').where('id', '=', b!.id).executeTakeFirstOrThrow()).deleted_at).not.toBeNull();
    const entry = await db().selectFrom('change_log').selectAll().where('entity_id', '=', b!.id).where('operation', '=', 'delete').executeTakeFirstOrThrow();
    const logged = { before: JSON.parse(entry.before_json!), after: JSON.parse(entry.after_json!) };
    expect(logged.before.removedEdges.map((edge: { id: string }) => edge.id).sort()).toEqual(
      original.edges.filter((edge) => edge.fromNodeId === b!.id || edge.toNodeId === b!.id).map((edge) => edge.id).sort(),
    );
    expect(logged.after.addedEdges).toHaveLength(1);

    const restored = await callOk(session, 'processNodes.undoDelete', { id: b!.id });
    const withoutVersion = (nodes: ProcessNode[]) => nodes.map((node) => ({ ...node, rowVersion: node.id === b!.id ? 0 : node.rowVersion }));
    expect(withoutVersion(restored.nodes)).toEqual(withoutVersion(original.nodes));
    const byId = (edges: ProcessEdge[]) => [...edges].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(restored.edges)).toEqual(byId(original.edges));
    expect(nodeNamed(restored, 'B').rowVersion).toBe(b!.rowVersion + 2);

    const again = await refusedWithoutWriting('processNodes.undoDelete', { id: b!.id });
    expect(again.code).toBe('process_node_not_deleted');
  });

  it('keeps a decision’s branch labels on the bypasses when the decision goes, and lets a second end go', async () => {
    let detail = await newProcess('Päätöksen poisto');
    detail = await addAfter(detail, 'Alku', 'Arviointi', { performerActorId: municipality });
    detail = await callOk(session, 'processNodes.create', {
      processId: detail.id,
      afterNodeId: nodeNamed(detail, 'Arviointi').id,
      fields: { kind: 'decision', name: { fi: 'Työnhakija?' }, performerActorId: municipality },
    });
    detail = await addAfter(detail, 'Työnhakija?', 'Suunnitelma', { performerActorId: employment });
    detail = await callOk(session, 'processNodes.create', {
      processId: detail.id,
      afterNodeId: nodeNamed(detail, 'Työnhakija?').id,
      fields: { kind: 'end', name: { fi: 'Ei palvelutarvetta' } },
    });
    // An end added after a node is another branch: what followed the node stays.
    expect(arrows(detail)).toEqual(['Alku → Arviointi', 'Arviointi → Työnhakija?', 'Suunnitelma → Loppu', 'Työnhakija? → Ei palvelutarvetta', 'Työnhakija? → Suunnitelma']);
    const decision = nodeNamed(detail, 'Työnhakija?');
    for (const [to, label] of [['Suunnitelma', 'kyllä'], ['Ei palvelutarvetta', 'ei']] as const) {
      const branch = detail.edges.find((edge) => edge.fromNodeId === decision.id && edge.toNodeId === nodeNamed(detail, to).id)!;
      detail = await callOk(session, 'processEdges.update', { id: branch.id, expectedVersion: branch.rowVersion, label: { fi: label } });
    }
    const withoutDecision = await callOk(session, 'processNodes.delete', { id: decision.id, expectedVersion: decision.rowVersion });
    const labelled = withoutDecision.edges
      .filter((edge) => edge.fromNodeId === nodeNamed(detail, 'Arviointi').id)
      .map((edge) => `${withoutDecision.nodes.find((node) => node.id === edge.toNodeId)!.name.fi}: ${edge.label.fi}`)
      .sort();
    expect(labelled).toEqual(['Ei palvelutarvetta: ei', 'Suunnitelma: kyllä']);

    const secondEnd = nodeNamed(withoutDecision, 'Ei palvelutarvetta');
    const fewer = await callOk(session, 'processNodes.delete', { id: secondEnd.id, expectedVersion: secondEnd.rowVersion });
    expect(fewer.nodes.filter((node) => node.kind === 'end').map((node) => node.name.fi)).toEqual(['Loppu']);
    expect((await refusedWithoutWriting('processNodes.delete', { id: end(fewer).id, expectedVersion: end(fewer).rowVersion })).code).toBe('process_node_required');
  });

  it('refuses to delete the start or the only end, with a clear message, writing nothing', async () => {
    const detail = await newProcess('Alku ja loppu pysyvät');
    const startError = await refusedWithoutWriting('processNodes.delete', { id: start(detail).id, expectedVersion: 1 });
    expect(startError.code).toBe('process_node_required');
    expect(startError.message).toMatch(/alkua/);
    expect((await refusedWithoutWriting('processNodes.delete', { id: end(detail).id, expectedVersion: 1 })).code).toBe('process_node_required');
    const kindError = await refusedWithoutWriting('processNodes.update', { id: start(detail).id, expectedVersion: 1, fields: step('Alku') });
    expect(kindError.code).toBe('process_node_kind_fixed');
    expect((await refusedWithoutWriting('processNodes.create', { processId: detail.id, fields: { kind: 'start', name: { fi: 'Toinen alku' } } })).code).toBe('process_start_exists');
    expect((await refusedWithoutWriting('processNodes.create', { processId: detail.id, afterNodeId: end(detail).id, fields: step('Lopun jälkeen') })).code).toBe('process_edge_direction');
  });

  it('refuses arrows and references that do not add up, naming the field, writing nothing', async () => {
    let detail = await newProcess('Virhetesti');
    detail = await addAfter(detail, 'Alku', 'Vaihe', { performerActorId: municipality });
    const other = await addAfter(await newProcess('Toinen prosessi'), 'Alku', 'Vieras vaihe');
    const own = nodeNamed(detail, 'Vaihe');
    const foreign = nodeNamed(other, 'Vieras vaihe');

    const crossing = await refusedWithoutWriting('processEdges.create', { processId: detail.id, fromNodeId: own.id, toNodeId: foreign.id });
    expect([crossing.code, crossing.path]).toEqual(['process_node_not_in_process', ['toNodeId']]);
    expect(crossing.message).toBe('Vaihe ei kuulu tähän prosessiin.');
    expect((await refusedWithoutWriting('processEdges.create', { processId: detail.id, fromNodeId: own.id, toNodeId: own.id })).code).toBe('process_edge_self_loop');
    expect((await refusedWithoutWriting('processEdges.create', { processId: detail.id, fromNodeId: own.id, toNodeId: end(detail).id })).code).toBe('process_edge_exists');
    expect((await refusedWithoutWriting('processEdges.create', { processId: detail.id, fromNodeId: end(detail).id, toNodeId: own.id })).code).toBe('process_edge_direction');
    expect((await refusedWithoutWriting('processNodes.create', { processId: detail.id, afterNodeId: foreign.id, fields: step('X') })).path).toEqual(['afterNodeId']);

    const unknownActor = '01890000-0000-7000-8000-000000000000';
    const performer = await refusedWithoutWriting('processNodes.create', { processId: detail.id, fields: step('Tuntematon tekijä', { performerActorId: unknownActor }) });
    expect([performer.code, performer.path]).toEqual(['not_found', ['fields', 'performerActorId']]);
    const owner = await refusedWithoutWriting('processes.update', { id: detail.id, expectedVersion: detail.rowVersion, name: { fi: 'X' }, ownerActorId: unknownActor });
    expect([owner.code, owner.path]).toEqual(['not_found', ['ownerActorId']]);
    expect((await refusedWithoutWriting('processes.create', { name: { fi: 'X' }, groupId: unknownActor })).path).toEqual(['groupId']);

    const foreignGroup = (await callOk(session, 'targetGroups.create', { processId: other.id, name: { fi: 'Työnhakijat' } })).targetGroups[0]!;
    const variant = await refusedWithoutWriting('processNodes.update', { id: own.id, expectedVersion: own.rowVersion, fields: step('Vaihe', { targetGroupId: foreignGroup.id }) });
    expect([variant.code, variant.path]).toEqual(['target_group_not_in_process', ['fields', 'targetGroupId']]);
    expect((await refusedWithoutWriting('processes.create', { name: { fi: '', sv: null } })).code).toBe('name_required');
  });

  it('says who changed a row first when an edit is based on an old version', async () => {
    let detail = await newProcess('Versiotesti');
    detail = await addAfter(detail, 'Alku', 'Vaihe');
    const node = nodeNamed(detail, 'Vaihe');
    await callOk(session, 'processNodes.update', { id: node.id, expectedVersion: node.rowVersion, fields: step('Vaihe 2') });
    const stale = await refusedWithoutWriting('processNodes.update', { id: node.id, expectedVersion: node.rowVersion, fields: step('Vaihe 3') });
    expect(stale.code).toBe('version_conflict');
    expect(stale.message).toContain('Testaaja');
    expect((await refusedWithoutWriting('processes.update', { id: detail.id, expectedVersion: 99, name: { fi: 'X' } })).code).toBe('version_conflict');
    expect((await refusedWithoutWriting('processNodes.delete', { id: node.id, expectedVersion: node.rowVersion })).code).toBe('version_conflict');
    const edge = detail.edges[0]!;
    await callOk(session, 'processEdges.update', { id: edge.id, expectedVersion: edge.rowVersion, label: { fi: 'x' } });
    expect((await refusedWithoutWriting('processEdges.delete', { id: edge.id, expectedVersion: edge.rowVersion })).code).toBe('version_conflict');
  });

  it('turns a target group’s variant steps into common steps when the group goes', async () => {
    let detail = await newProcess('Kohderyhmätesti');
    detail = await callOk(session, 'targetGroups.create', { processId: detail.id, name: { fi: 'Työnhakijat' } });
    detail = await callOk(session, 'targetGroups.create', { processId: detail.id, name: { fi: 'Työvoiman ulkopuolella olevat' } });
    expect(detail.targetGroups.map((group) => [group.name.fi, group.sortOrder])).toEqual([['Työnhakijat', 0], ['Työvoiman ulkopuolella olevat', 1]]);
    const group = detail.targetGroups[0]!;
    detail = await addAfter(detail, 'Alku', 'Työnhakijan polku', { targetGroupId: group.id });
    expect(nodeNamed(detail, 'Työnhakijan polku').targetGroupId).toBe(group.id);
    detail = await callOk(session, 'targetGroups.update', { id: group.id, expectedVersion: 1, name: { fi: 'Työnhakijat', en: 'Job seekers' } });
    detail = await callOk(session, 'targetGroups.delete', { id: group.id, expectedVersion: 2 });
    expect(detail.targetGroups.map((each) => each.name.fi)).toEqual(['Työvoiman ulkopuolella olevat']);
    expect(nodeNamed(detail, 'Työnhakijan polku').targetGroupId).toBeNull();
  });

  it('keeps acts as data: a unique number, and a step citing a repealed act is flagged with what replaced it', async () => {
    const newAct = await callOk(session, 'legalActs.create', {
      number: ' 681/2023 ',
      name: { fi: 'Laki kotoutumisen edistämisestä' },
      inForceFrom: '2025-01-01',
    });
    expect(newAct.number).toBe('681/2023');
    const oldAct = await callOk(session, 'legalActs.create', { number: '1386/2010', name: { fi: 'Laki kotoutumisen edistämisestä' }, inForceFrom: '2011-09-01' });
    expect(oldAct.repealed).toBe(false);

    const duplicate = await refusedWithoutWriting('legalActs.create', { number: '681/2023', name: { fi: 'Kaksoiskappale' } });
    expect([duplicate.code, duplicate.path, duplicate.message]).toEqual(['legal_act_number_exists', ['number'], 'Säädös 681/2023 on jo lisätty. Muokkaa olemassa olevaa säädöstä.']);
    expect((await refusedWithoutWriting('legalActs.create', { number: '681-2023', name: { fi: 'X' } })).code).toBe('legal_act_number_invalid');
    const renumbered = await refusedWithoutWriting('legalActs.update', { id: oldAct.id, expectedVersion: 1, fields: { number: '681/2023', name: { fi: 'X' } } });
    expect([renumbered.code, renumbered.path]).toEqual(['legal_act_number_exists', ['fields', 'number']]);
    expect((await refusedWithoutWriting('legalActs.update', { id: oldAct.id, expectedVersion: 1, fields: { number: '1386/2010', name: { fi: 'X' }, replacedByActId: oldAct.id } })).code).toBe(
      'legal_act_replaced_by_self',
    );

    let detail = await newProcess('Säädöstesti');
    detail = await addAfter(detail, 'Alku', 'Alkukartoitus', { performerActorId: municipality });
    const assessment = nodeNamed(detail, 'Alkukartoitus');
    detail = await callOk(session, 'legalReferences.create', { processId: detail.id, nodeId: assessment.id, actId: oldAct.id, section: null });
    detail = await callOk(session, 'legalReferences.create', { processId: detail.id, actId: newAct.id, section: '13 §', note: 'Kotoutumisohjelma' });
    expect(detail.findings).toEqual([]);
    expect(detail.legalReferences.map((reference) => [reference.act.number, reference.section])).toEqual([['681/2023', '13 §']]);
    expect(nodeNamed(detail, 'Alkukartoitus').legalReferences.map((reference) => reference.act.number)).toEqual(['1386/2010']);

    const repealed = await callOk(session, 'legalActs.update', {
      id: oldAct.id,
      expectedVersion: 1,
      fields: { number: '1386/2010', name: { fi: 'Laki kotoutumisen edistämisestä' }, inForceFrom: '2011-09-01', repealedOn: '2025-01-01', replacedByActId: newAct.id },
    });
    expect([repealed.repealed, repealed.replacedByNumber]).toEqual([true, '681/2023']);
    detail = await callOk(session, 'processes.get', { id: detail.id });
    expect(detail.findings).toEqual([{ code: 'repealed_act', nodeId: assessment.id, params: { act: '1386/2010', replacedBy: '681/2023', repealedOn: '2025-01-01' } }]);
    const summary = (await callOk(session, 'processes.map', {})).processes.find((process) => process.id === detail.id);
    expect(summary?.repealedReferenceCount).toBe(1);
    expect(summary?.stepCount).toBe(1);
    expect((await callOk(session, 'legalActs.list', {})).map((act) => act.number)).toEqual(['1386/2010', '681/2023']);

    const citation = nodeNamed(detail, 'Alkukartoitus').legalReferences[0]!;
    expect((await refusedWithoutWriting('legalReferences.create', { processId: detail.id, nodeId: assessment.id, actId: oldAct.id })).code).toBe('legal_reference_exists');
    detail = await callOk(session, 'legalReferences.delete', { id: citation.id, expectedVersion: 1 });
    expect(detail.findings).toEqual([]);
  });

  it('flags a step without a performer, and draws the process as a swimlane chart', async () => {
    let detail = await newProcess('Uimaratatesti');
    detail = await addAfter(detail, 'Alku', 'Ohjaus ja neuvonta', { performerActorId: municipality });
    detail = await addAfter(detail, 'Ohjaus ja neuvonta', 'Palveluihin ohjaus', { performerActorId: employment });
    detail = await addAfter(detail, 'Palveluihin ohjaus', 'Seuranta');
    expect(detail.findings).toEqual([{ code: 'step_without_performer', nodeId: nodeNamed(detail, 'Seuranta').id, params: { name: 'Seuranta' } }]);

    const chart = await callOk(session, 'processes.swimlane', { id: detail.id, lang: 'en' });
    expect(chart.svg).toMatch(/^<svg /);
    expect(chart.width).toBeGreaterThan(0);
    expect(chart.description.steps.map((each) => each.lane)).toEqual(
      expect.arrayContaining(['Hämeenlinnan kaupunki', 'Hämeenlinnan seudun työllisyysalue', 'No performer']),
    );
    expect(chart.description.summary).toMatch(/^Swimlane chart: 3 actors, 3 steps/);
  });
});
