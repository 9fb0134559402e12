import { z } from 'zod';
import {
  expectedVersionSchema,
  hasSomeLanguage,
  idSchema,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  optionalDateSchema,
  optionalTextSchema,
} from './common.js';
import { method } from './define.js';

/** Process descriptions in the spirit of JHS 152: process map, process card, steps and swimlane. */

export const PROCESS_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

export const PROCESS_NODE_KINDS = ['start', 'end', 'step', 'decision'] as const;
export type ProcessNodeKind = (typeof PROCESS_NODE_KINDS)[number];

export interface ProcessGroup {
  id: string;
  name: LocalizedText;
  sortOrder: number;
  rowVersion: number;
}

export interface ProcessSummary {
  id: string;
  groupId: string | null;
  /** in the requested language, or the first available one */
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  status: ProcessStatus;
  ownerActorId: string | null;
  ownerName: string | null;
  stepCount: number;
  /** steps or the process citing a repealed act */
  repealedReferenceCount: number;
  archived: boolean;
  sortOrder: number;
  rowVersion: number;
}

/** Prosessikartta: the groups in order, and every process (a process without a group has groupId null). */
export interface ProcessMap {
  groups: ProcessGroup[];
  processes: ProcessSummary[];
}

export interface TargetGroup {
  id: string;
  name: LocalizedText;
  sortOrder: number;
  rowVersion: number;
}

export interface LegalAct {
  id: string;
  /** "681/2023" */
  number: string;
  name: LocalizedText;
  inForceFrom: string | null;
  repealedOn: string | null;
  replacedByActId: string | null;
  replacedByNumber: string | null;
  /** repealed on or before today */
  repealed: boolean;
  rowVersion: number;
}

export interface LegalReference {
  id: string;
  /** null: the process's own legal basis */
  nodeId: string | null;
  act: LegalAct;
  /** "15 §" */
  section: string | null;
  note: string | null;
  sortOrder: number;
  rowVersion: number;
}

export interface ProcessNode {
  id: string;
  kind: ProcessNodeKind;
  /** the swimlane */
  performerActorId: string | null;
  performerName: string | null;
  /** set when the node belongs to one target group's variant of the path */
  targetGroupId: string | null;
  /** a statutory authority task (viranomaistehtävä) */
  statutory: boolean;
  name: LocalizedText;
  description: LocalizedText;
  inputs: LocalizedText;
  outputs: LocalizedText;
  /** the limit in days where it is one number, else null */
  timeLimitDays: number | null;
  /** the rule in words, e.g. "3 vuoden kuluessa ensimmäisen oleskeluluvan myöntämisestä" */
  timeLimitText: LocalizedText;
  notes: LocalizedText;
  legalReferences: LegalReference[];
  sortOrder: number;
  rowVersion: number;
}

export interface ProcessEdge {
  id: string;
  fromNodeId: string;
  toNodeId: string;
  /** a decision's branch, e.g. "työnhakija" */
  label: LocalizedText;
  sortOrder: number;
  rowVersion: number;
}

/** A problem of a process description, shown on the card and in the list. */
export interface ProcessFinding {
  code: 'repealed_act' | 'node_unreachable' | 'decision_without_branches' | 'step_without_performer';
  nodeId: string | null;
  /** e.g. { act: '1386/2010', replacedBy: '681/2023', repealedOn: '2025-01-01' } */
  params: Record<string, string>;
}

/** Prosessikortti and its steps. */
export interface ProcessDetail {
  id: string;
  groupId: string | null;
  ownerActorId: string | null;
  ownerName: string | null;
  status: ProcessStatus;
  name: LocalizedText;
  purpose: LocalizedText;
  startEvent: LocalizedText;
  endEvent: LocalizedText;
  inputs: LocalizedText;
  outputs: LocalizedText;
  timeLimits: LocalizedText;
  indicators: LocalizedText;
  informationSystems: LocalizedText;
  notes: LocalizedText;
  archived: boolean;
  sortOrder: number;
  rowVersion: number;
  targetGroups: TargetGroup[];
  /** in sort order, deleted steps left out */
  nodes: ProcessNode[];
  edges: ProcessEdge[];
  /** the process's own legal basis (node references are on the nodes) */
  legalReferences: LegalReference[];
  findings: ProcessFinding[];
  /** responsibility matrices made of this process */
  matrices: Array<{ id: string; name: string }>;
}

