import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { MatrixView } from '../../../src-main/api/contract/matrices.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { itemInput, meetingInput } from './planning-fixture.js';

/**
 * A meeting's attendance and decisions on the demo network (16 March 2026), through the dispatcher:
 * a decision approving the matrix version in review and an organisation accepting it are the only
 * way a version or an acceptance points to a meeting, and withdrawing them puts everything back.
 */

let session: AppSession;
let matrixId: string;
let reviewVersionId: string;
let approvedVersionId: string;
let earlierDecidedAt: unknown;
let hml: { actorId: string; people: Array<{ id: string; name: string }> };
let kelaPerson: { id: string; name: string };

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  const matrix = (await callOk(session, 'matrices.list', {})).find((each) => each.latestVersion.status === 'in_review')!;
  matrixId = matrix.id;
  reviewVersionId = matrix.latestVersion.id;
  approvedVersionId = matrix.approvedVersion!.id;
  earlierDecidedAt = versionOf(await callOk(session, 'matrices.get', { matrixId }), approvedVersionId).decidedAt;
  const actors = await callOk(session, 'actors.list', {});
  const idOf = (name: string) => actors.find((actor) => actor.name === name)!.id;
  const people = async (name: string) => (await callOk(session, 'actors.get', { id: idOf(name) })).representatives.filter((person) => !person.archived);
  hml = { actorId: idOf('Hämeenlinnan kaupunki'), people: await people('Hämeenlinnan kaupunki') };
  kelaPerson = (await people('Kela'))[0]!;
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const refused = (method: string, input: unknown) => callRefusedWithoutWriting(session, method, input);
const matrixView = () => callOk(session, 'matrices.get', { matrixId, versionId: reviewVersionId });
const versionOf = (view: MatrixView, id: string) => view.versions.find((version) => version.id === id)!;

async function renameRepresentative(id: string, name: string) {
  const person = (await callOk(session, 'actors.get', { id: hml.actorId })).representatives.find((each) => each.id === id)!;
  const { id: _id, actorId: _actorId, archived: _archived, rowVersion, ...fields } = person;
  await callOk(session, 'representatives.update', { ...fields, id, expectedVersion: rowVersion, name });
}

async function heldMeeting(startsAt: string): Promise<MeetingDetail> {
  return callOk(session, 'meetings.create', meetingInput(startsAt, startsAt.replace(/T\d\d/, 'T15')));
}

