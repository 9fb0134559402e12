import type { ActorSummary, Representative } from '../../src-main/api/contract/actors.js';
import type { LocalizedText } from '../../src-main/api/contract/common.js';
import type { MatrixCell, MatrixView } from '../../src-main/api/contract/matrices.js';
import type { LegalAct, LegalReference, ProcessDetail, ProcessNode } from '../../src-main/api/contract/processes.js';
import type { RaciLetter } from '../../src-main/domain/matrices/raci.js';
import type { SwimlaneModel } from '../../src-main/domain/processes/swimlane/swimlane-model.js';
import type { Locale } from '../../src-main/i18n/locales.js';
import type { ProcessDocumentModel, ProcessDocumentProcess } from '../../src-main/export/process-document/process-document-model.js';
import { CUSTOMER_PROCESS } from '../domain/processes/swimlane/customer-process.js';

/**
 * A hand-made document model: the immigrant customer process of the swimlane tests (8 lanes,
 * 15 steps) as a process card with steps, legal references (one to the repealed 1386/2010),
 * a responsibility matrix with review and acceptances, and the actors with representatives.
 */
const fi = (text: string, sv: string | null = null, en: string | null = null): LocalizedText => ({ fi: text, sv, en });
const empty: LocalizedText = { fi: null, sv: null, en: null };

export const ACT_2023: LegalAct = {
  id: 'act-681',
  number: '681/2023',
  name: fi('Laki kotoutumisen edistämisestä', 'Lag om främjande av integration', 'Act on the Promotion of Integration'),
  inForceFrom: '2025-01-01',
  repealedOn: null,
  replacedByActId: null,
  replacedByNumber: null,
  repealed: false,
  rowVersion: 1,
};

export const ACT_2010: LegalAct = {
  ...ACT_2023,
  id: 'act-1386',
  number: '1386/2010',
  inForceFrom: '2011-09-01',
  repealedOn: '2025-01-01',
  replacedByActId: 'act-681',
  replacedByNumber: '681/2023',
  repealed: true,
};

function reference(id: string, act: LegalAct, section: string, nodeId: string | null, note: string | null = null): LegalReference {
  return { id, nodeId, act, section, note, sortOrder: 0, rowVersion: 1 };
}

const SV_NAMES: Record<string, string> = {
  ohjaus: 'Handledning och rådgivning',
  koulutus: 'Integrationsutbildning',
};

export function customerProcessDetail(id = 'process-1', name = 'Maahanmuuttaneen asiakasprosessi'): ProcessDetail {
  const laneName = new Map(CUSTOMER_PROCESS.lanes.map((lane) => [lane.id, lane.label]));
  const nodes: ProcessNode[] = CUSTOMER_PROCESS.nodes.map((node, index) => ({
    id: `${id}-${node.id}`,
    kind: node.kind,
    performerActorId: `actor-${node.laneId}`,
    performerName: laneName.get(node.laneId)!,
    targetGroupId: node.id.endsWith('-tyo') ? 'tg-jobseekers' : node.id.endsWith('-kunta') ? 'tg-others' : null,
    statutory: node.id.startsWith('arviointi') || node.id.startsWith('suunnitelma'),
    name: fi(node.label, SV_NAMES[node.id] ?? null),
    description: node.kind === 'step' ? fi(`${node.label}: kuvaus vaiheesta.\nToinen rivi kuvausta.`) : empty,
    inputs: node.id === 'ohjaus' ? fi('Asiakkaan yhteystiedot') : empty,
    outputs: node.id === 'ohjaus' ? fi('Ohjaussuunnitelma') : empty,
    timeLimitDays: node.id.startsWith('arviointi') ? 60 : null,
    timeLimitText: node.id.startsWith('suunnitelma') ? fi('viimeistään 3 vuoden kuluessa ensimmäisestä oleskeluluvasta') : empty,
    notes: node.id === 'seuranta' ? fi('Seuranta vähintään kerran vuodessa.') : empty,
    legalReferences: node.id.startsWith('arviointi')
      ? [reference(`${id}-ref-${node.id}`, ACT_2023, '15 §', `${id}-${node.id}`)]
      : node.id === 'koulutus'
        ? [reference(`${id}-ref-koulutus`, ACT_2010, '20 §', `${id}-${node.id}`)]
        : [],
    sortOrder: index,
    rowVersion: 1,
  }));
  return {
    id,
    groupId: null,
    ownerActorId: 'actor-kunta',
    ownerName: 'Kunta',
    status: 'approved',
    name: fi(name, 'Kundprocessen för invandrare', 'Customer process for immigrants'),
    purpose: fi('Asiakas saa kotoutumista tukevat palvelut oikea-aikaisesti ja ilman katkoja.'),
    startEvent: fi('Oleskelulupa myönnetty'),
    endEvent: fi('Kotoutumispalvelut päättyvät'),
    inputs: fi('Oleskelulupapäätös\nKuntaan osoittaminen'),
    outputs: fi('Kotoutumissuunnitelma'),
    timeLimits: fi('Arviointi 60 päivän kuluessa'),
    indicators: fi('Suunnitelmien määrä; keskimääräinen aika arviointiin'),
    informationSystems: fi('Koulutusportti'),
    notes: empty,
    archived: false,
    sortOrder: 0,
    rowVersion: 1,
    targetGroups: [
      { id: 'tg-jobseekers', name: fi('Työnhakijat', 'Arbetssökande', 'Job seekers'), sortOrder: 0, rowVersion: 1 },
      { id: 'tg-others', name: fi('Työvoiman ulkopuolella olevat', 'Personer utanför arbetskraften', 'People outside the labour force'), sortOrder: 1, rowVersion: 1 },
    ],
    nodes,
    edges: CUSTOMER_PROCESS.edges.map((edge, index) => ({
      id: `${id}-edge-${index}`,
      fromNodeId: `${id}-${edge.from}`,
      toNodeId: `${id}-${edge.to}`,
      label: edge.label ? fi(edge.label) : empty,
      sortOrder: index,
      rowVersion: 1,
    })),
    legalReferences: [reference(`${id}-ref-1`, ACT_2023, '1 §', null), reference(`${id}-ref-2`, ACT_2010, '2 §', null, 'vanha laki')],
    findings: [],
    matrices: [{ id: 'matrix-1', name: 'Asiakasprosessin vastuut' }],
  };
}

