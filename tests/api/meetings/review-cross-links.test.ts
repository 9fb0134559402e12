import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { itemInput, meetingInput } from './planning-fixture.js';

/**
 * Review of the meetings backend: ids that exist but belong elsewhere (another body's meeting,
 * another matrix version, an archived goal, the same person twice in a group) are refused with a
 * typed error and nothing written; an approved record's agenda stands.
 */

let session: AppSession;
const refused = (method: string, input: unknown) => callRefusedWithoutWriting(session, method, input);
const itemOf = (detail: MeetingDetail, title: string) => detail.agenda.find((item) => item.title === title)!;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

async function groupMeeting(startsAt: string): Promise<MeetingDetail> {
  const group = await callOk(session, 'workingGroups.create', { name: { fi: `Työryhmä ${startsAt}` } });
  return callOk(session, 'meetings.create', meetingInput(startsAt, startsAt.replace(/T\d\d/, 'T15'), { workingGroupId: group.id, kind: 'workshop' }));
}

async function undiscussedItem(startsAt: string, title: string): Promise<{ meeting: MeetingDetail; itemId: string }> {
  let meeting = await callOk(session, 'meetings.create', meetingInput(startsAt, startsAt.replace(/T\d\d/, 'T15')));
  meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, title));
  const item = itemOf(meeting, title);
  meeting = await callOk(session, 'agendaItems.setNotDiscussed', { itemId: item.id, expectedVersion: item.rowVersion, notDiscussed: true });
  return { meeting, itemId: item.id };
}

describe('carrying an item over', () => {
  it('goes only to a later meeting of the same body', async () => {
    const { meeting, itemId } = await undiscussedItem('2026-09-01T13:00', 'Kesken jäänyt asia');
    const ownLater = await callOk(session, 'meetings.create', meetingInput('2026-10-06T13:00', '2026-10-06T15:00'));
    const otherBody = await groupMeeting('2026-09-15T13:00');
    expect(otherBody.offeredItems.map((item) => item.itemId)).not.toContain(itemId);

    expect((await refused('agendaItems.carryOver', { fromItemId: itemId, toMeetingId: otherBody.id })).code).toBe('agenda_carry_to_other_body');
    expect((await refused('agendaItems.carryOver', { fromItemId: itemId, toMeetingId: meeting.id })).code).toBe('agenda_carry_to_earlier_meeting');
    const carried = await callOk(session, 'agendaItems.carryOver', { fromItemId: itemId, toMeetingId: ownLater.id });
    expect(carried.agenda.find((item) => item.carriedFrom?.itemId === itemId)).toBeDefined();
    // the original now has a copy elsewhere: removing it would unlink the copy silently
    const original = itemOf(await callOk(session, 'meetings.get', { meetingId: meeting.id }), 'Kesken jäänyt asia');
    expect((await refused('agendaItems.remove', { itemId, expectedVersion: original.rowVersion })).code).toBe('agenda_item_already_carried');
  });
});

