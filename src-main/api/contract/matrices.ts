import { z } from 'zod';
import { RACI_LETTERS, type RaciLetter } from '../../domain/matrices/raci.js';
import type { Finding, FindingCode } from '../../domain/matrices/matrix-checks.js';
import {
  calendarDateSchema,
  expectedVersionSchema,
  hasSomeLanguage,
  idSchema,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  optionalDateSchema,
  optionalTextSchema,
  requiredTextSchema,
} from './common.js';
import { method } from './define.js';

/** Responsibility matrices (vastuumatriisi, RACI), their versions, member review and acceptance. */

export const MATRIX_VERSION_STATUSES = ['draft', 'in_review', 'approved', 'superseded'] as const;
export type MatrixVersionStatus = (typeof MATRIX_VERSION_STATUSES)[number];

export const REVIEW_VERDICTS = ['agree', 'comment'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const REVIEW_SOURCES = ['app', 'form', 'entered_by_coordinator'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

export const FINDING_CODES = [
  'no_accountable',
  'several_accountable',
  'no_responsible',
  'too_many_consulted',
  'too_many_informed',
  'several_responsible',
  'actor_without_part',
  'inactive_actor_holds_letter',
  'statutory_accountable_not_authority',
] as const satisfies readonly FindingCode[];

export type { Finding, FindingCode, RaciLetter };

export interface MatrixSummary {
  id: string;
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  processId: string | null;
  processName: string | null;
  latestVersion: { id: string; number: number; status: MatrixVersionStatus };
  approvedVersion: { id: string; number: number; approvedAt: string | null } | null;
  taskCount: number;
  actorCount: number;
  archived: boolean;
  rowVersion: number;
}

export interface MatrixVersionSummary {
  id: string;
  number: number;
  status: MatrixVersionStatus;
  basedOnVersionId: string | null;
  /** the date whose actor names and successions the version uses */
  validOn: string;
  note: string | null;
  sentToReviewAt: string | null;
  reviewDeadline: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  approvalReference: string | null;
  /** the network meeting whose decision approved it (meetings' `decisions.apply`); null for approvals recorded by hand */
  decidedAt: MeetingDecisionPlace | null;
  rowVersion: number;
}

/** A meeting decision as the object it decided shows it: "3/2026, 5 §". */
export interface MeetingDecisionPlace {
  meetingId: string;
  /** "3/2026" */
  meetingNumber: string;
  /** "5 §" / "§ 5" */
  sectionLabel: string;
}

export interface MatrixTask {
  id: string;
  /** the same across versions */
  lineageId: string;
  nodeId: string | null;
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  names: LocalizedText;
  statutory: boolean;
  sortOrder: number;
}

export interface MatrixColumn {
  actorId: string;
  /** the actor's name as on the version's date */
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  shortName: string | null;
  isPublicAuthority: boolean;
  archived: boolean;
  superseded: boolean;
  sortOrder: number;
}

export interface MatrixCell {
  taskId: string;
  actorId: string;
  letter: RaciLetter;
}

export interface ReviewAnswer {
  id: string;
  actorId: string;
  taskId: string;
  verdict: ReviewVerdict;
  comment: string | null;
  source: ReviewSource;
  resolution: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** Per member: how far its review of the version has come. */
export interface ReviewProgress {
  actorId: string;
  actorName: string;
  /** tasks on which the member holds a letter: the ones it is asked to review */
  tasksToReview: number;
  agreed: number;
  commented: number;
  openComments: number;
}

export interface MatrixAcceptance {
  id: string;
  actorId: string;
  actorName: string;
  acceptedByName: string;
  acceptedOn: string;
  /** the deciding body, e.g. "Hämeenlinnan kaupunginhallitus" */
  body: string | null;
  /** "45 §" */
  section: string | null;
  /** diaarinumero */
  caseNumber: string | null;
  note: string | null;
  /** the network meeting decision that recorded it; null when recorded by hand */
  decision: MeetingDecisionPlace | null;
  rowVersion: number;
}

export interface MatrixThresholds {
  maxConsulted: number;
  maxInformed: number;
}

/** One version of a matrix with everything a screen or an export needs, in one call. */
export interface MatrixView {
  matrix: { id: string; name: LocalizedText; processId: string | null; processName: string | null; thresholds: MatrixThresholds; archived: boolean; rowVersion: number };
  version: MatrixVersionSummary;
  /** every version of the matrix, newest first */
  versions: MatrixVersionSummary[];
  tasks: MatrixTask[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
  findings: Finding[];
  summary: { errors: number; openWarnings: number; acceptedWarnings: number };
  reviews: ReviewAnswer[];
  reviewProgress: ReviewProgress[];
  acceptances: MatrixAcceptance[];
}

/** The result of a cell edit: small, so fast typing stays fast at 200 × 60. */
export interface CellEditResult {
  versionRowVersion: number;
  cells: MatrixCell[];
  findings: Finding[];
  summary: { errors: number; openWarnings: number; acceptedWarnings: number };
}

export interface CellChange {
  taskLineageId: string;
  taskName: string;
  actorId: string;
  actorName: string;
  before: RaciLetter | null;
  after: RaciLetter | null;
}

/** Two versions compared cell by cell, tasks paired by lineage. */
export interface MatrixComparison {
  from: MatrixVersionSummary;
  to: MatrixVersionSummary;
  changedCells: CellChange[];
  addedTasks: Array<{ lineageId: string; name: string }>;
  removedTasks: Array<{ lineageId: string; name: string }>;
  addedActors: Array<{ actorId: string; name: string }>;
  removedActors: Array<{ actorId: string; name: string }>;
}

const letterSchema = z.enum(RACI_LETTERS);
const thresholdsSchema = z.strictObject({ maxConsulted: z.number().int().min(0).max(1000), maxInformed: z.number().int().min(0).max(1000) });
const versionRef = { versionId: idSchema, expectedVersion: expectedVersionSchema };
const nameRequired = (value: { name: LocalizedText }) => hasSomeLanguage(value.name);

export const matricesContract = {
  'matrices.list': method<MatrixSummary[]>()({
    summary: 'Every responsibility matrix with its latest and approved version',
    writes: false,
    input: z.strictObject({ includeArchived: z.boolean().optional(), processId: idSchema.optional(), lang: localeSchema.optional() }),
  }),
  'matrices.get': method<MatrixView>()({
    summary: 'One version of a matrix (the latest when versionId is left out) with checks, reviews and acceptances',
    writes: false,
    input: z.strictObject({ matrixId: idSchema, versionId: idSchema.optional(), lang: localeSchema.optional() }),
  }),
  'matrices.create': method<MatrixView>()({
    summary: 'Create a matrix: rows from a process’s steps (or none), columns from its performers or the given actors',
    writes: true,
    input: z
      .strictObject({
        name: localizedTextSchema(),
        processId: idSchema.nullish(),
        actorIds: z.array(idSchema).max(500).optional(),
        thresholds: thresholdsSchema.optional(),
      })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'matrices.update': method<MatrixView>()({
    summary: 'Rename a matrix or change its check thresholds',
    writes: true,
    input: z
      .strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, name: localizedTextSchema(), thresholds: thresholdsSchema })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'matrices.archive': method<MatrixView>()({
    summary: 'Archive a matrix',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'matrices.restore': method<MatrixView>()({
    summary: 'Bring an archived matrix back',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),

  'matrices.setCells': method<CellEditResult>()({
    summary: 'Set letters of a draft (null empties a cell); one or many cells in one transaction',
    writes: true,
    input: z.strictObject({
      ...versionRef,
      cells: z
        .array(z.strictObject({ taskId: idSchema, actorId: idSchema, letter: letterSchema.nullable() }))
        .min(1)
        .max(20_000),
    }),
  }),
  'matrices.addTask': method<MatrixView>()({
    summary: 'Add a row to a draft (a free task, or a step of the process)',
    writes: true,
    input: z
      .strictObject({ ...versionRef, name: localizedTextSchema(), nodeId: idSchema.nullish(), statutory: z.boolean().optional(), position: z.number().int().min(0).optional() })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'matrices.updateTask': method<MatrixView>()({
    summary: 'Rename a row of a draft or mark it statutory',
    writes: true,
    input: z
      .strictObject({ ...versionRef, taskId: idSchema, name: localizedTextSchema(), statutory: z.boolean() })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'matrices.moveTask': method<MatrixView>()({
    summary: 'Move a row of a draft',
    writes: true,
    input: z.strictObject({ ...versionRef, taskId: idSchema, position: z.number().int().min(0) }),
  }),
  'matrices.removeTask': method<MatrixView>()({
    summary: 'Remove a row (and its letters) from a draft',
    writes: true,
    input: z.strictObject({ ...versionRef, taskId: idSchema }),
  }),
  'matrices.addColumn': method<MatrixView>()({
    summary: 'Add an actor as a column of a draft',
    writes: true,
    input: z.strictObject({ ...versionRef, actorId: idSchema, position: z.number().int().min(0).optional() }),
  }),
  'matrices.moveColumn': method<MatrixView>()({
    summary: 'Move a column of a draft',
    writes: true,
    input: z.strictObject({ ...versionRef, actorId: idSchema, position: z.number().int().min(0) }),
  }),
  'matrices.removeColumn': method<MatrixView>()({
    summary: 'Remove an actor’s column (and its letters) from a draft',
    writes: true,
    input: z.strictObject({ ...versionRef, actorId: idSchema }),
  }),
  'matrices.transferColumn': method<MatrixView>()({
    summary: 'Give a superseded actor’s letters to its successors in a draft (seuraanto), and remove its column',
    writes: true,
    input: z.strictObject({ ...versionRef, fromActorId: idSchema, toActorIds: z.array(idSchema).min(1).max(50) }),
  }),
  'matrices.acceptWarning': method<CellEditResult>()({
    summary: 'Accept a warning with a reason that is kept on record',
    writes: true,
    input: z.strictObject({
      ...versionRef,
      code: z.enum(FINDING_CODES),
      taskId: idSchema.nullable(),
      actorId: idSchema.nullable(),
      reason: requiredTextSchema(1000),
    }),
  }),
  'matrices.withdrawAcceptance': method<CellEditResult>()({
    summary: 'Take back an accepted warning',
    writes: true,
    input: z.strictObject({ ...versionRef, code: z.enum(FINDING_CODES), taskId: idSchema.nullable(), actorId: idSchema.nullable() }),
  }),

  'matrices.sendToReview': method<MatrixView>()({
    summary: 'Freeze a draft and send it to the members for review (refused while it has errors)',
    writes: true,
    input: z.strictObject({ ...versionRef, reviewDeadline: optionalDateSchema }),
  }),
  'matrices.approve': method<MatrixView>()({
    summary: 'Approve a version in review (the earlier approved one becomes superseded)',
    writes: true,
    input: z.strictObject({ ...versionRef, approvedOn: calendarDateSchema, approvalReference: optionalTextSchema(300) }),
  }),
  'matrices.returnToDraft': method<MatrixView>()({
    summary: 'Take a version in review back to draft (its review answers are kept for reference)',
    writes: true,
    input: z.strictObject(versionRef),
  }),
  'matrices.newDraft': method<MatrixView>()({
    summary: 'Start a new draft from a version (by default the approved one)',
    writes: true,
    input: z.strictObject({ matrixId: idSchema, fromVersionId: idSchema.optional(), validOn: optionalDateSchema, note: optionalTextSchema(1000) }),
  }),
  'matrices.compare': method<MatrixComparison>()({
    summary: 'Compare two versions cell by cell',
    writes: false,
    input: z.strictObject({ fromVersionId: idSchema, toVersionId: idSchema, lang: localeSchema.optional() }),
  }),

  'reviews.record': method<MatrixView>()({
    summary: 'Record a member’s answers (agree, or a comment) on tasks of a version in review',
    writes: true,
    input: z.strictObject({
      versionId: idSchema,
      actorId: idSchema,
      source: z.enum(REVIEW_SOURCES),
      answers: z
        .array(z.strictObject({ taskId: idSchema, verdict: z.enum(REVIEW_VERDICTS), comment: optionalTextSchema(5000) }))
        .min(1)
        .max(5000),
    }),
  }),
  'reviews.resolve': method<MatrixView>()({
    summary: 'Answer a member’s comment (closes it)',
    writes: true,
    input: z.strictObject({ reviewId: idSchema, resolution: requiredTextSchema(5000) }),
  }),

  'acceptances.record': method<MatrixView>()({
    summary: 'Record that a member organisation accepted an approved version by its own decision',
    writes: true,
    input: z.strictObject({
      versionId: idSchema,
      actorId: idSchema,
      acceptedByName: requiredTextSchema(200),
      acceptedOn: calendarDateSchema,
      body: optionalTextSchema(200),
      section: optionalTextSchema(50),
      caseNumber: optionalTextSchema(100),
      note: optionalTextSchema(1000),
    }),
  }),
  'acceptances.delete': method<MatrixView>()({
    summary: 'Remove an acceptance recorded by mistake',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),
};
