import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDetail, ProcessNode } from '../../src-main/api/contract/processes.js';
import { DEMO_ACTORS, KANTA_HAME_MUNICIPALITIES } from '../../src-main/domain/demo/demo-actors.js';
import { populateDemoProcesses } from '../../src-main/domain/demo/demo-processes.js';
import { swimlaneModelOf } from '../../src-main/domain/processes/process-swimlane.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { findAll, parseXml, textContent } from '../support/xml-well-formed.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, write } from '../support/temp-network.js';
import { callOk, createTestSession } from '../support/test-session.js';

/**
 * The demo network's processes (DEMO-FACTS §2, the Integration Act 681/2023), read through the
 * contract as the app shows them on 16 March 2026.
 */

let session: AppSession;
let main: ProcessDetail;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  // Until demo-network.ts calls populateDemoProcesses itself, add the processes to its actors here.
  if ((await callOk(session, 'processes.map', {})).processes.length === 0) {
    const actors = await callOk(session, 'actors.list', { includeArchived: true });
    const idOf = (name: string) => actors.find((actor) => actor.name === name)!.id;
    const keys = new Map<string, string>(DEMO_ACTORS.map((actor) => [actor.key, idOf(actor.fi)]));
    for (const municipality of KANTA_HAME_MUNICIPALITIES) keys.set(`kunta-${municipality.short}`, idOf(municipality.fi));
    await write(session.requireNetwork(), (context) => populateDemoProcesses(context, keys));
  }
  const map = await callOk(session, 'processes.map', {});
  main = await callOk(session, 'processes.get', { id: map.processes.find((process) => process.name === 'Maahanmuuttaja-asiakkaan kotoutumisprosessi')!.id });
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const named = (fi: string): ProcessNode => main.nodes.find((node) => node.name.fi === fi)!;
const successors = (node: ProcessNode) => main.edges.filter((edge) => edge.fromNodeId === node.id).map((edge) => main.nodes.find((each) => each.id === edge.toNodeId)!.name.fi);

