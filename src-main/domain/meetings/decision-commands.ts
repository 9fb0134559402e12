import type { LocalizedText } from '../../api/contract/common.js';
import type { DecisionKind, MeetingDetail } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findAgendaItemRow } from '../../db/repositories/agenda-item-repository.js';
import { findDecisionRow, lastDecisionOrder } from '../../db/repositories/decision-repository.js';
import { findColumnRows, findVersionRow } from '../../db/repositories/matrix-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { meetingWithOpenRecord } from './open-record.js';
import { getMeetingDetail } from './meeting-view.js';

export interface DecisionInput {
  agendaItemId: string;
  kind: DecisionKind;
  text: LocalizedText;
  matrixVersionId?: string | null;
  actorId?: string | null;
}

/**
 * Writes a decision (päätös) under a § item. A decision on a matrix version is only written here:
 * `decisions.apply` carries it out. The version must be one the decision can still act on.
 */
export async function createDecision(context: WriteContext, input: DecisionInput): Promise<MeetingDetail> {
  const item = await findAgendaItemRow(context.db, input.agendaItemId);
  if (!item) throw new AppError('not_found', { id: input.agendaItemId }, ['agendaItemId']);
  const meeting = await meetingWithOpenRecord(context.db, item.meeting_id, ['agendaItemId']);
  const general = input.kind === 'general';
  if (!general) await checkVersion(context, input);
  // an item that discusses a matrix version decides on that version, not another one
  if (!general && item.matrix_version_id !== null && item.matrix_version_id !== input.matrixVersionId) {
    throw new AppError('decision_version_not_item_subject', {}, ['matrixVersionId']);
  }
  const now = context.author.now.toISOString();
  const row = {
    id: newId(context.author.now.getTime()),
    meeting_id: meeting.id,
    agenda_item_id: item.id,
    sort_order: (await lastDecisionOrder(context.db, item.id)) + 1,
    ...toStoredLocalized('text', input.text),
    kind: input.kind,
    matrix_version_id: general ? null : input.matrixVersionId!,
    actor_id: input.kind === 'accept_matrix_version' ? input.actorId! : null,
    applied_at: null,
    search_text: searchTextOf(input.text),
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('meeting_decision').values(row).execute();
  await recordChange(context.db, context.author, { entityType: 'meeting_decision', entityId: row.id, operation: 'create', after: row });
  return getMeetingDetail(context, meeting.id);
}

/** Changes the text only: the kind and the object stay (withdraw and write anew to change them). */
export async function updateDecision(context: WriteContext, id: string, expectedVersion: number, text: LocalizedText): Promise<MeetingDetail> {
  const before = await findDecisionRow(context.db, id);
  if (!before) throw new AppError('not_found', { id }, ['decisionId']);
  await meetingWithOpenRecord(context.db, before.meeting_id, ['decisionId']);
  const values = { ...toStoredLocalized('text', text), search_text: searchTextOf(text), updated_at: context.author.now.toISOString() };
  await bumpVersion(context.db, 'meeting_decision', id, expectedVersion, values);
  const after = await findDecisionRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'meeting_decision', entityId: id, operation: 'update', before, after });
  return getMeetingDetail(context, before.meeting_id);
}

/** Removes a decision that has not been carried out (a carried-out one is withdrawn first). */
export async function removeDecision(context: WriteContext, id: string, expectedVersion: number): Promise<MeetingDetail> {
  const row = await findDecisionRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'meeting_decision', id);
  await meetingWithOpenRecord(context.db, row.meeting_id, ['decisionId']);
  if (row.applied_at !== null) throw new AppError('decision_applied', {}, ['decisionId']);
  await context.db.deleteFrom('meeting_decision').where('id', '=', id).execute();
  await recordChange(context.db, context.author, { entityType: 'meeting_decision', entityId: id, operation: 'delete', before: row });
  return getMeetingDetail(context, row.meeting_id);
}

/** An approval needs a version in review; an acceptance a version in review or approved, and the organisation as its column. */
async function checkVersion(context: WriteContext, input: DecisionInput): Promise<void> {
  const path = ['matrixVersionId'];
  const version = await findVersionRow(context.db, input.matrixVersionId!);
  if (!version) throw new AppError('not_found', { id: input.matrixVersionId! }, path);
  if (input.kind === 'approve_matrix_version' && version.status !== 'in_review') throw new AppError('version_not_in_review', {}, path);
  if (input.kind !== 'accept_matrix_version') return;
  if (version.status !== 'in_review' && version.status !== 'approved') throw new AppError('version_not_approved', {}, path);
  const columns = await findColumnRows(context.db, version.id);
  if (!columns.some((column) => column.actor_id === input.actorId)) throw new AppError('matrix_actor_not_column', {}, ['actorId']);
}

function searchTextOf(text: LocalizedText): string {
  return foldForSearch([text.fi, text.sv, text.en].filter(Boolean).join(' | '));
}