const LETTER_CYCLE: RaciLetter[] = ['R', 'C', 'I'];

export function customerMatrix(detail: ProcessDetail, actorCount = CUSTOMER_PROCESS.lanes.length): MatrixView {
  const lanes = CUSTOMER_PROCESS.lanes;
  const columns = Array.from({ length: actorCount }, (_, index) => {
    const lane = lanes[index % lanes.length]!;
    const suffix = index < lanes.length ? '' : ` ${Math.floor(index / lanes.length) + 1}`;
    return {
      actorId: index < lanes.length ? `actor-${lane.id}` : `actor-${lane.id}-${index}`,
      name: `${lane.label}${suffix}`,
      nameLanguage: 'fi' as const,
      shortName: lane.id === 'tyo' ? 'TYÖ' : null,
      isPublicAuthority: true,
      archived: false,
      superseded: false,
      sortOrder: index,
    };
  });
  const steps = detail.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision');
  const tasks = steps.map((node, index) => ({
    id: `task-${index}`,
    lineageId: `lineage-${index}`,
    nodeId: node.id,
    name: node.name.fi!,
    nameLanguage: 'fi' as const,
    names: node.name,
    statutory: node.statutory,
    sortOrder: index,
  }));
  const cells: MatrixCell[] = [];
  tasks.forEach((task, taskIndex) => {
    const performer = steps[taskIndex]!.performerActorId!;
    cells.push({ taskId: task.id, actorId: performer, letter: 'A' });
    columns.forEach((column, columnIndex) => {
      if (column.actorId === performer || (taskIndex + columnIndex) % 3 === 0) return;
      cells.push({ taskId: task.id, actorId: column.actorId, letter: LETTER_CYCLE[(taskIndex + columnIndex) % 3]! });
    });
  });
  const version = {
    id: 'version-2',
    number: 2,
    status: 'approved' as const,
    basedOnVersionId: 'version-1',
    validOn: '2026-01-01',
    note: null,
    sentToReviewAt: '2026-02-02T08:00:00.000Z',
    reviewDeadline: '2026-02-27',
    approvedAt: '2026-03-05T10:00:00.000Z',
    approvedBy: 'Verkoston ohjausryhmä',
    approvalReference: 'Ohjausryhmän muistio 2/2026',
    decidedAt: null,
    rowVersion: 4,
  };
  return {
    matrix: { id: 'matrix-1', name: fi('Asiakasprosessin vastuut', 'Ansvar i kundprocessen'), processId: detail.id, processName: detail.name.fi, thresholds: { maxConsulted: 11, maxInformed: 11 }, archived: false, rowVersion: 1 },
    version,
    versions: [version],
    tasks,
    columns,
    cells,
    findings: [],
    summary: { errors: 0, openWarnings: 0, acceptedWarnings: 0 },
    reviews: [],
    reviewProgress: [
      { actorId: 'actor-kunta', actorName: 'Kunta', tasksToReview: 9, agreed: 8, commented: 1, openComments: 0 },
      { actorId: 'actor-kela', actorName: 'Kela', tasksToReview: 5, agreed: 5, commented: 0, openComments: 0 },
    ],
    acceptances: [
      {
        id: 'acc-1',
        actorId: 'actor-kunta',
        actorName: 'Kunta',
        acceptedByName: 'Kaupunginhallitus',
        acceptedOn: '2026-03-09',
        body: 'Hämeenlinnan kaupunginhallitus',
        section: '45 §',
        caseNumber: 'HML/1234/2026',
        note: null,
        decision: null,
        rowVersion: 1,
      },
    ],
  };
}