/** The swimlane chart drawn from the data, with its text alternative. */
export interface ProcessSwimlane {
  svg: string;
  width: number;
  height: number;
  /** a text alternative: one paragraph and the steps as a list */
  description: { summary: string; steps: Array<{ label: string; lane: string; next: string[] }> };
}

const versioned = { id: idSchema, expectedVersion: expectedVersionSchema };
const nameRequired = (value: { name: LocalizedText }) => hasSomeLanguage(value.name);
const longText = () => localizedTextSchema(20_000).nullish();

export const processFieldsSchema = z.strictObject({
  name: localizedTextSchema(),
  groupId: idSchema.nullish(),
  ownerActorId: idSchema.nullish(),
  purpose: longText(),
  startEvent: longText(),
  endEvent: longText(),
  inputs: longText(),
  outputs: longText(),
  timeLimits: longText(),
  indicators: longText(),
  informationSystems: longText(),
  notes: longText(),
});

export const processNodeFieldsSchema = z.strictObject({
  kind: z.enum(PROCESS_NODE_KINDS),
  name: localizedTextSchema(),
  performerActorId: idSchema.nullish(),
  targetGroupId: idSchema.nullish(),
  statutory: z.boolean().optional(),
  description: longText(),
  inputs: longText(),
  outputs: longText(),
  timeLimitDays: z.number().int().min(0).max(3650).nullish(),
  timeLimitText: localizedTextSchema(500).nullish(),
  notes: longText(),
});

const legalActFieldsSchema = z
  .strictObject({
    number: z
      .string()
      .max(20)
      .transform((value) => value.trim())
      .refine((value) => /^\d{1,5}\/\d{4}$/.test(value), { params: { code: 'legal_act_number_invalid' } }),
    name: localizedTextSchema(),
    inForceFrom: optionalDateSchema,
    repealedOn: optionalDateSchema,
    replacedByActId: idSchema.nullish(),
  })
  .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] });