describe('approving a record', () => {
  it('is done by a later, not cancelled meeting of the same body, and the approved agenda then stands', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-11-03T13:00', '2026-11-03T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Kuulumiskierros'));
    meeting = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });
    const otherBody = await groupMeeting('2026-11-20T13:00');
    const cancelled = await callOk(session, 'meetings.create', meetingInput('2026-11-24T13:00', '2026-11-24T15:00'));
    await callOk(session, 'meetings.cancel', { meetingId: cancelled.id, expectedVersion: cancelled.rowVersion });
    const next = await callOk(session, 'meetings.create', meetingInput('2026-12-01T13:00', '2026-12-01T15:00'));
    const approve = (by: string) => ({ meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'record_approved', recordApprovedOn: '2026-12-01', recordApprovedByMeetingId: by });

    expect((await refused('meetings.setStatus', approve(otherBody.id))).code).toBe('meeting_record_approver_other_body');
    expect((await refused('meetings.setStatus', approve(cancelled.id))).code).toBe('meeting_record_approver_other_body');
    meeting = await callOk(session, 'meetings.setStatus', approve(next.id) as never);
    expect(meeting.status).toBe('record_approved');

    const item = itemOf(meeting, 'Kuulumiskierros');
    const update = { itemId: item.id, expectedVersion: item.rowVersion, title: { fi: 'Kuulumiskierros' }, discussion: { fi: 'Jälkikäteen lisätty.' } };
    expect((await refused('agendaItems.update', update)).code).toBe('record_already_approved');
    expect((await refused('agendaItems.setNotDiscussed', { itemId: item.id, expectedVersion: item.rowVersion, notDiscussed: true })).code).toBe('record_already_approved');
    expect((await refused('agendaItems.remove', { itemId: item.id, expectedVersion: item.rowVersion })).code).toBe('record_already_approved');
    expect((await refused('agendaItems.create', itemInput(meeting.id, 'Lisäpykälä'))).code).toBe('record_already_approved');
    expect((await refused('attachments.add', { itemId: item.id, fileName: 'liite.txt', contentBase64: 'aGVp' })).code).toBe('record_already_approved');
  });

  it('is not approved before the meeting, and its two minute-checkers are two people', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-11-17T13:00', '2026-11-17T15:00', { recordKind: 'minutes' }));
    meeting = await callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });
    const early = { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'record_approved', recordApprovedOn: '2026-11-16' };
    expect((await refused('meetings.setStatus', early)).code).toBe('meeting_record_approved_before_held');
    const person = (await callOk(session, 'actors.get', { id: (await callOk(session, 'actors.list', {})).find((actor) => actor.name === 'Kela')!.id })).representatives[0]!;
    const { id: meetingId, rowVersion: expectedVersion, kind, titles: title, startsAt, endsAt, place, onlineLink } = meeting;
    const update = { meetingId, expectedVersion, kind, title, startsAt, endsAt, place, onlineLink, minuteCheckerIds: [person.id, person.id] };
    expect((await refused('meetings.update', update)).code).toBe('meeting_minute_checkers_same');
  });

  it('a cancelled meeting’s items are not marked undiscussed', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-12-08T13:00', '2026-12-08T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Peruttu asia'));
    meeting = await callOk(session, 'meetings.cancel', { meetingId: meeting.id, expectedVersion: meeting.rowVersion });
    const item = itemOf(meeting, 'Peruttu asia');
    expect((await refused('agendaItems.setNotDiscussed', { itemId: item.id, expectedVersion: item.rowVersion, notDiscussed: true })).code).toBe('meeting_cancelled');
  });
});

describe('an agenda item with action items', () => {
  it('is not removed (the foreign key would unlink them without a trace)', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-13T13:00', '2026-10-13T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Seminaari'));
    const item = itemOf(meeting, 'Seminaari');
    await callOk(session, 'actionItems.create', { meetingId: meeting.id, agendaItemId: item.id, title: { fi: 'Varataan sali' } });
    expect((await refused('agendaItems.remove', { itemId: item.id, expectedVersion: item.rowVersion })).code).toBe('agenda_item_has_action_items');
  });
});

describe('removing an agenda item with an attachment', () => {
  it('logs the attachment’s removal too (the foreign key deletes it with the item)', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-14T13:00', '2026-10-14T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Poistuva kohta'));
    meeting = await callOk(session, 'attachments.add', { itemId: itemOf(meeting, 'Poistuva kohta').id, fileName: 'liite.txt', contentBase64: 'aGVp' });
    const item = itemOf(meeting, 'Poistuva kohta');
    const attachmentId = item.attachments[0]!.id;
    await callOk(session, 'agendaItems.remove', { itemId: item.id, expectedVersion: item.rowVersion });
    const logged = await session.requireNetwork().db.selectFrom('change_log').select(['entity_type', 'operation']).where('entity_id', '=', attachmentId).execute();
    expect(logged.map((entry) => `${entry.entity_type} ${entry.operation}`).sort()).toEqual(['agenda_attachment create', 'agenda_attachment delete']);
  });
});

