import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { itemInput, meetingInput } from './planning-fixture.js';

/** The agenda's items: move, remove, undiscussed items carried to a later meeting or dismissed. */

let session: AppSession;
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const titles = (meeting: { agenda: Array<{ title: string }> }) => meeting.agenda.map((item) => item.title);

describe('agenda items', () => {
  it('moves items before another or to the end, and renumbers an agenda not yet sent', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-04-14T13:00', '2026-04-14T15:00'));
    await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'A'));
    let detail = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'B'));
    expect(titles(detail)).toEqual(['Avoimet tehtävät', 'A', 'B']);
    const b = detail.agenda[2]!;
    detail = await callOk(session, 'agendaItems.move', { itemId: b.id, expectedVersion: b.rowVersion, beforeItemId: detail.agenda[0]!.id });
    expect([titles(detail), detail.agenda.map((item) => item.sectionNumber)]).toEqual([['B', 'Avoimet tehtävät', 'A'], [1, 2, 3]]);
    const open = detail.agenda[1]!;
    detail = await callOk(session, 'agendaItems.move', { itemId: open.id, expectedVersion: open.rowVersion, beforeItemId: null });
    expect(titles(detail)).toEqual(['B', 'A', 'Avoimet tehtävät']);
    // an item of another meeting is no place to move to; a stale version is a conflict
    const other = await callOk(session, 'meetings.create', meetingInput('2026-05-14T13:00', '2026-05-14T15:00'));
    const a = detail.agenda[1]!;
    expect((await callRefusedWithoutWriting(session, 'agendaItems.move', { itemId: a.id, expectedVersion: a.rowVersion, beforeItemId: other.agenda[0]!.id })).code).toBe(
      'agenda_item_other_meeting',
    );
    expect((await callRefusedWithoutWriting(session, 'agendaItems.move', { itemId: b.id, expectedVersion: b.rowVersion, beforeItemId: null })).code).toBe('version_conflict');
  });

  it('removes an item, but not one with decisions', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-06-02T13:00', '2026-06-02T15:00'));
    await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Poistettava'));
    const detail = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Päätettävä'));
    const [, removable, decided] = detail.agenda;
    const now = new Date().toISOString();
    await session
      .requireNetwork()
      .db.insertInto('meeting_decision')
      .values({
        id: '019a0000-0000-7000-8000-000000000001',
        meeting_id: meeting.id,
        agenda_item_id: decided!.id,
        sort_order: 1,
        text_fi: 'Hyväksyttiin.',
        text_sv: null,
        text_en: null,
        kind: 'general',
        matrix_version_id: null,
        actor_id: null,
        applied_at: null,
        search_text: 'hyväksyttiin.',
        created_at: now,
        updated_at: now,
        row_version: 1,
      })
      .execute();
    expect((await callRefusedWithoutWriting(session, 'agendaItems.remove', { itemId: decided!.id, expectedVersion: 1 })).code).toBe('agenda_item_has_decisions');
    const after = await callOk(session, 'agendaItems.remove', { itemId: removable!.id, expectedVersion: removable!.rowVersion });
    expect([titles(after), after.agenda.map((item) => item.sortOrder)]).toEqual([['Avoimet tehtävät', 'Päätettävä'], [1, 2]]);
    const logged = await session.requireNetwork().db.selectFrom('change_log').select('operation').where('entity_id', '=', removable!.id).execute();
    expect(logged.map((row) => row.operation)).toEqual(['create', 'delete']);
  });

  it('offers an undiscussed item to later meetings until it is carried over or dismissed', async () => {
    // the earlier tests planned meetings 1–3/2026
    const first = await callOk(session, 'meetings.create', meetingInput('2026-09-01T13:00', '2026-09-01T15:00'));
    await callOk(session, 'agendaItems.create', itemInput(first.id, 'Tulkkauspalvelut', { durationMinutes: 20, proposal: { fi: 'Merkitään tiedoksi.' } }));
    let detail = await callOk(session, 'agendaItems.create', itemInput(first.id, 'Vapaaehtoistyö'));
    const [, interpreting, volunteers] = detail.agenda;
    const second = await callOk(session, 'meetings.create', meetingInput('2026-10-06T13:00', '2026-10-06T15:00'));
    const third = await callOk(session, 'meetings.create', meetingInput('2026-11-03T13:00', '2026-11-03T15:00'));
    for (const item of [interpreting!, volunteers!]) {
      await callOk(session, 'agendaItems.setNotDiscussed', { itemId: item.id, expectedVersion: item.rowVersion, notDiscussed: true });
    }
    detail = await callOk(session, 'meetings.get', { meetingId: second.id });
    expect(detail.offeredItems.map((item) => [item.title, item.meetingNumber, item.label])).toEqual([
      ['Tulkkauspalvelut', '4/2026', '4/2026 · 2 §'],
      ['Vapaaehtoistyö', '4/2026', '4/2026 · 3 §'],
    ]);
    expect((await callOk(session, 'meetings.get', { meetingId: first.id })).offeredItems).toEqual([]);

    const carried = await callOk(session, 'agendaItems.carryOver', { fromItemId: interpreting!.id, toMeetingId: second.id });
    const copy = carried.agenda.at(-1)!;
    expect([copy.title, copy.durationMinutes, copy.proposal.fi, copy.carriedFrom]).toEqual([
      'Tulkkauspalvelut',
      20,
      'Merkitään tiedoksi.',
      { itemId: interpreting!.id, meetingId: first.id, label: `${first.number} · 2 §` },
    ]);
    expect(carried.offeredItems.map((item) => item.title)).toEqual(['Vapaaehtoistyö']);
    expect((await callRefusedWithoutWriting(session, 'agendaItems.carryOver', { fromItemId: interpreting!.id, toMeetingId: third.id })).code).toBe(
      'agenda_item_already_carried',
    );

    const dismissed = await callOk(session, 'agendaItems.dismissCarryOver', { fromItemId: volunteers!.id, meetingId: third.id });
    expect(dismissed.offeredItems).toEqual([]);
    const earlier = await callOk(session, 'meetings.create', meetingInput('2026-08-04T13:00', '2026-08-04T15:00'));
    const undone = await callOk(session, 'agendaItems.setNotDiscussed', { itemId: copy.id, expectedVersion: copy.rowVersion, notDiscussed: true });
    expect(undone.agenda.at(-1)!.notDiscussed).toBe(true);
    // the copy left undiscussed again is offered again, from the copy
    expect((await callOk(session, 'meetings.get', { meetingId: third.id })).offeredItems.map((item) => [item.itemId, item.meetingNumber])).toEqual([[copy.id, second.number]]);
    expect((await callRefusedWithoutWriting(session, 'agendaItems.carryOver', { fromItemId: copy.id, toMeetingId: earlier.id })).code).toBe(
      'agenda_carry_to_earlier_meeting',
    );
    const cancelled = await callOk(session, 'meetings.cancel', { meetingId: third.id, expectedVersion: third.rowVersion });
    expect((await callRefusedWithoutWriting(session, 'agendaItems.carryOver', { fromItemId: copy.id, toMeetingId: cancelled.id })).code).toBe(
      'agenda_carry_to_closed_meeting',
    );
    const fifth = await callOk(session, 'meetings.create', meetingInput('2026-12-01T13:00', '2026-12-01T15:00'));
    const held = await callOk(session, 'meetings.setStatus', { meetingId: fifth.id, expectedVersion: fifth.rowVersion, status: 'held' });
    expect(held.status).toBe('held');
    expect((await callRefusedWithoutWriting(session, 'agendaItems.carryOver', { fromItemId: copy.id, toMeetingId: fifth.id })).code).toBe(
      'agenda_carry_to_closed_meeting',
    );
  });
});