export function customerSwimlane(detail: ProcessDetail, locale: Locale = 'fi'): SwimlaneModel {
  const performers = [...new Set(detail.nodes.map((node) => node.performerActorId!))];
  const laneName = new Map(detail.nodes.map((node) => [node.performerActorId!, node.performerName!]));
  const pickName = (text: LocalizedText) => text[locale] ?? text.fi ?? '';
  return {
    title: pickName(detail.name),
    lanes: performers.map((id) => ({ id, label: laneName.get(id)! })),
    nodes: detail.nodes.map((node) => ({ id: node.id, kind: node.kind, laneId: node.performerActorId!, label: pickName(node.name) })),
    edges: detail.edges.map((edge) => ({ from: edge.fromNodeId, to: edge.toNodeId, ...(edge.label.fi ? { label: edge.label.fi } : {}) })),
  };
}

function actor(id: string, name: string, representatives: Array<Partial<Representative> & { name: string }>): { actor: ActorSummary; representatives: Representative[] } {
  return {
    actor: {
      id,
      name,
      nameLanguage: 'fi',
      shortName: null,
      type: 'municipality',
      isPublicAuthority: true,
      municipality: null,
      archived: false,
      succeededBy: [],
      representativeCount: representatives.length,
      rowVersion: 1,
    } as ActorSummary,
    representatives: representatives.map((person, index) => ({
      id: `${id}-rep-${index}`,
      actorId: id,
      title: null,
      email: null,
      phone: null,
      networkRole: 'member',
      validFrom: null,
      validTo: null,
      archived: false,
      rowVersion: 1,
      ...person,
    })),
  };
}

export interface FixtureOptions {
  locale?: Locale;
  isDemo?: boolean;
  caseNumber?: string | null;
  organisationName?: string | null;
  logoPng?: string | null;
  processCount?: number;
  actorCount?: number;
  withMatrix?: boolean;
}

export function makeDocumentModel(options: FixtureOptions = {}): ProcessDocumentModel {
  const locale = options.locale ?? 'fi';
  const processes: ProcessDocumentProcess[] = Array.from({ length: options.processCount ?? 1 }, (_, index) => {
    const detail = customerProcessDetail(`process-${index + 1}`, index === 0 ? 'Maahanmuuttaneen asiakasprosessi' : `Toinen prosessi ${index + 1}`);
    return {
      detail,
      swimlane: customerSwimlane(detail, locale),
      matrices: options.withMatrix === false ? [] : [customerMatrix(detail, options.actorCount)],
    };
  });
  return {
    locale,
    date: '2026-11-23',
    network: { name: 'Kanta-Hämeen kotoutumisverkosto', isDemo: options.isDemo ?? false },
    template: { organisationName: options.organisationName ?? null, logoPng: options.logoPng ?? null, caseNumber: options.caseNumber === undefined ? 'VN/123/2026' : options.caseNumber },
    processes,
    actors: [
      actor('actor-kunta', 'Kunta', [{ name: 'Maija Meikäläinen', title: 'maahanmuuttokoordinaattori', email: 'maija@example.fi', networkRole: 'coordinator' }]),
      actor('actor-kela', 'Kela', []),
      actor('actor-tyo', 'Työllisyysalue (työvoimaviranomainen)', [{ name: 'Åsa Öberg', phone: '029 000 0000' }]),
    ],
  };
}