describe('a decision on a matrix version', () => {
  it('concerns the version its agenda item discusses', async () => {
    const matrix = (await callOk(session, 'matrices.list', {})).find((each) => each.latestVersion.status === 'in_review' && each.approvedVersion)!;
    const reviewVersionId = matrix.latestVersion.id;
    const approved = await callOk(session, 'matrices.get', { matrixId: matrix.id, versionId: matrix.approvedVersion!.id });
    const actorId = approved.columns[0]!.actorId;
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-20T13:00', '2026-10-20T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Uusi matriisiversio', { matrixVersionId: reviewVersionId }));
    const item = itemOf(meeting, 'Uusi matriisiversio');
    const accept = { agendaItemId: item.id, kind: 'accept_matrix_version', text: { fi: 'Hyväksytään.' }, actorId };

    expect((await refused('decisions.create', { ...accept, matrixVersionId: approved.version.id })).code).toBe('decision_version_not_item_subject');
    const detail = await callOk(session, 'decisions.create', { ...accept, kind: 'accept_matrix_version', matrixVersionId: reviewVersionId });
    expect(detail.decisions.map((decision) => decision.matrixVersion?.id)).toEqual([reviewVersionId]);
  });
});

describe('an action item linked to the action plan', () => {
  it('is not newly linked to an action of an archived goal; a link made before the archiving stays', async () => {
    const goal = await callOk(session, 'goals.create', { name: { fi: 'Vanha tavoite' } });
    const withAction = await callOk(session, 'goalActions.create', { goalId: goal.id, name: { fi: 'Vanha toimenpide' }, status: 'ongoing', actorIds: [] });
    const goalActionId = withAction.actions[0]!.id;
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-10-27T13:00', '2026-10-27T15:00'));
    const made = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Linkitetty' }, goalActionId });
    await callOk(session, 'goals.archive', { id: goal.id, expectedVersion: withAction.rowVersion, archived: true });

    expect((await refused('actionItems.create', { meetingId: meeting.id, title: { fi: 'Uusi' }, goalActionId })).code).toBe('action_item_goal_archived');
    const linked = made.actionItems.find((each) => each.title === 'Linkitetty')!;
    const kept = await callOk(session, 'actionItems.update', { id: linked.id, expectedVersion: linked.rowVersion, title: { fi: 'Linkitetty yhä' }, goalActionId });
    expect(kept.goalAction?.id).toBe(goalActionId);
    const other = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Toinen' } });
    const second = other.actionItems.find((each) => each.title === 'Toinen')!;
    expect((await refused('actionItems.update', { id: second.id, expectedVersion: second.rowVersion, title: { fi: 'Toinen' }, goalActionId })).code).toBe('action_item_goal_archived');
  });
});

describe('working group members', () => {
  it('hold one person once on any day: a new role starts after the old one ends', async () => {
    const group = await callOk(session, 'workingGroups.create', { name: { fi: 'Kotoutumisohjelman työryhmä' } });
    const person = (await callOk(session, 'actors.list', {})).find((actor) => actor.name === 'Kela')!;
    const representativeId = (await callOk(session, 'actors.get', { id: person.id })).representatives[0]!.id;
    const set = (members: unknown[]) => ({ id: group.id, expectedVersion: group.rowVersion, members });
    const member = { representativeId, role: 'member', validFrom: '2026-01-01', validTo: null };
    const chair = { representativeId, role: 'chair', validFrom: '2026-06-01', validTo: null };

    expect((await refused('workingGroups.setMembers', set([member, chair]))).code).toBe('working_group_member_duplicate');
    expect((await refused('workingGroups.setMembers', set([{ ...member, validFrom: null }, member]))).code).toBe('working_group_member_duplicate');
    const view = await callOk(session, 'workingGroups.setMembers', set([{ ...member, validTo: '2026-05-31' }, chair]) as never);
    expect(view.members.map((each) => each.role).sort()).toEqual(['chair', 'member']);
  });
});

describe('attachment names', () => {
  it('refuse bidirectional overrides and C1 controls that disguise the file type', async () => {
    let meeting = await callOk(session, 'meetings.create', meetingInput('2026-11-10T13:00', '2026-11-10T15:00'));
    meeting = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Liitteellinen'));
    const item = itemOf(meeting, 'Liitteellinen');
    for (const fileName of ['kuva\u202Efdp.png', 'muistio\u0085.txt', 'a\u2066b.pdf']) {
      expect((await refused('attachments.add', { itemId: item.id, fileName, contentBase64: 'aGVp' })).code).toBe('attachment_name_invalid');
    }
  });
});
