import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, TEST_INSTANT } from '../support/temp-network.js';
import { callOk, createTestSession, type TestClock, callRefusedWithoutWriting } from '../support/test-session.js';

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

const refusedWithoutWriting = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

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

describe('a version in review keeps what its checks were', () => {
  it('refuses new check thresholds while a version is in review, and takes them again once it is back in draft', async () => {
    let view = await cleanDraft('Kynnykset');
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    const matrix = { id: view.matrix.id, expectedVersion: view.matrix.rowVersion, name: { fi: 'Kynnykset' } };

    // Kela informed on a row: a limit of 0 would add a warning to a version the members are reading.
    const error = await refusedWithoutWriting('matrices.update', { ...matrix, thresholds: { maxConsulted: 5, maxInformed: 0 } });
    expect([error.code, error.path]).toEqual(['matrix_thresholds_in_review', ['thresholds']]);
    expect(error.message).toMatch(/lausunnolla/);

    // A new name alone is fine: it changes no check.
    const renamed = await callOk(session, 'matrices.update', { ...matrix, name: { fi: 'Kynnysarvot' }, thresholds: view.matrix.thresholds });
    expect(renamed.matrix.name.fi).toBe('Kynnysarvot');

    view = await callOk(session, 'matrices.returnToDraft', ref(renamed));
    const changed = await callOk(session, 'matrices.update', {
      ...matrix,
      expectedVersion: renamed.matrix.rowVersion,
      thresholds: { maxConsulted: 5, maxInformed: 0 },
    });
    expect(changed.findings.map((finding) => finding.code)).toEqual(['too_many_informed']);
  });
});

describe('an approved version keeps the check limits it was approved with', () => {
  it('shows the same findings after the matrix’s limits change, while a new draft follows the new limits', async () => {
    let v1 = await cleanDraft('Hyväksytyt kynnykset');
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: null });
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-03-20', approvalReference: null });
    expect(codes(v1)).toEqual([]);

    // Informing anyone becomes "too many": the approved version was not judged by that rule.
    const tightened = await callOk(session, 'matrices.update', {
      id: v1.matrix.id,
      expectedVersion: v1.matrix.rowVersion,
      name: { fi: 'Hyväksytyt kynnykset' },
      thresholds: { maxConsulted: 5, maxInformed: 0 },
    });
    expect(tightened.matrix.thresholds.maxInformed).toBe(0);
    const approved = await callOk(session, 'matrices.get', { matrixId: v1.matrix.id, versionId: v1.version.id });
    expect(codes(approved)).toEqual([]);

    const v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id });
    expect(codes(v2)).toEqual(['too_many_informed']);
  });
});

describe('the review record of an approved version', () => {
  it('refuses to answer a comment once the version is approved: the record was approved as it stood', async () => {
    let view = await cleanDraft('Suljettu kierros');
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    view = await callOk(session, 'reviews.record', {
      versionId: view.version.id,
      actorId: actors.kela,
      source: 'app',
      answers: [{ taskId: view.tasks[0]!.id, verdict: 'comment', comment: 'Kela tiedotetaan myös suunnitelmasta.' }],
    });
    const comment = view.reviews[0]!;
    view = await callOk(session, 'matrices.approve', { ...ref(view), approvedOn: '2026-03-30', approvalReference: null });
    const error = await refusedWithoutWriting('reviews.resolve', { reviewId: comment.id, resolution: 'Otetaan huomioon versiossa 2.' });
    expect([error.code, error.path]).toEqual(['review_closed', ['reviewId']]);
    expect(error.message).toMatch(/hyväksytty/);

    // Back in draft (returned from review), the answers stay for reference and a comment can be answered.
    let other = await cleanDraft('Palautettu kierros');
    other = await callOk(session, 'matrices.sendToReview', { ...ref(other), reviewDeadline: null });
    other = await callOk(session, 'reviews.record', {
      versionId: other.version.id,
      actorId: actors.kela,
      source: 'app',
      answers: [{ taskId: other.tasks[0]!.id, verdict: 'comment', comment: 'Kela puuttuu suunnitelmasta.' }],
    });
    other = await callOk(session, 'matrices.returnToDraft', ref(other));
    const resolved = await callOk(session, 'reviews.resolve', { reviewId: other.reviews[0]!.id, resolution: 'Lisätään I.' });
    expect(resolved.reviews[0]!.resolution).toBe('Lisätään I.');
  });
});

