import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';
import { meetingInput } from './planning-fixture.js';

/**
 * Organisations change (Hämeen ELY-keskus ended on 31.12.2025, its work went to the elinvoimakeskus):
 * a meeting invites by default only people of organisations that exist on its day, and shows a
 * person of an ended organisation as inactive.
 */

let session: AppSession;
let actorNames: Map<string, string>;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  const actors = await callOk(session, 'actors.list', { includeArchived: true });
  actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

async function invitedOrganisations(date: string): Promise<string[]> {
  const meeting = await callOk(session, 'meetings.create', meetingInput(`${date}T09:00`, `${date}T11:00`));
  return [...new Set(meeting.invitees.map((invitee) => actorNames.get(invitee.actorId) ?? '?'))];
}

describe('default invitees follow the organisations of the meeting’s day', () => {
  it('in 2025 the ELY-keskus is invited and the elinvoimakeskus (from 2026) is not', async () => {
    const organisations = await invitedOrganisations('2025-06-11');
    expect(organisations).toContain('Hämeen ELY-keskus');
    expect(organisations).not.toContain('Sisä-Suomen elinvoimakeskus');
    expect(organisations).not.toContain('Hämeen TE-toimisto');
  });

  it('in 2026 the elinvoimakeskus is invited and the ended ELY-keskus is not', async () => {
    const organisations = await invitedOrganisations('2026-06-10');
    expect(organisations).toContain('Sisä-Suomen elinvoimakeskus');
    expect(organisations).not.toContain('Hämeen ELY-keskus');
  });

  it('a person of an ended organisation chosen by hand shows as inactive on the day', async () => {
    const actors = await callOk(session, 'actors.list', { includeArchived: true });
    const ely = actors.find((actor) => actor.name === 'Hämeen ELY-keskus')!;
    const person = (await callOk(session, 'actors.get', { id: ely.id })).representatives[0]!;
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-09-02T09:00', '2026-09-02T10:00', { chairId: person.id }));
    expect(meeting.chair).toMatchObject({ representativeId: person.id, inactive: true });
  });
});
