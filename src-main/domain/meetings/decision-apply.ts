import type { MeetingDetail } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { findAttendanceRows } from '../../db/repositories/attendance-repository.js';
import { type DecisionRow, findDecisionRow } from '../../db/repositories/decision-repository.js';
import { findVersionRow, findVersionRows, type MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import type { MeetingRow } from '../../db/repositories/meeting-repository.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { actorsOnDate } from '../matrices/matrix-actors.js';
import { toVersionSummary } from '../matrices/matrix-rows.js';
import { recordAcceptance } from '../matrices/acceptance-commands.js';
import { approveVersion } from '../matrices/version-lifecycle.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { compareFinnish } from '../shared/finnish-text.js';
import { sectionLabel } from './agenda-numbering.js';
import { meetingLabel, networkLanguage, sectionNumbersOf } from './decision-places.js';
import { meetingWithOpenRecord } from './open-record.js';
import { versionsOf, withdrawRefusal } from './decision-view.js';
import { getMeetingDetail } from './meeting-view.js';

/**
 * Carrying out a meeting's decision on its object, and undoing it. This is the only code that sets
 * `matrix_version.approved_by_decision_id` or a `matrix_acceptance.decision_id`; the object and the
 * decision are changed in the same transaction (the dispatcher's).
 */

export async function applyDecision(context: WriteContext, id: string, expectedVersion: number): Promise<MeetingDetail> {
  const decision = await decisionAt(context, id, expectedVersion);
  const meeting = await meetingWithOpenRecord(context.db, decision.meeting_id, ['decisionId']);
  if (decision.applied_at !== null) throw new AppError('decision_already_applied', {}, ['decisionId']);
  if (decision.kind === 'general') throw new AppError('decision_nothing_to_apply', {}, ['decisionId']);
  const date = meeting.starts_at.slice(0, 10);
  if (date > context.today) throw new AppError('decision_meeting_not_held', { date }, ['decisionId']);
  const version = await findVersionRow(context.db, decision.matrix_version_id!);
  if (!version) throw new AppError('not_found', { id: decision.matrix_version_id! }, ['decisionId']);
  const place = await placeOf(context, meeting, decision);

  if (decision.kind === 'approve_matrix_version') {
    if (version.status !== 'in_review') throw new AppError('version_not_in_review', {}, ['decisionId']);
    // the link first, so the version's change-log entry written by the approval already shows it
    await context.db.updateTable('matrix_version').set({ approved_by_decision_id: decision.id }).where('id', '=', version.id).execute();
    await approveVersion(context, version.id, version.row_version, date, `${place.meeting}, ${place.section}`);
  } else {
    if (version.status !== 'approved') throw new AppError('version_not_approved', {}, ['decisionId']);
    await recordAcceptance(context, version.id, {
      actorId: decision.actor_id!,
      acceptedByName: await acceptedByName(context, meeting, decision.actor_id!),
      acceptedOn: date,
      body: place.meeting,
      section: place.section,
      caseNumber: meeting.case_number,
      note: null,
    });
    await context.db
      .updateTable('matrix_acceptance')
      .set({ decision_id: decision.id })
      .where('version_id', '=', version.id)
      .where('actor_id', '=', decision.actor_id!)
      .execute();
  }
  await markApplied(context, decision, context.author.now.toISOString());
  return getMeetingDetail(context, meeting.id);
}

/** Undoes a carried-out decision while the record is open and the version has not moved on. */
export async function withdrawDecision(context: WriteContext, id: string, expectedVersion: number): Promise<MeetingDetail> {
  const decision = await decisionAt(context, id, expectedVersion);
  const meeting = await meetingWithOpenRecord(context.db, decision.meeting_id, ['decisionId']);
  if (decision.applied_at === null) throw new AppError('decision_not_applied', {}, ['decisionId']);
  const decided = (await versionsOf(context.db, [decision.matrix_version_id], context.locale)).get(decision.matrix_version_id!);
  if (!decided) throw new AppError('decision_version_moved_on', {}, ['decisionId']);
  const refusal = withdrawRefusal(meeting, decision, decided.row, decided.laterVersions);
  if (refusal) throw new AppError(refusal, {}, ['decisionId']);

  if (decision.kind === 'approve_matrix_version') {
    const version = decided.row;
    const acceptances = await context.db.selectFrom('matrix_acceptance').select('id').where('version_id', '=', version.id).execute();
    if (acceptances.length > 0) throw new AppError('decision_version_accepted', { count: acceptances.length }, ['decisionId']);
    await updateVersion(context, version, { status: 'in_review', approved_at: null, approved_by: null, approval_reference: null, approved_by_decision_id: null });
    await restorePreviousApproval(context, version.matrix_id, version.number);
  } else {
    const acceptance = await context.db.selectFrom('matrix_acceptance').selectAll().where('decision_id', '=', decision.id).executeTakeFirst();
    if (acceptance) {
      await context.db.deleteFrom('matrix_acceptance').where('id', '=', acceptance.id).execute();
      await recordChange(context.db, context.author, { entityType: 'matrix_acceptance', entityId: acceptance.id, operation: 'delete', before: acceptance });
    }
  }
  await markApplied(context, decision, null);
  return getMeetingDetail(context, meeting.id);
}

async function decisionAt(context: WriteContext, id: string, expectedVersion: number): Promise<DecisionRow> {
  const decision = await findDecisionRow(context.db, id);
  if (!decision || decision.row_version !== expectedVersion) return throwVersionProblem(context.db, 'meeting_decision', id);
  return decision;
}

async function markApplied(context: WriteContext, decision: DecisionRow, appliedAt: string | null): Promise<void> {
  await bumpVersion(context.db, 'meeting_decision', decision.id, decision.row_version, { applied_at: appliedAt, updated_at: context.author.now.toISOString() });
  const after = await findDecisionRow(context.db, decision.id);
  await recordChange(context.db, context.author, { entityType: 'meeting_decision', entityId: decision.id, operation: 'update', before: decision, after });
}

/** "Verkoston kokous 3/2026" and "5 §", in the network's first language (the words stay as written). */
async function placeOf(context: WriteContext, meeting: MeetingRow, decision: DecisionRow): Promise<{ meeting: string; section: string }> {
  const language = await networkLanguage(context.db);
  const number = (await sectionNumbersOf(context.db, [meeting])).get(decision.agenda_item_id);
  return { meeting: await meetingLabel(context.db, meeting, language), section: number === undefined ? '' : sectionLabel(number, language) };
}

/** The organisation's representative at the meeting (present or as a deputy), else the organisation's name then. */
async function acceptedByName(context: WriteContext, meeting: MeetingRow, actorId: string): Promise<string> {
  const attending = (await findAttendanceRows(context.db, meeting.id))
    .filter((row) => row.actor_id === actorId && row.status !== 'absent')
    .sort((a, b) => Number(a.status === 'deputy') - Number(b.status === 'deputy') || compareFinnish(a.person_name, b.person_name));
  if (attending[0]) return attending[0].person_name;
  // stored text: in the network's language, like the body and the section
  const language = await networkLanguage(context.db);
  const actor = (await actorsOnDate(context.db, [actorId], meeting.starts_at.slice(0, 10), language)).get(actorId);
  return actor?.name ?? '?';
}

/** The approval this decision superseded comes back: the latest superseded version before it. */
async function restorePreviousApproval(context: WriteContext, matrixId: string, number: number): Promise<void> {
  const versions = await findVersionRows(context.db, [matrixId]);
  if (versions.some((row) => row.status === 'approved')) return;
  const previous = versions.find((row) => row.status === 'superseded' && row.number < number);
  if (!previous) return;
  await updateVersion(context, previous, { status: 'approved' });
}

/** Changes a matrix version and logs it as the matrices' own commands do: as its summary, not the raw row. */
async function updateVersion(context: WriteContext, version: MatrixVersionRow, values: Partial<MatrixVersionRow>): Promise<void> {
  await bumpVersion(context.db, 'matrix_version', version.id, version.row_version, { ...values, updated_at: context.author.now.toISOString() });
  await recordChange(context.db, context.author, {
    entityType: 'matrix_version',
    entityId: version.id,
    operation: 'update',
    before: toVersionSummary(version),
    after: toVersionSummary((await findVersionRow(context.db, version.id))!),
  });
}
