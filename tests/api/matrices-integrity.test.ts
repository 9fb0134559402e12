import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, TEST_INSTANT } from '../support/temp-network.js';
import { callOk, createTestSession, type TestClock } from '../support/test-session.js';

/**
 * A second look at matrices: what a frozen version may still lose or gain through side doors,
 * and what a draft edit takes with it. Through `dispatch`, on a real file.
 */

let session: AppSession;
let clock: TestClock;
const db = () => session.requireNetwork().db;
let actors: Record<'hml' | 'ty' | 'kela' | 'spr', string>;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session, clock } = await createTestSession({ dir, open: file }));
  const actor = async (fi: string, type: string, isPublicAuthority: boolean) =>
    (await callOk(session, 'actors.create', { name: { fi }, type: type as never, isPublicAuthority })).id;
  actors = {
    hml: await actor('Hämeenlinnan kaupunki', 'municipality', true),
    ty: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority', true),
    kela: await actor('Kela', 'kela', true),
    spr: await actor('SPR Hämeen piiri', 'ngo', false),
  };
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const ref = (view: MatrixView) => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });

/** Two clean rows (one A, one R each), Kela informed on the first, SPR consulted on the second. */
async function cleanDraft(name: string, actorIds: string[] = [actors.hml, actors.ty, actors.kela, actors.spr]): Promise<MatrixView> {
  let view = await callOk(session, 'matrices.create', { name: { fi: name }, actorIds });
  for (const task of ['Ohjaus ja neuvonta', 'Kotoutumissuunnitelma']) {
    view = await callOk(session, 'matrices.addTask', { ...ref(view), name: { fi: task } });
  }
  const [ohjaus, suunnitelma] = view.tasks.map((task) => task.id) as [string, string];
  const cells = [
    { taskId: ohjaus, actorId: actors.hml, letter: 'A' as const },
    { taskId: ohjaus, actorId: actors.ty, letter: 'R' as const },
    { taskId: suunnitelma, actorId: actors.hml, letter: 'A' as const },
    { taskId: suunnitelma, actorId: actors.ty, letter: 'R' as const },
  ];
  if (actorIds.includes(actors.kela)) cells.push({ taskId: ohjaus, actorId: actors.kela, letter: 'I' as never });
  if (actorIds.includes(actors.spr)) cells.push({ taskId: suunnitelma, actorId: actors.spr, letter: 'C' as never });
  await callOk(session, 'matrices.setCells', { ...ref(view), cells });
  return callOk(session, 'matrices.get', { matrixId: view.matrix.id });
}

const codes = (view: MatrixView) => view.findings.map((finding) => finding.code);

describe('a version judges its actors as on its own date', () => {
  it('counts an actor archived after the version’s date as active in that version, and as archived in a later draft', async () => {
    clock.set(new Date(TEST_INSTANT));
    let v1 = await cleanDraft('Arkistoitu myöhemmin');
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: null });
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-03-20', approvalReference: null });
    expect(codes(v1)).toEqual([]);

    // Kela leaves the network in the autumn: the spring's approved version does not change.
    clock.set(new Date('2026-10-01T09:00:00Z'));
    const kela = await callOk(session, 'actors.get', { id: actors.kela });
    await callOk(session, 'actors.archive', { id: actors.kela, expectedVersion: kela.rowVersion });
    const approved = await callOk(session, 'matrices.get', { matrixId: v1.matrix.id, versionId: v1.version.id });
    expect(codes(approved)).toEqual([]);
    expect(approved.columns.find((column) => column.actorId === actors.kela)!.archived).toBe(false);

    const v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id });
    expect(v2.version.validOn).toBe('2026-10-01');
    expect(v2.columns.find((column) => column.actorId === actors.kela)!.archived).toBe(true);
    expect(v2.findings.filter((finding) => finding.code === 'inactive_actor_holds_letter').map((finding) => finding.actorId)).toEqual([actors.kela]);

    await callOk(session, 'actors.restore', { id: actors.kela, expectedVersion: kela.rowVersion + 1 });
    clock.set(new Date(TEST_INSTANT));
  });
});
