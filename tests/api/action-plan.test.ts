import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGoalView } from '../../src-main/api/contract/action-plan.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../support/test-session.js';

/** The network's action plan through the dispatcher: goals in order, their actions, actors and linked action items. */

let session: AppSession;
const actorIds: Record<string, string> = {};

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  for (const name of ['Riihimäen kaupunki', 'Kela', 'Ahjolan setlementti ry']) {
    actorIds[name] = (await callOk(session, 'actors.create', { name: { fi: name }, type: 'ngo', isPublicAuthority: false })).id;
  }
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const refused = (method: string, input: unknown) => callRefusedWithoutWriting(session, method, input);
const goalNamed = async (name: string, includeArchived = false) =>
  (await callOk(session, 'goals.list', { includeArchived })).find((goal) => goal.name === name)!;
const actionFields = (name: string, actors: string[], extra: Record<string, unknown> = {}) => ({
  name: { fi: name },
  status: 'planned' as const,
  actorIds: actors.map((actor) => actorIds[actor]!),
  ...extra,
});

describe('goals', () => {
  let goals: NetworkGoalView[];

  beforeAll(async () => {
    for (const name of ['Tieto kulkee toimijoiden välillä', 'Kotoutujan polku ilman katkoksia', 'Järjestöt mukana alusta asti']) {
      await callOk(session, 'goals.create', { name: { fi: name }, periodFrom: '2026-01-01', periodTo: '2027-12-31' });
    }
    goals = await callOk(session, 'goals.list', {});
  });

  it('are listed in the order they were added, each with its period', () => {
    expect(goals.map((goal) => goal.name)).toEqual(['Tieto kulkee toimijoiden välillä', 'Kotoutujan polku ilman katkoksia', 'Järjestöt mukana alusta asti']);
    expect(goals.map((goal) => goal.sortOrder)).toEqual([0, 1, 2]);
    expect(goals[0]).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2027-12-31', archived: false, actions: [], rowVersion: 1 });
  });

  it('are changed with their version, and refused with a reversed period or a stale version', async () => {
    const goal = goals[0]!;
    const updated = await callOk(session, 'goals.update', {
      id: goal.id,
      expectedVersion: goal.rowVersion,
      name: { fi: goal.name, sv: 'Informationen går mellan aktörerna' },
      description: { fi: 'Yhteinen tilannekuva.' },
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    expect(updated).toMatchObject({ names: { sv: 'Informationen går mellan aktörerna' }, description: { fi: 'Yhteinen tilannekuva.' }, periodTo: '2026-12-31', rowVersion: 2 });
    expect((await callOk(session, 'goals.list', { lang: 'sv' }))[0]!.name).toBe('Informationen går mellan aktörerna');
    const base = { id: goal.id, name: { fi: 'X' } };
    expect((await refused('goals.update', { ...base, expectedVersion: 2, periodFrom: '2027-01-01', periodTo: '2026-01-01' })).code).toBe('period_reversed');
    expect((await refused('goals.update', { ...base, expectedVersion: 1 })).code).toBe('version_conflict');
    expect((await refused('goals.create', { name: {} })).code).toBe('name_required');
  });

  it('move to a position in the plan', async () => {
    const last = goals[2]!;
    const moved = await callOk(session, 'goals.move', { id: last.id, expectedVersion: last.rowVersion, position: 0 });
    expect(moved.map((goal) => goal.name)).toEqual(['Järjestöt mukana alusta asti', 'Tieto kulkee toimijoiden välillä', 'Kotoutujan polku ilman katkoksia']);
    expect(moved.map((goal) => goal.sortOrder)).toEqual([0, 1, 2]);
    const again = moved[0]!;
    const back = await callOk(session, 'goals.move', { id: again.id, expectedVersion: again.rowVersion, position: 99 });
    expect(back.map((goal) => goal.name).at(-1)).toBe('Järjestöt mukana alusta asti');
    expect((await refused('goals.move', { id: again.id, expectedVersion: again.rowVersion, position: 0 })).code).toBe('version_conflict');
  });

  it('are archived out of the plan and restored', async () => {
    const goal = await goalNamed('Kotoutujan polku ilman katkoksia');
    const archived = await callOk(session, 'goals.archive', { id: goal.id, expectedVersion: goal.rowVersion, archived: true });
    expect(archived.archived).toBe(true);
    expect((await callOk(session, 'goals.list', {})).map((each) => each.id)).not.toContain(goal.id);
    expect((await callOk(session, 'goals.list', { includeArchived: true })).map((each) => each.id)).toContain(goal.id);
    const restored = await callOk(session, 'goals.archive', { id: goal.id, expectedVersion: archived.rowVersion, archived: false });
    expect(restored.archived).toBe(false);
  });
});

describe('goal actions', () => {
  it('are added under a goal with their actors, schedule, indicator and status', async () => {
    const goal = await goalNamed('Tieto kulkee toimijoiden välillä');
    let view = await callOk(session, 'goalActions.create', {
      goalId: goal.id,
      ...actionFields('Yhteinen palvelutarjotin verkkoon', ['Riihimäen kaupunki', 'Kela'], {
        scheduleFrom: '2026-02-01',
        scheduleTo: '2026-09-30',
        scheduleText: { fi: 'kevät 2026' },
        indicator: { fi: 'Palvelutarjotin julkaistu' },
      }),
    });
    view = await callOk(session, 'goalActions.create', { goalId: goal.id, ...actionFields('Infotilaisuus järjestöille', ['Ahjolan setlementti ry']) });
    expect(view.actions.map((action) => action.name)).toEqual(['Yhteinen palvelutarjotin verkkoon', 'Infotilaisuus järjestöille']);
    const action = view.actions[0]!;
    expect(action).toMatchObject({
      goalId: goal.id,
      scheduleFrom: '2026-02-01',
      scheduleTo: '2026-09-30',
      scheduleText: { fi: 'kevät 2026' },
      indicator: { fi: 'Palvelutarjotin julkaistu' },
      status: 'planned',
      actionItemCounts: { open: 0, done: 0 },
    });
    // actors in Finnish alphabetical order
    expect(action.actors.map((actor) => actor.name)).toEqual(['Kela', 'Riihimäen kaupunki']);
  });

  it('are changed, with their actors replaced, and refused with an unknown actor or a reversed schedule', async () => {
    const goal = await goalNamed('Tieto kulkee toimijoiden välillä');
    const action = goal.actions[0]!;
    const view = await callOk(session, 'goalActions.update', {
      id: action.id,
      expectedVersion: action.rowVersion,
      ...actionFields(action.name, ['Kela'], { status: 'ongoing' }),
    });
    expect(view.actions[0]).toMatchObject({ status: 'ongoing', actors: [{ name: 'Kela' }], scheduleFrom: null, rowVersion: 2 });
    const base = { id: action.id, expectedVersion: 2, ...actionFields(action.name, []) };
    expect((await refused('goalActions.update', { ...base, actorIds: ['0199a000-0000-7000-8000-000000000000'] })).code).toBe('not_found');
    expect((await refused('goalActions.update', { ...base, scheduleFrom: '2026-05-01', scheduleTo: '2026-04-01' })).code).toBe('period_reversed');
    expect((await refused('goalActions.create', { goalId: '0199a000-0000-7000-8000-000000000000', ...actionFields('X', []) })).code).toBe('not_found');
  });

  it('count the meeting action items that serve them, and lose the link when removed', async () => {
    const goal = await goalNamed('Tieto kulkee toimijoiden välillä');
    const action = goal.actions[0]!;
    const meeting = await callOk(session, 'meetings.create', {
      kind: 'network_meeting',
      title: { fi: 'Verkoston kokous' },
      startsAt: '2026-03-10T13:00',
      endsAt: '2026-03-10T15:00',
      place: 'Riihimäki',
    });
    await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Kerätään palvelukuvaukset' }, goalActionId: action.id });
    const detail = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: 'Julkaistaan tarjotin' }, goalActionId: action.id });
    const item = detail.actionItems.find((each) => each.title === 'Julkaistaan tarjotin')!;
    expect(item.goalAction).toEqual({ id: action.id, name: action.name });
    await callOk(session, 'actionItems.close', { id: item.id, expectedVersion: item.rowVersion, status: 'done', closedOn: '2026-03-12', closingNote: null });
    expect((await goalNamed(goal.name)).actions[0]!.actionItemCounts).toEqual({ open: 1, done: 1 });

    const after = await callOk(session, 'goalActions.remove', { id: action.id, expectedVersion: action.rowVersion });
    expect(after.actions.map((each) => each.id)).not.toContain(action.id);
    const items = (await callOk(session, 'meetings.get', { meetingId: meeting.id })).actionItems;
    expect(items.map((each) => each.title)).toEqual(['Kerätään palvelukuvaukset', 'Julkaistaan tarjotin']);
    expect(items.map((each) => each.goalAction)).toEqual([null, null]);
  });
});