describe('what a draft edit takes with it', () => {
  const lastVersionLog = async (versionId: string) => {
    const row = await db().selectFrom('change_log').selectAll().where('entity_id', '=', versionId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    return JSON.parse(row.before_json ?? 'null') as Record<string, unknown>;
  };

  it('keeps on record the review answers and accepted warnings that go with a removed row or column', async () => {
    let view = await cleanDraft('Poistot');
    const [ohjaus] = view.tasks.map((task) => task.id) as [string];
    // Two R on the first row, accepted; Kela with no part once its I goes, accepted too.
    await callOk(session, 'matrices.setCells', {
      ...ref(view),
      cells: [
        { taskId: ohjaus, actorId: actors.spr, letter: 'R' },
        { taskId: ohjaus, actorId: actors.kela, letter: null },
      ],
    });
    view = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    const result = await callOk(session, 'matrices.acceptWarning', { ...ref(view), code: 'several_responsible', taskId: ohjaus, actorId: null, reason: 'Järjestö ohjaa rinnalla.' });
    await callOk(session, 'matrices.acceptWarning', {
      versionId: view.version.id,
      expectedVersion: result.versionRowVersion,
      code: 'actor_without_part',
      taskId: null,
      actorId: actors.kela,
      reason: 'Kela seuraa.',
    });
    view = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    view = await callOk(session, 'reviews.record', {
      versionId: view.version.id,
      actorId: actors.ty,
      source: 'app',
      answers: [{ taskId: ohjaus, verdict: 'comment', comment: 'Ohjauksen R on kunnalla.' }],
    });
    view = await callOk(session, 'matrices.returnToDraft', ref(view));
    const answer = view.reviews[0]!;

    view = await callOk(session, 'matrices.removeTask', { ...ref(view), taskId: ohjaus });
    expect(view.reviews).toEqual([]);
    const removedRow = await lastVersionLog(view.version.id);
    expect((removedRow.reviews as Array<{ id: string; comment: string }>).map((row) => [row.id, row.comment])).toEqual([[answer.id, 'Ohjauksen R on kunnalla.']]);
    expect((removedRow.acceptedWarnings as Array<{ code: string; reason: string }>).map((row) => [row.code, row.reason])).toEqual([
      ['several_responsible', 'Järjestö ohjaa rinnalla.'],
    ]);

    view = await callOk(session, 'matrices.removeColumn', { ...ref(view), actorId: actors.kela });
    const removedColumn = await lastVersionLog(view.version.id);
    expect((removedColumn.acceptedWarnings as Array<{ code: string; actor_id: string }>).map((row) => [row.code, row.actor_id])).toEqual([
      ['actor_without_part', actors.kela],
    ]);
  });
});

describe('orders that do not depend on the database', () => {
  it('lists matrices of the same name oldest first, whatever order the rows happen to be stored in', async () => {
    const later = await callOk(session, 'matrices.create', { name: { fi: 'Samanniminen' }, actorIds: [actors.hml] });
    // An older matrix (a smaller, earlier id) stored after it, as a copied or merged file could have it.
    // (spelled out: newId never goes back in time within one process)
    const olderId = '01941f29-7c00-7000-8000-000000000001';
    const now = TEST_INSTANT;
    await db()
      .insertInto('matrix')
      .values({ id: olderId, name_fi: 'Samanniminen', threshold_consulted: 5, threshold_informed: 12, created_at: now, updated_at: now, row_version: 1 })
      .execute();
    await db()
      .insertInto('matrix_version')
      .values({ id: '01941f29-7c00-7000-8000-000000000002', matrix_id: olderId, number: 1, status: 'draft', valid_on: '2025-01-01', created_at: now, updated_at: now, row_version: 1 })
      .execute();
    const list = await callOk(session, 'matrices.list', {});
    expect(list.filter((matrix) => matrix.name === 'Samanniminen').map((matrix) => matrix.id)).toEqual([olderId, later.matrix.id]);
  });
});

describe('a second review round', () => {
  it('counts in the progress only the answers given since the version was last sent to review', async () => {
    let view = await cleanDraft('Toinen kierros');
    const [ohjaus] = view.tasks.map((task) => task.id) as [string];
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    view = await callOk(session, 'reviews.record', { versionId: view.version.id, actorId: actors.kela, source: 'app', answers: [{ taskId: ohjaus, verdict: 'agree', comment: null }] });
    expect(view.reviewProgress.find((row) => row.actorId === actors.kela)).toMatchObject({ tasksToReview: 1, agreed: 1 });

    // Back to draft: Kela's I becomes a C, which Kela has not seen.
    view = await callOk(session, 'matrices.returnToDraft', ref(view));
    await callOk(session, 'matrices.setCells', { ...ref(view), cells: [{ taskId: ohjaus, actorId: actors.kela, letter: 'C' }] });
    clock.set(new Date('2026-03-18T08:00:00Z'));
    view = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    // The earlier answer stays on record, but it is not an answer to this round.
    expect(view.reviews.map((review) => review.actorId)).toEqual([actors.kela]);
    expect(view.reviewProgress.find((row) => row.actorId === actors.kela)).toMatchObject({ tasksToReview: 1, agreed: 0, commented: 0 });

    clock.set(new Date('2026-03-19T08:00:00Z'));
    view = await callOk(session, 'reviews.record', { versionId: view.version.id, actorId: actors.kela, source: 'app', answers: [{ taskId: ohjaus, verdict: 'agree', comment: null }] });
    expect(view.reviewProgress.find((row) => row.actorId === actors.kela)).toMatchObject({ agreed: 1 });
    clock.set(new Date(TEST_INSTANT));
  });
});

describe('a row for a step of the process', () => {
  it('is refused for the start or an end: a row is a step or a decision, as when the matrix is made', async () => {
    let process = await callOk(session, 'processes.create', { name: { fi: 'Rivit vaiheista' } });
    const start = process.nodes.find((node) => node.kind === 'start')!;
    process = await callOk(session, 'processNodes.create', { processId: process.id, afterNodeId: start.id, fields: { kind: 'step', name: { fi: 'Ohjaus' }, performerActorId: actors.hml } });
    const step = process.nodes.find((node) => node.kind === 'step')!;
    const end = process.nodes.find((node) => node.kind === 'end')!;
    const view = await callOk(session, 'matrices.create', { name: { fi: 'Rivit vaiheista' }, processId: process.id });
    expect(view.tasks.map((task) => task.nodeId)).toEqual([step.id]);

    for (const node of [start, end]) {
      const error = await refusedWithoutWriting('matrices.addTask', { ...ref(view), name: { fi: 'Tapahtuma' }, nodeId: node.id });
      expect([error.code, error.path]).toEqual(['matrix_task_node_not_step', ['nodeId']]);
    }
    // A step may have a second row (e.g. one per target group).
    const second = await callOk(session, 'matrices.addTask', { ...ref(view), name: { fi: 'Ohjaus (työnhakijat)' }, nodeId: step.id });
    expect(second.tasks.map((task) => task.nodeId)).toEqual([step.id, step.id]);
  });
});
