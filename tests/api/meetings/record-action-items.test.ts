import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItemView, MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from './planning-fixture.js';

/**
 * Action items through the dispatcher: made at one meeting, listed at every later one until closed
 * (an item closed on a meeting's day still shows there), overdue against the meeting's date there
 * and against today (15 June 2026) in the overview.
 */

const NOW = '2026-06-15T09:00:00.000Z';
let session: AppSession;
let first: MeetingDetail;
let second: MeetingDetail;
let third: MeetingDetail;
let city: Awaited<ReturnType<typeof addActorWithPeople>>;
let ngo: Awaited<ReturnType<typeof addActorWithPeople>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ now: NOW });
  ({ session } = await createTestSession({ dir, open: file, now: NOW }));
  city = await addActorWithPeople(session, 'Hämeenlinnan kaupunki', [{ name: 'Kaisa Kaupunki' }, { name: 'Ville Varanen' }]);
  ngo = await addActorWithPeople(session, 'Monikulttuurinen yhdistys ry', [{ name: 'Jaana Järjestö' }]);
  first = await callOk(session, 'meetings.create', meetingInput('2026-02-10T13:00', '2026-02-10T15:00'));
  second = await callOk(session, 'meetings.create', meetingInput('2026-04-14T13:00', '2026-04-14T15:00'));
  third = await callOk(session, 'meetings.create', meetingInput('2026-06-09T13:00', '2026-06-09T15:00'));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const refused = (method: string, input: unknown) => callRefusedWithoutWriting(session, method, input);
const get = (meeting: MeetingDetail) => callOk(session, 'meetings.get', { meetingId: meeting.id });
const titles = (items: ActionItemView[]) => items.map((item) => item.title);
const byTitle = (items: ActionItemView[], title: string) => items.find((item) => item.title === title)!;

async function add(meeting: MeetingDetail, title: string, fields: { ownerActorId?: string; ownerRepresentativeId?: string; dueDate?: string } = {}) {
  const detail = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: title }, ...fields });
  ids[title] = byTitle(detail.actionItems, title).id;
  return detail;
}

async function close(title: string, closedOn: string, status: 'done' | 'dropped' = 'done') {
  const item = (await callOk(session, 'actionItems.overview', { state: 'all' })).find((each) => each.id === ids[title])!;
  return callOk(session, 'actionItems.close', { id: item.id, expectedVersion: item.rowVersion, status, closedOn, closingNote: 'Hoidettu.' });
}