describe('attendance', () => {
  it('keeps one row per representative, a deputy with whom they stand in for, and a guest by name', async () => {
    expect(hml.people.length).toBeGreaterThanOrEqual(2);
    const [member, deputy] = hml.people as [{ id: string; name: string }, { id: string; name: string }];
    const meeting = await heldMeeting('2026-02-10T13:00');
    await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: member.id, status: 'present', participation: 'in_person' });
    await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: kelaPerson.id, status: 'present', participation: 'online' });
    await callOk(session, 'attendance.set', { meetingId: meeting.id, guestName: 'Maija Vieras', status: 'present', participation: 'online', note: 'Esittelijä 4 §' });
    // the member turns out absent and a colleague stands in: the member's row changes in place
    await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: member.id, status: 'absent', participation: 'in_person' });
    const detail = await callOk(session, 'attendance.set', {
      meetingId: meeting.id,
      representativeId: deputy.id,
      status: 'deputy',
      deputyForRepresentativeId: member.id,
      participation: 'in_person',
    });

    expect(detail.attendance).toHaveLength(4);
    const rowOf = (name: string) => detail.attendance.find((row) => row.personName === name)!;
    expect(rowOf(member.name)).toMatchObject({ status: 'absent', participation: null, actorId: hml.actorId, actorName: 'Hämeenlinnan kaupunki', rowVersion: 2 });
    expect(rowOf(deputy.name)).toMatchObject({ status: 'deputy', actorId: hml.actorId, representativeId: deputy.id });
    expect(rowOf(deputy.name).deputyFor).toMatchObject({ representativeId: member.id, name: member.name, actorName: 'Hämeenlinnan kaupunki' });
    expect(rowOf('Maija Vieras')).toMatchObject({ representativeId: null, actorId: null, actorName: null, participation: 'online', note: 'Esittelijä 4 §' });
    expect(rowOf(kelaPerson.name)).toMatchObject({ actorName: 'Kela', participation: 'online' });
    // grouped by organisation, guests last
    expect(detail.attendance.at(-1)!.personName).toBe('Maija Vieras');

    // the same guest again is the same row
    const again = await callOk(session, 'attendance.set', { meetingId: meeting.id, guestName: 'maija vieras', status: 'absent' });
    expect(again.attendance).toHaveLength(4);

    // the name is kept as it was on the day
    await renameRepresentative(deputy.id, 'Uusi Nimi');
    const read = await callOk(session, 'meetings.get', { meetingId: meeting.id });
    expect(read.attendance.map((row) => row.personName)).toContain(deputy.name);
    expect(read.attendance.map((row) => row.personName)).not.toContain('Uusi Nimi');
    await renameRepresentative(deputy.id, deputy.name);

    // the guest's row took the name as written the second time
    const row = read.attendance.find((each) => each.personName === 'maija vieras')!;
    expect(row.status).toBe('absent');
    const removed = await callOk(session, 'attendance.remove', { attendanceId: row.id, expectedVersion: row.rowVersion });
    expect(removed.attendance).toHaveLength(3);
  });

  it('refuses a deputy for themselves or for another organisation, and a person twice or not at all, writing nothing', async () => {
    const [member, deputy] = hml.people as [{ id: string; name: string }, { id: string; name: string }];
    const meeting = await heldMeeting('2026-02-11T13:00');
    const base = { meetingId: meeting.id, status: 'deputy' as const };
    expect((await refused('attendance.set', { ...base, representativeId: member.id, deputyForRepresentativeId: member.id })).code).toBe('attendance_deputy_for_self');
    expect((await refused('attendance.set', { ...base, representativeId: deputy.id, deputyForRepresentativeId: kelaPerson.id })).code).toBe(
      'attendance_deputy_other_actor',
    );
    expect((await refused('attendance.set', { ...base, representativeId: deputy.id })).code).toBe('attendance_deputy_for_required');
    expect((await refused('attendance.set', { meetingId: meeting.id, status: 'present' })).code).toBe('attendance_person_required');
    expect((await refused('attendance.set', { meetingId: meeting.id, representativeId: member.id, guestName: 'X', status: 'present' })).code).toBe(
      'attendance_person_required',
    );
    expect(await callOk(session, 'meetings.get', { meetingId: meeting.id }).then((detail) => detail.attendance)).toEqual([]);
  });
});

