import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { Queryable } from '../../../src-main/db/network-store.js';
import { getMeetingDetail, listMeetings } from '../../../src-main/domain/meetings/meeting-view.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from './planning-fixture.js';

/**
 * Review: reading one meeting whole, or the list, costs the same number of queries whether the
 * meeting has one item and one attendee or many (a 10-year network has ~60 meetings × 15 items ×
 * 40 people): no query per item or person.
 */

let session: AppSession;
let small: MeetingDetail;
let large: MeetingDetail;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  const people = [];
  for (const actor of ['Kaupunki', 'Kela', 'Järjestö ry', 'Seurakunta']) {
    people.push(...(await addActorWithPeople(session, actor, [1, 2, 3].map((n) => ({ name: `${actor} ${n}` })))).representatives);
  }
  small = await callOk(session, 'meetings.create', meetingInput('2026-02-03T13:00', '2026-02-03T15:00'));
  small = await callOk(session, 'agendaItems.create', itemInput(small.id, 'Ainoa', { presenterId: people[0]!.id }));
  await callOk(session, 'attendance.set', { meetingId: small.id, representativeId: people[0]!.id, status: 'present' });
  await callOk(session, 'decisions.create', { agendaItemId: small.agenda.find((each) => each.title === 'Ainoa')!.id, kind: 'general', text: { fi: 'Päätös' } });
  await callOk(session, 'actionItems.create', { meetingId: small.id, title: { fi: 'Yksi' }, ownerRepresentativeId: people[0]!.id });

  large = await callOk(session, 'meetings.create', meetingInput('2026-03-03T13:00', '2026-03-03T17:00'));
  for (const [index, person] of people.entries()) {
    large = await callOk(session, 'agendaItems.create', itemInput(large.id, `Kohta ${index}`, { presenterId: person.id, durationMinutes: 10 }));
    const item = large.agenda.find((each) => each.title === `Kohta ${index}`)!;
    await callOk(session, 'attendance.set', { meetingId: large.id, representativeId: person.id, status: 'present' });
    await callOk(session, 'decisions.create', { agendaItemId: item.id, kind: 'general', text: { fi: `Päätös ${index}` } });
    await callOk(session, 'actionItems.create', { meetingId: large.id, agendaItemId: item.id, title: { fi: `Tehtävä ${index}` }, ownerRepresentativeId: person.id });
  }
  for (const month of ['04', '05', '06', '08', '09']) await callOk(session, 'meetings.create', meetingInput(`2026-${month}-03T13:00`, `2026-${month}-03T15:00`));
}, 120_000);
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

/** The number of statements a read runs, counted by a Kysely plugin on the network's connection. */
async function queriesOf<T>(read: (db: Queryable) => Promise<T>): Promise<{ result: T; count: number }> {
  let count = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      count += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const result = await read(session.requireNetwork().db.withPlugin(counter));
  return { result, count };
}

describe('reading meetings', () => {
  it('meetings.get runs as many queries for 12 items, 12 attendees, 12 decisions and 13 action items as for one of each', async () => {
    const context = (db: Queryable) => ({ db, today: '2026-11-23', locale: 'fi' as const });
    const one = await queriesOf((db) => getMeetingDetail(context(db), small.id));
    const many = await queriesOf((db) => getMeetingDetail(context(db), large.id));
    expect(many.result.agenda.length).toBeGreaterThan(12);
    expect(many.result.attendance).toHaveLength(12);
    expect(many.result.decisions).toHaveLength(12);
    expect(many.result.carriedActionItems).toHaveLength(1);
    expect(many.count).toBe(one.count);
  });

  it('meetings.list runs as many queries for seven meetings as for one', async () => {
    const context = (db: Queryable) => ({ db, today: '2026-11-23', locale: 'fi' as const });
    const one = await queriesOf((db) => listMeetings(context(db), { from: '2026-02-01', to: '2026-02-28' }));
    const all = await queriesOf((db) => listMeetings(context(db), {}));
    expect(one.result).toHaveLength(1);
    expect(all.result).toHaveLength(7);
    expect(all.count).toBe(one.count);
  });
});