describe('carry-over across three meetings', () => {
  beforeAll(async () => {
    const [kaisa] = city.representatives;
    await add(first, 'Päivitetään palvelutarjotin', { ownerActorId: city.actor.id, ownerRepresentativeId: kaisa!.id, dueDate: '2026-03-31' });
    await add(first, 'Kootaan kotoutumisohjelman palaute', { ownerActorId: ngo.actor.id, dueDate: '2026-05-31' });
    await add(first, 'Lähetetään muistio jäsenille', { dueDate: '2026-02-20' });
    await add(second, 'Valmistellaan syysseminaari', { ownerRepresentativeId: ngo.representatives[0]!.id, dueDate: '2026-05-01' });
    await close('Kootaan kotoutumisohjelman palaute', '2026-04-14');
    await close('Lähetetään muistio jäsenille', '2026-03-01', 'dropped');
  });

  it('lists the first meeting’s own items as made there, with nothing carried into it', async () => {
    const detail = await get(first);
    expect(titles(detail.actionItems)).toEqual(['Päivitetään palvelutarjotin', 'Kootaan kotoutumisohjelman palaute', 'Lähetetään muistio jäsenille']);
    expect(detail.carriedActionItems).toEqual([]);
    const item = byTitle(detail.actionItems, 'Päivitetään palvelutarjotin');
    expect(item).toMatchObject({
      meetingId: first.id,
      meetingNumber: first.number,
      meetingDate: '2026-02-10',
      ownerActor: { id: city.actor.id, name: 'Hämeenlinnan kaupunki' },
      ownerRepresentative: { name: 'Kaisa Kaupunki', actorName: 'Hämeenlinnan kaupunki' },
      overdue: false,
      timesCarried: 0,
      status: 'open',
    });
  });

  it('lists at the second meeting the open item (overdue that day) and the one closed on its day, not the one closed before', async () => {
    const detail = await get(second);
    expect(titles(detail.actionItems)).toEqual(['Valmistellaan syysseminaari']);
    expect(byTitle(detail.actionItems, 'Valmistellaan syysseminaari')).toMatchObject({ overdue: false, ownerActor: { id: ngo.actor.id } });
    expect(titles(detail.carriedActionItems)).toEqual(['Päivitetään palvelutarjotin', 'Kootaan kotoutumisohjelman palaute']);
    expect(byTitle(detail.carriedActionItems, 'Päivitetään palvelutarjotin')).toMatchObject({ overdue: true, timesCarried: 0 });
    expect(byTitle(detail.carriedActionItems, 'Kootaan kotoutumisohjelman palaute')).toMatchObject({
      status: 'done',
      closedOn: '2026-04-14',
      closingNote: 'Hoidettu.',
      overdue: false,
    });
  });

  it('lists at the third meeting the still open items, carried once more, and no longer the closed one', async () => {
    const detail = await get(third);
    expect(detail.actionItems).toEqual([]);
    expect(titles(detail.carriedActionItems)).toEqual(['Päivitetään palvelutarjotin', 'Valmistellaan syysseminaari']);
    expect(byTitle(detail.carriedActionItems, 'Päivitetään palvelutarjotin')).toMatchObject({ overdue: true, timesCarried: 1 });
    expect(byTitle(detail.carriedActionItems, 'Valmistellaan syysseminaari')).toMatchObject({ overdue: true, timesCarried: 0 });
  });

  it('brings a reopened item back to the meetings after it', async () => {
    const item = (await callOk(session, 'actionItems.overview', { state: 'done' })).find((each) => each.id === ids['Lähetetään muistio jäsenille'])!;
    expect(item.status).toBe('dropped');
    const reopened = await callOk(session, 'actionItems.reopen', { id: item.id, expectedVersion: item.rowVersion });
    expect(reopened).toMatchObject({ status: 'open', closedOn: null, closingNote: null, overdue: true });
    expect(titles((await get(second)).carriedActionItems)).toContain('Lähetetään muistio jäsenille');
    await close('Lähetetään muistio jäsenille', '2026-03-01', 'dropped');
    expect(titles((await get(second)).carriedActionItems)).not.toContain('Lähetetään muistio jäsenille');
  });
});

describe('the overview', () => {
  beforeAll(async () => {
    await add(third, 'Päivitetään verkoston jäsenluettelo', { ownerActorId: city.actor.id, ownerRepresentativeId: city.representatives[1]!.id, dueDate: '2026-12-31' });
  });

  it('shows open items by due date, overdue against today', async () => {
    const open = await callOk(session, 'actionItems.overview', {});
    expect(titles(open)).toEqual(['Päivitetään palvelutarjotin', 'Valmistellaan syysseminaari', 'Päivitetään verkoston jäsenluettelo']);
    expect(open.map((item) => item.overdue)).toEqual([true, true, false]);
    // listed at the second and third meetings by today
    expect(byTitle(open, 'Päivitetään palvelutarjotin').timesCarried).toBe(2);
    const overdue = await callOk(session, 'actionItems.overview', { state: 'overdue' });
    expect(titles(overdue)).toEqual(['Päivitetään palvelutarjotin', 'Valmistellaan syysseminaari']);
  });

  it('shows closed items latest first, and everything on request', async () => {
    const done = await callOk(session, 'actionItems.overview', { state: 'done' });
    expect(titles(done)).toEqual(['Kootaan kotoutumisohjelman palaute', 'Lähetetään muistio jäsenille']);
    expect(await callOk(session, 'actionItems.overview', { state: 'all' })).toHaveLength(5);
  });

  it('filters by the owner organisation and the owner person', async () => {
    expect(titles(await callOk(session, 'actionItems.overview', { actorId: city.actor.id, state: 'all' }))).toEqual([
      'Päivitetään palvelutarjotin',
      'Päivitetään verkoston jäsenluettelo',
    ]);
    // the person's organisation came along when only the person was named
    expect(titles(await callOk(session, 'actionItems.overview', { actorId: ngo.actor.id }))).toEqual(['Valmistellaan syysseminaari']);
    expect(titles(await callOk(session, 'actionItems.overview', { ownerRepresentativeId: city.representatives[1]!.id }))).toEqual([
      'Päivitetään verkoston jäsenluettelo',
    ]);
    expect(await callOk(session, 'actionItems.overview', { actorId: ngo.actor.id, state: 'overdue', lang: 'en' })).toHaveLength(1);
  });
});