export const processesContract = {
  'processes.map': method<ProcessMap>()({
    summary: 'The process map: groups and processes',
    writes: false,
    input: z.strictObject({ includeArchived: z.boolean().optional(), lang: localeSchema.optional() }),
  }),
  'processes.get': method<ProcessDetail>()({
    summary: 'One process: its card, target groups, steps, edges, legal basis and findings',
    writes: false,
    input: z.strictObject({ id: idSchema }),
  }),
  'processes.swimlane': method<ProcessSwimlane>()({
    summary: 'The process drawn as a swimlane chart (SVG) with its text alternative',
    writes: false,
    input: z.strictObject({ id: idSchema, lang: localeSchema.optional() }),
  }),
  'processes.create': method<ProcessDetail>()({
    summary: 'Create a process (a draft with a start and an end)',
    writes: true,
    input: processFieldsSchema.refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'processes.update': method<ProcessDetail>()({
    summary: 'Change the process card',
    writes: true,
    input: processFieldsSchema.extend(versioned).refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'processes.setStatus': method<ProcessDetail>()({
    summary: 'Move a process between draft, in review and approved',
    writes: true,
    input: z.strictObject({ ...versioned, status: z.enum(PROCESS_STATUSES) }),
  }),
  'processes.archive': method<ProcessDetail>()({ summary: 'Archive a process', writes: true, input: z.strictObject(versioned) }),
  'processes.restore': method<ProcessDetail>()({ summary: 'Bring an archived process back', writes: true, input: z.strictObject(versioned) }),
  'processes.move': method<ProcessMap>()({
    summary: 'Move a process to a group and position on the map',
    writes: true,
    input: z.strictObject({ ...versioned, groupId: idSchema.nullable(), position: z.number().int().min(0).max(10_000) }),
  }),

  'processGroups.create': method<ProcessGroup>()({
    summary: 'Add a group to the process map',
    writes: true,
    input: z.strictObject({ name: localizedTextSchema() }).refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'processGroups.update': method<ProcessGroup>()({
    summary: 'Rename a group of the process map or move it',
    writes: true,
    input: z
      .strictObject({ ...versioned, name: localizedTextSchema(), sortOrder: z.number().int().min(0).max(10_000).optional() })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'processGroups.delete': method<ProcessMap>()({
    summary: 'Remove an empty group of the process map',
    writes: true,
    input: z.strictObject(versioned),
  }),

  'targetGroups.create': method<ProcessDetail>()({
    summary: 'Add a customer / target group to a process',
    writes: true,
    input: z.strictObject({ processId: idSchema, name: localizedTextSchema() }).refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'targetGroups.update': method<ProcessDetail>()({
    summary: 'Rename a target group',
    writes: true,
    input: z.strictObject({ ...versioned, name: localizedTextSchema() }).refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'targetGroups.delete': method<ProcessDetail>()({
    summary: 'Remove a target group (its variant steps become common steps)',
    writes: true,
    input: z.strictObject(versioned),
  }),

  'processNodes.create': method<ProcessDetail>()({
    summary: 'Add a step or decision; with afterNodeId it is put into the flow right after that node',
    writes: true,
    input: z
      .strictObject({ processId: idSchema, afterNodeId: idSchema.nullish(), fields: processNodeFieldsSchema })
      .refine((value) => hasSomeLanguage(value.fields.name), { params: { code: 'name_required' }, path: ['fields', 'name'] }),
  }),
  'processNodes.update': method<ProcessDetail>()({
    summary: 'Change a step',
    writes: true,
    input: z
      .strictObject({ ...versioned, fields: processNodeFieldsSchema })
      .refine((value) => hasSomeLanguage(value.fields.name), { params: { code: 'name_required' }, path: ['fields', 'name'] }),
  }),
  'processNodes.move': method<ProcessDetail>()({
    summary: 'Move a step in the list order (the flow’s arrows stay as they are)',
    writes: true,
    input: z.strictObject({ ...versioned, position: z.number().int().min(0).max(10_000) }),
  }),
  'processNodes.delete': method<ProcessDetail>()({
    summary: 'Delete a step; its predecessors are joined to its successors. processNodes.undoDelete brings it back.',
    writes: true,
    input: z.strictObject(versioned),
  }),
  'processNodes.undoDelete': method<ProcessDetail>()({
    summary: 'Bring back a deleted step exactly as it was, with its arrows',
    writes: true,
    input: z.strictObject({ id: idSchema }),
  }),

  'processEdges.create': method<ProcessDetail>()({
    summary: 'Draw an arrow from one node to another (a decision’s branch has a label)',
    writes: true,
    input: z.strictObject({ processId: idSchema, fromNodeId: idSchema, toNodeId: idSchema, label: localizedTextSchema(200).nullish() }),
  }),
  'processEdges.update': method<ProcessDetail>()({
    summary: 'Change an arrow’s label',
    writes: true,
    input: z.strictObject({ ...versioned, label: localizedTextSchema(200).nullish() }),
  }),
  'processEdges.delete': method<ProcessDetail>()({ summary: 'Remove an arrow', writes: true, input: z.strictObject(versioned) }),

  'legalActs.list': method<LegalAct[]>()({ summary: 'The acts the network cites', writes: false, input: z.strictObject({}) }),
  'legalActs.create': method<LegalAct>()({ summary: 'Add an act', writes: true, input: legalActFieldsSchema }),
  'legalActs.update': method<LegalAct>()({
    summary: 'Change an act (e.g. record its repeal and what replaced it)',
    writes: true,
    input: z.strictObject({ ...versioned, fields: legalActFieldsSchema }),
  }),
  'legalReferences.create': method<ProcessDetail>()({
    summary: 'Cite a section of an act for a process or one of its steps',
    writes: true,
    input: z.strictObject({
      processId: idSchema,
      nodeId: idSchema.nullish(),
      actId: idSchema,
      section: optionalTextSchema(50),
      note: optionalTextSchema(1000),
    }),
  }),
  'legalReferences.delete': method<ProcessDetail>()({ summary: 'Remove a citation', writes: true, input: z.strictObject(versioned) }),
};
