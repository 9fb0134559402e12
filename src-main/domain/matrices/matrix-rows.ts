import type {
  MatrixAcceptance,
  MatrixCell,
  MatrixColumn,
  MatrixTask,
  MatrixVersionStatus,
  MatrixVersionSummary,
  MeetingDecisionPlace,
  ReviewAnswer,
  ReviewSource,
  ReviewVerdict,
} from '../../api/contract/matrices.js';
import type { AcceptedWarningRow, MatrixCellRow, MatrixColumnRow, MatrixTaskRow, MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import type { AcceptanceRow, ReviewRow } from '../../db/repositories/matrix-review-repository.js';
import { fromStoredBoolean, fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { pickLocalized } from '../shared/localized-text.js';
import type { ActorOnDate } from './matrix-actors.js';
import type { AcceptedWarning, FindingCode } from './matrix-checks.js';
import type { RaciLetter } from './raci.js';

/** Stored matrix rows as the contract shows them. */

/** Where meeting decisions were made, by decision id (see `decisionPlaces`); absent: shown as none. */
export type DecisionPlaces = ReadonlyMap<string, MeetingDecisionPlace>;

export function toVersionSummary(row: MatrixVersionRow, places?: DecisionPlaces): MatrixVersionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as MatrixVersionStatus,
    basedOnVersionId: row.based_on_version_id,
    validOn: row.valid_on,
    note: row.note,
    sentToReviewAt: row.sent_to_review_at,
    reviewDeadline: row.review_deadline,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    approvalReference: row.approval_reference,
    decidedAt: (row.approved_by_decision_id && places?.get(row.approved_by_decision_id)) || null,
    rowVersion: row.row_version,
  };
}

export function toTask(row: MatrixTaskRow, locale: Locale): MatrixTask {
  const names = fromStoredLocalized(row, 'name');
  const picked = pickLocalized(names, locale) ?? { text: '?', language: locale };
  return {
    id: row.id,
    lineageId: row.lineage_id,
    nodeId: row.node_id,
    name: picked.text,
    nameLanguage: picked.language,
    names,
    statutory: fromStoredBoolean(row.statutory),
    sortOrder: row.sort_order,
  };
}

export function toColumn(row: MatrixColumnRow, actor: ActorOnDate | undefined, locale: Locale): MatrixColumn {
  return {
    actorId: row.actor_id,
    name: actor?.name ?? '?',
    nameLanguage: actor?.nameLanguage ?? locale,
    shortName: actor?.shortName ?? null,
    isPublicAuthority: actor?.isPublicAuthority ?? false,
    archived: actor?.archived ?? false,
    superseded: actor?.superseded ?? false,
    sortOrder: row.sort_order,
  };
}

export const toCell = (row: MatrixCellRow): MatrixCell => ({ taskId: row.task_id, actorId: row.actor_id, letter: row.letter as RaciLetter });

export const toAcceptedWarning = (row: AcceptedWarningRow): AcceptedWarning => ({
  code: row.code as FindingCode,
  taskId: row.task_id,
  actorId: row.actor_id,
  reason: row.reason,
});

export const toReviewAnswer = (row: ReviewRow): ReviewAnswer => ({
  id: row.id,
  actorId: row.actor_id,
  taskId: row.task_id,
  verdict: row.verdict as ReviewVerdict,
  comment: row.comment,
  source: row.source as ReviewSource,
  resolution: row.resolution,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

export const toAcceptance = (row: AcceptanceRow, actorName: string, places?: DecisionPlaces): MatrixAcceptance => ({
  id: row.id,
  actorId: row.actor_id,
  actorName,
  acceptedByName: row.accepted_by_name,
  acceptedOn: row.accepted_on,
  body: row.body,
  section: row.section,
  caseNumber: row.case_number,
  note: row.note,
  decision: (row.decision_id && places?.get(row.decision_id)) || null,
  rowVersion: row.row_version,
});