describe('the demo network’s processes', () => {
  it('has a process map of four phases in three languages, the customer process approved and placement a draft', async () => {
    const map = await callOk(session, 'processes.map', {});
    expect(map.groups.map((group) => group.name.fi)).toEqual(['Alkuvaihe', 'Kotoutumissuunnitelmavaihe', 'Jatko-ohjaus', 'Varautuminen']);
    for (const group of map.groups) expect(group.name.sv && group.name.en).toBeTruthy();
    const groupOf = (name: string) => map.groups.find((group) => group.id === map.processes.find((process) => process.name === name)?.groupId)?.name.fi;
    expect(groupOf('Maahanmuuttaja-asiakkaan kotoutumisprosessi')).toBe('Kotoutumissuunnitelmavaihe');
    expect(groupOf('Kuntaan osoittaminen ja vastaanotto')).toBe('Alkuvaihe');
    expect(main.status).toBe('approved');
    expect(map.processes.find((process) => process.name === 'Kuntaan osoittaminen ja vastaanotto')?.status).toBe('draft');
    const summary = map.processes.find((process) => process.id === main.id)!;
    expect(summary.repealedReferenceCount).toBe(1);
    expect(summary.stepCount).toBeGreaterThanOrEqual(10);
    expect((await callOk(session, 'processes.map', { lang: 'en' })).processes.map((process) => process.name)).toContain('Integration process of an immigrant client');
  });

  it('runs guidance → assessment → a decision that splits at once between the employment area and the municipality', () => {
    expect(successors(named('Asiakas muuttaa kuntaan'))).toEqual(['Ohjaus ja neuvonta']);
    expect(successors(named('Ohjaus ja neuvonta'))).toEqual(['Osaamisen ja kotoutumisen palvelutarpeen arviointi']);
    expect(successors(named('Osaamisen ja kotoutumisen palvelutarpeen arviointi'))).toEqual(['Onko asiakas työnhakija?']);
    const decision = named('Onko asiakas työnhakija?');
    expect(decision.kind).toBe('decision');
    const branches = main.edges.filter((edge) => edge.fromNodeId === decision.id);
    expect(branches.map((edge) => edge.label.fi).sort()).toEqual(['ei työnhakija', 'työnhakija']);
    const jobSeekers = named('Kotoutumissuunnitelma (työnhakijat)');
    const others = named('Kotoutumissuunnitelma (työvoiman ulkopuolella olevat)');
    expect(jobSeekers.performerName).toBe('Hämeenlinnan seudun työllisyysalue');
    expect(others.performerName).toBe('Hämeenlinnan kaupunki');
    const groupName = (node: ProcessNode) => main.targetGroups.find((group) => group.id === node.targetGroupId)?.name.fi;
    expect(groupName(jobSeekers)).toBe('Työnhakijat');
    expect(groupName(others)).toBe('Työvoiman ulkopuolella olevat (esim. kotihoidon tuella olevat vanhemmat)');
    // Time limits are data on the steps, in words.
    for (const plan of [jobSeekers, others]) {
      expect(plan.timeLimitText.fi).toMatch(/3 vuoden kuluessa ensimmäisen oleskeluluvan/);
      expect(plan.timeLimitText.fi).toMatch(/enintään 3 vuotta.*2 vuodella/);
    }
    expect(main.nodes.length).toBeGreaterThanOrEqual(10);
    expect(main.nodes.length).toBeLessThanOrEqual(15);
  });

  it('flags exactly the one step still citing 1386/2010, which 681/2023 replaced on 1 January 2025', () => {
    expect(main.findings).toEqual([
      { code: 'repealed_act', nodeId: named('Kotoutumissuunnitelma (työvoiman ulkopuolella olevat)').id, params: { act: '1386/2010', replacedBy: '681/2023', repealedOn: '2025-01-01' } },
    ]);
    expect(named('Osaamisen ja kotoutumisen palvelutarpeen arviointi').legalReferences.map((reference) => reference.act.number)).toEqual(['681/2023']);
    expect(main.legalReferences.map((reference) => reference.act.number)).toEqual(['681/2023']);
  });

  it('marks statutory steps only on public authorities', async () => {
    const statutory = main.nodes.filter((node) => node.statutory);
    expect(statutory.length).toBeGreaterThanOrEqual(6);
    for (const node of statutory) {
      const performer = await callOk(session, 'actors.get', { id: node.performerActorId! });
      expect(performer.isPublicAuthority, node.name.fi!).toBe(true);
    }
  });

  it('draws the customer process as a well-formed swimlane: one lane per performer, every step labelled', async () => {
    const chart = await callOk(session, 'processes.swimlane', { id: main.id });
    const svg = parseXml(chart.svg);
    expect(svg.name).toBe('svg');
    const normalise = (value: string) => value.replace(/[\s-]+/g, '');
    const texts = findAll(svg, 'text').map((element) => normalise(textContent(element)));
    for (const node of main.nodes) expect(texts, node.name.fi!).toContain(normalise(node.name.fi!));

    const performers = [...new Set(main.nodes.map((node) => node.performerName).filter((name): name is string => name !== null))];
    const model = swimlaneModelOf(main, 'fi');
    expect(model.lanes.map((lane) => lane.label).sort()).toEqual([...performers].sort());
    expect(performers.length).toBeGreaterThanOrEqual(6);
    for (const lane of model.lanes) expect(texts).toContain(normalise(lane.label));
    expect(textContent(findAll(svg, 'title')[0]!)).toBe('Maahanmuuttaja-asiakkaan kotoutumisprosessi');
    expect(chart.description.steps).toHaveLength(main.nodes.length);

    const english = await callOk(session, 'processes.swimlane', { id: main.id, lang: 'en' });
    expect(textContent(findAll(parseXml(english.svg), 'title')[0]!)).toBe('Integration process of an immigrant client');
    expect(english.description.summary).toMatch(/^Swimlane chart: 6 actors/);
  });
});