describe('changing action items', () => {
  it('updates an item and keeps its search text folded', async () => {
    const item = (await callOk(session, 'actionItems.overview', {})).find((each) => each.id === ids['Päivitetään verkoston jäsenluettelo'])!;
    const updated = await callOk(session, 'actionItems.update', {
      id: item.id,
      expectedVersion: item.rowVersion,
      title: { fi: 'Päivitetään jäsenluettelo ÅÄÖ', sv: 'Medlemsförteckningen uppdateras' },
      ownerActorId: city.actor.id,
      ownerRepresentativeId: null,
      dueDate: '2026-11-30',
    });
    expect(updated).toMatchObject({ title: 'Päivitetään jäsenluettelo ÅÄÖ', ownerRepresentative: null, dueDate: '2026-11-30', rowVersion: item.rowVersion + 1 });
    const row = await session.requireNetwork().db.selectFrom('action_item').select('search_text').where('id', '=', item.id).executeTakeFirstOrThrow();
    expect(row.search_text).toContain('jäsenluettelo åäö');
    expect(row.search_text).toContain('medlemsförteckningen');
    expect((await refused('actionItems.update', { id: item.id, expectedVersion: item.rowVersion, title: { fi: 'Vanha' } })).code).toBe('version_conflict');
  });

  it('refuses what does not fit, writing nothing', async () => {
    const [kaisa] = city.representatives;
    expect(
      (await refused('actionItems.create', { meetingId: first.id, title: { fi: 'X' }, ownerActorId: ngo.actor.id, ownerRepresentativeId: kaisa!.id })).code,
    ).toBe('action_item_owner_not_of_actor');
    const withItem = await callOk(session, 'agendaItems.create', itemInput(second.id, 'Toisen kokouksen asia'));
    const otherItem = withItem.agenda.find((each) => each.title === 'Toisen kokouksen asia')!;
    expect((await refused('actionItems.create', { meetingId: first.id, agendaItemId: otherItem.id, title: { fi: 'X' } })).code).toBe(
      'action_item_agenda_item_elsewhere',
    );
    const open = (await callOk(session, 'actionItems.overview', {})).find((each) => each.id === ids['Valmistellaan syysseminaari'])!;
    const closeInput = { id: open.id, expectedVersion: open.rowVersion, status: 'done', closingNote: null };
    expect((await refused('actionItems.close', { ...closeInput, closedOn: '2026-04-01' })).code).toBe('action_item_closed_before_made');
    expect((await refused('actionItems.close', { ...closeInput, closedOn: '2026-06-16' })).code).toBe('action_item_closed_in_future');
    expect((await refused('actionItems.reopen', { id: open.id, expectedVersion: open.rowVersion })).code).toBe('action_item_not_closed');
    const closed = (await callOk(session, 'actionItems.overview', { state: 'done' }))[0]!;
    expect(
      (await refused('actionItems.close', { id: closed.id, expectedVersion: closed.rowVersion, status: 'done', closedOn: '2026-06-01', closingNote: null })).code,
    ).toBe('action_item_already_closed');
  });

  it('removes an item entered by mistake and answers with its meeting', async () => {
    const detail = await add(third, 'Väärin kirjattu');
    const item = byTitle(detail.actionItems, 'Väärin kirjattu');
    const after = await callOk(session, 'actionItems.remove', { id: item.id, expectedVersion: item.rowVersion });
    expect(after.id).toBe(third.id);
    expect(titles(after.actionItems)).not.toContain('Väärin kirjattu');
  });
});