describe('decisions on a matrix version', () => {
  let meeting: MeetingDetail;
  let itemId: string;
  let sectionLabel: string;
  let draftVersionId: string;

  beforeAll(async () => {
    meeting = await heldMeeting('2026-03-10T13:00');
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Vastuumatriisin vuosipäivitys', { matrixVersionId: reviewVersionId }));
    const item = meeting.agenda.find((each) => each.title === 'Vastuumatriisin vuosipäivitys')!;
    itemId = item.id;
    sectionLabel = item.sectionLabel;
    expect(sectionLabel).toMatch(/^\d+ §$/);
    meeting = await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId: hml.people[1]!.id, status: 'present' });
  });

  const decisionOf = (detail: MeetingDetail, kind: string) => detail.decisions.find((decision) => decision.kind === kind)!;

  it('approves the version in review when applied: the version names the meeting and §, and the earlier approval is superseded', async () => {
    let detail = await callOk(session, 'decisions.create', {
      agendaItemId: itemId,
      kind: 'approve_matrix_version',
      text: { fi: 'Verkosto hyväksyi vastuumatriisin version 2.' },
      matrixVersionId: reviewVersionId,
    });
    const written = decisionOf(detail, 'approve_matrix_version');
    expect(written).toMatchObject({ appliedAt: null, withdrawable: false, matrixVersion: { id: reviewVersionId, number: 2, status: 'in_review' } });
    // written only: the version is untouched
    expect(versionOf(await matrixView(), reviewVersionId)).toMatchObject({ status: 'in_review', decidedAt: null });

    detail = await callOk(session, 'decisions.apply', { decisionId: written.id, expectedVersion: written.rowVersion });
    const applied = decisionOf(detail, 'approve_matrix_version');
    expect(applied.appliedAt).not.toBeNull();
    expect(applied).toMatchObject({ withdrawable: true, matrixVersion: { status: 'approved' } });

    const view = await matrixView();
    expect(versionOf(view, reviewVersionId)).toMatchObject({
      status: 'approved',
      approvedAt: '2026-03-10',
      approvalReference: `Verkoston kokous ${meeting.number}, ${sectionLabel}`,
      decidedAt: { meetingId: meeting.id, meetingNumber: meeting.number, sectionLabel },
    });
    // the earlier approval keeps whatever decided it
    expect(versionOf(view, approvedVersionId)).toMatchObject({ status: 'superseded', decidedAt: earlierDecidedAt });
    expect((await callOk(session, 'matrices.list', {})).find((each) => each.id === matrixId)!.approvedVersion!.id).toBe(reviewVersionId);
  });

  it('records an organisation’s acceptance given at the meeting by its representative there', async () => {
    let detail = await callOk(session, 'decisions.create', {
      agendaItemId: itemId,
      kind: 'accept_matrix_version',
      text: { fi: 'Hämeenlinnan kaupungin edustaja hyväksyi version kaupungin puolesta.' },
      matrixVersionId: reviewVersionId,
      actorId: hml.actorId,
    });
    const written = decisionOf(detail, 'accept_matrix_version');
    expect(written.actor).toEqual({ id: hml.actorId, name: 'Hämeenlinnan kaupunki' });
    detail = await callOk(session, 'decisions.apply', { decisionId: written.id, expectedVersion: written.rowVersion });
    expect(decisionOf(detail, 'accept_matrix_version').withdrawable).toBe(true);

    const acceptance = (await matrixView()).acceptances.find((each) => each.actorId === hml.actorId)!;
    expect(acceptance).toMatchObject({
      acceptedByName: hml.people[1]!.name,
      acceptedOn: '2026-03-10',
      body: `Verkoston kokous ${meeting.number}`,
      section: sectionLabel,
      decision: { meetingId: meeting.id, meetingNumber: meeting.number, sectionLabel },
    });
  });

  it('refuses what would break the links, writing nothing', async () => {
    const detail = await callOk(session, 'meetings.get', { meetingId: meeting.id });
    const approval = decisionOf(detail, 'approve_matrix_version');
    const acceptance = decisionOf(detail, 'accept_matrix_version');
    expect((await refused('decisions.apply', { decisionId: approval.id, expectedVersion: approval.rowVersion })).code).toBe('decision_already_applied');
    expect((await refused('decisions.remove', { decisionId: approval.id, expectedVersion: approval.rowVersion })).code).toBe('decision_applied');
    // the approval cannot be undone while an organisation's acceptance rests on it
    expect((await refused('decisions.withdraw', { decisionId: approval.id, expectedVersion: approval.rowVersion })).code).toBe('decision_version_accepted');
    expect((await refused('decisions.withdraw', { decisionId: acceptance.id, expectedVersion: acceptance.rowVersion - 1 })).code).toBe('version_conflict');
    // a second acceptance for the same organisation, and an approval of a version not in review
    const again = await callOk(session, 'decisions.create', {
      agendaItemId: itemId,
      kind: 'accept_matrix_version',
      text: { fi: 'Uudelleen.' },
      matrixVersionId: reviewVersionId,
      actorId: hml.actorId,
    });
    const duplicate = again.decisions.at(-1)!;
    expect((await refused('decisions.apply', { decisionId: duplicate.id, expectedVersion: duplicate.rowVersion })).code).toBe('acceptance_exists');
    await callOk(session, 'decisions.remove', { decisionId: duplicate.id, expectedVersion: duplicate.rowVersion });
    const create = { agendaItemId: itemId, text: { fi: 'Hyväksytään.' } };
    expect((await refused('decisions.create', { ...create, kind: 'approve_matrix_version', matrixVersionId: approvedVersionId })).code).toBe('version_not_in_review');
    expect((await refused('decisions.create', { ...create, kind: 'accept_matrix_version', matrixVersionId: reviewVersionId })).code).toBe('decision_actor_required');
    // a general decision has nothing to carry out
    const general = (await callOk(session, 'decisions.create', { ...create, kind: 'general' })).decisions.find((each) => each.kind === 'general')!;
    expect(general.matrixVersion).toBeNull();
    expect((await refused('decisions.apply', { decisionId: general.id, expectedVersion: general.rowVersion })).code).toBe('decision_nothing_to_apply');
  });

  it('withdraws the acceptance and then the approval, putting the version and the earlier approval back', async () => {
    let detail = await callOk(session, 'meetings.get', { meetingId: meeting.id });
    const acceptance = decisionOf(detail, 'accept_matrix_version');
    detail = await callOk(session, 'decisions.withdraw', { decisionId: acceptance.id, expectedVersion: acceptance.rowVersion });
    expect(decisionOf(detail, 'accept_matrix_version')).toMatchObject({ appliedAt: null, withdrawable: false });
    expect((await matrixView()).acceptances.find((each) => each.actorId === hml.actorId)).toBeUndefined();

    const approval = decisionOf(detail, 'approve_matrix_version');
    detail = await callOk(session, 'decisions.withdraw', { decisionId: approval.id, expectedVersion: approval.rowVersion });
    expect(decisionOf(detail, 'approve_matrix_version')).toMatchObject({ appliedAt: null, matrixVersion: { status: 'in_review' } });
    const view = await matrixView();
    expect(versionOf(view, reviewVersionId)).toMatchObject({ status: 'in_review', approvedAt: null, approvalReference: null, decidedAt: null });
    expect(versionOf(view, approvedVersionId).status).toBe('approved');
    const links = await session
      .requireNetwork()
      .db.selectFrom('matrix_version')
      .select('id')
      .where('approved_by_decision_id', 'is not', null)
      .execute();
    expect(links.map((link) => link.id)).not.toContain(reviewVersionId);
    expect(versionOf(view, approvedVersionId).decidedAt).toEqual(earlierDecidedAt);

    // the written decision can now be removed
    const removed = await callOk(session, 'decisions.remove', { decisionId: approval.id, expectedVersion: approval.rowVersion + 1 });
    expect(removed.decisions.some((each) => each.id === approval.id)).toBe(false);
  });

  it('cannot be withdrawn once the version has moved on or the record is approved', async () => {
    let detail = await callOk(session, 'decisions.create', {
      agendaItemId: itemId,
      kind: 'approve_matrix_version',
      text: { fi: 'Hyväksytään versio 2.' },
      matrixVersionId: reviewVersionId,
    });
    let approval = decisionOf(detail, 'approve_matrix_version');
    detail = await callOk(session, 'decisions.apply', { decisionId: approval.id, expectedVersion: approval.rowVersion });
    approval = decisionOf(detail, 'approve_matrix_version');

    // the record approved: the decision stands
    const held = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: detail.rowVersion, status: 'held' });
    const approvedRecord = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: held.rowVersion, status: 'record_approved' });
    expect(decisionOf(approvedRecord, 'approve_matrix_version').withdrawable).toBe(false);
    expect((await refused('decisions.withdraw', { decisionId: approval.id, expectedVersion: approval.rowVersion })).code).toBe('record_already_approved');
    expect((await refused('decisions.create', { agendaItemId: itemId, kind: 'general', text: { fi: 'Myöhään.' } })).code).toBe('record_already_approved');
    expect((await refused('attendance.set', { meetingId: meeting.id, guestName: 'Myöhästynyt', status: 'present' })).code).toBe('record_already_approved');
    const reopened = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: approvedRecord.rowVersion, status: 'held' });
    expect(decisionOf(reopened, 'approve_matrix_version').withdrawable).toBe(true);

    // a new draft after the approved version: it has moved on
    draftVersionId = (await callOk(session, 'matrices.newDraft', { matrixId })).version.id;
    const later = await callOk(session, 'meetings.get', { meetingId: meeting.id });
    expect(decisionOf(later, 'approve_matrix_version').withdrawable).toBe(false);
    expect((await refused('decisions.withdraw', { decisionId: approval.id, expectedVersion: approval.rowVersion })).code).toBe('decision_version_moved_on');
  });

  it('is not carried out before the meeting is held', async () => {
    let future = await heldMeeting('2026-04-20T13:00');
    future = await callOk(session, 'agendaItems.create', itemInput(future.id, 'Tuleva asia'));
    const item = future.agenda.find((each) => each.title === 'Tuleva asia')!;
    const draft = await callOk(session, 'matrices.get', { matrixId, versionId: draftVersionId });
    await callOk(session, 'matrices.sendToReview', { versionId: draftVersionId, expectedVersion: draft.version.rowVersion, reviewDeadline: null });
    const detail = await callOk(session, 'decisions.create', { agendaItemId: item.id, kind: 'approve_matrix_version', text: { fi: 'Versio 3.' }, matrixVersionId: draftVersionId });
    const decision = detail.decisions[0]!;
    expect((await refused('decisions.apply', { decisionId: decision.id, expectedVersion: decision.rowVersion })).code).toBe('decision_meeting_not_held');
  });
});
