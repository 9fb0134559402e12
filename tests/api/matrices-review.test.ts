import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import { newId } from '../../src-main/db/ids.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, TEST_AUTHOR, TEST_INSTANT } from '../support/temp-network.js';
import { callError, callOk, createTestSession, type TestClock, callRefusedWithoutWriting } from '../support/test-session.js';

/** A matrix's life through `dispatch` on a real file: review, approval, new drafts, comparison and acceptance. */

let session: AppSession;
let clock: TestClock;
const db = () => session.requireNetwork().db;
let actors: Record<'hml' | 'ty' | 'hva' | 'kela' | 'spr', string>;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session, clock } = await createTestSession({ dir, open: file }));
  const actor = async (fi: string, type: string, isPublicAuthority: boolean) =>
    (await callOk(session, 'actors.create', { name: { fi }, type: type as never, isPublicAuthority })).id;
  actors = {
    hml: await actor('Hämeenlinnan kaupunki', 'municipality', true),
    ty: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority', true),
    hva: await actor('Kanta-Hämeen hyvinvointialue', 'wellbeing_county', true),
    kela: await actor('Kela', 'kela', true),
    spr: await actor('SPR Hämeen piiri', 'ngo', false),
  };
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const refusedWithoutWriting = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

/** A clean draft: three rows, each with one A and one R, Kela informed and SPR consulted. */
async function cleanDraft(name: string): Promise<MatrixView> {
  let view = await callOk(session, 'matrices.create', { name: { fi: name }, actorIds: [actors.hml, actors.ty, actors.hva, actors.kela, actors.spr] });
  for (const task of ['Ohjaus ja neuvonta', 'Osaamisen ja kotoutumisen palvelutarpeen arviointi', 'Kotoutumissuunnitelma']) {
    view = await callOk(session, 'matrices.addTask', { versionId: view.version.id, expectedVersion: view.version.rowVersion, name: { fi: task } });
  }
  const [ohjaus, arviointi, suunnitelma] = view.tasks.map((task) => task.id) as [string, string, string];
  await callOk(session, 'matrices.setCells', {
    versionId: view.version.id,
    expectedVersion: view.version.rowVersion,
    cells: [
      { taskId: ohjaus, actorId: actors.hml, letter: 'A' },
      { taskId: ohjaus, actorId: actors.ty, letter: 'R' },
      { taskId: ohjaus, actorId: actors.kela, letter: 'I' },
      { taskId: arviointi, actorId: actors.ty, letter: 'A' },
      { taskId: arviointi, actorId: actors.hml, letter: 'R' },
      { taskId: arviointi, actorId: actors.hva, letter: 'C' },
      { taskId: suunnitelma, actorId: actors.hml, letter: 'A' },
      { taskId: suunnitelma, actorId: actors.hml, letter: 'A' },
      { taskId: suunnitelma, actorId: actors.ty, letter: 'R' },
      { taskId: suunnitelma, actorId: actors.spr, letter: 'C' },
    ],
  });
  return callOk(session, 'matrices.get', { matrixId: view.matrix.id });
}

const ref = (view: MatrixView) => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });

describe('the life of a version', () => {
  it('goes from draft to review and back, then to approved; a new approval supersedes the old one', async () => {
    let v1 = await cleanDraft('Elinkaari');
    expect(v1.summary).toEqual({ errors: 0, openWarnings: 0, acceptedWarnings: 0 });

    const early = await refusedWithoutWriting('matrices.approve', { ...ref(v1), approvedOn: '2026-03-16' });
    expect(early.code).toBe('version_not_in_review');
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: null });
    expect(v1.version).toMatchObject({ status: 'in_review', sentToReviewAt: TEST_INSTANT, reviewDeadline: null });
    v1 = await callOk(session, 'matrices.returnToDraft', ref(v1));
    expect(v1.version).toMatchObject({ status: 'draft', sentToReviewAt: null });
    const back = await refusedWithoutWriting('matrices.returnToDraft', ref(v1));
    expect(back.code).toBe('version_not_in_review');
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: '2026-04-30' });
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-05-12', approvalReference: 'Verkoston kokous 2/2026, 5 §' });
    expect(v1.version).toMatchObject({ status: 'approved', approvedAt: '2026-05-12', approvedBy: TEST_AUTHOR, approvalReference: 'Verkoston kokous 2/2026, 5 §' });
    const list = await callOk(session, 'matrices.list', {});
    expect(list.find((matrix) => matrix.id === v1.matrix.id)).toMatchObject({ approvedVersion: { id: v1.version.id, number: 1, approvedAt: '2026-05-12' } });

    let v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id, note: 'Vuoden 2027 päivitys' });
    expect(v2.version).toMatchObject({ number: 2, status: 'draft', basedOnVersionId: v1.version.id, note: 'Vuoden 2027 päivitys', validOn: '2026-03-16' });
    expect(v2.versions.map((version) => version.number)).toEqual([2, 1]);
    v2 = await callOk(session, 'matrices.sendToReview', { ...ref(v2), reviewDeadline: null });
    v2 = await callOk(session, 'matrices.approve', { ...ref(v2), approvedOn: '2026-09-01', approvalReference: null });
    expect(v2.versions.map((version) => [version.number, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    const again = await refusedWithoutWriting('matrices.approve', { ...ref(v2), approvedOn: '2026-09-01' });
    expect(again.code).toBe('version_not_in_review');

    // A new draft may start from any version of the same matrix, never from another matrix's.
    const foreign = await cleanDraft('Vieras');
    const wrongFrom = await refusedWithoutWriting('matrices.newDraft', { matrixId: v1.matrix.id, fromVersionId: foreign.version.id });
    expect([wrongFrom.code, wrongFrom.path]).toEqual(['not_found', ['fromVersionId']]);
    const v3 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id, fromVersionId: v1.version.id });
    expect(v3.version).toMatchObject({ number: 3, basedOnVersionId: v1.version.id });
  });

  it('starts a new draft as an exact copy, and only one at a time', async () => {
    let v1 = await cleanDraft('Kopio');
    const taskId = v1.tasks[0]!.id;
    await callOk(session, 'matrices.setCells', { ...ref(v1), cells: [{ taskId, actorId: actors.spr, letter: 'R' }] });
    const accepted = await callOk(session, 'matrices.acceptWarning', {
      versionId: v1.version.id,
      expectedVersion: v1.version.rowVersion + 1,
      code: 'several_responsible',
      taskId,
      actorId: null,
      reason: 'Järjestö ja työllisyysalue ohjaavat yhdessä.',
    });
    expect(accepted.summary).toEqual({ errors: 0, openWarnings: 0, acceptedWarnings: 1 });
    v1 = await callOk(session, 'matrices.get', { matrixId: v1.matrix.id });
    const draftExists = await refusedWithoutWriting('matrices.newDraft', { matrixId: v1.matrix.id });
    expect([draftExists.code, draftExists.params.number]).toEqual(['matrix_draft_exists', 1]);
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: null });
    const inReview = await refusedWithoutWriting('matrices.newDraft', { matrixId: v1.matrix.id });
    expect(inReview.code).toBe('matrix_draft_exists');
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-03-16', approvalReference: null });

    const v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id, validOn: '2026-06-01' });
    expect(v2.version.validOn).toBe('2026-06-01');
    const lineage = new Map(v2.tasks.map((task) => [task.id, task.lineageId]));
    const lineageBefore = new Map(v1.tasks.map((task) => [task.id, task.lineageId]));
    const strip = (view: MatrixView, lineageOf: Map<string, string>) => ({
      tasks: view.tasks.map(({ id: _id, ...task }) => task),
      columns: view.columns,
      cells: view.cells.map((cell) => ({ ...cell, taskId: lineageOf.get(cell.taskId) })),
      findings: view.findings.map((finding) => ({ ...finding, taskId: finding.taskId && lineageOf.get(finding.taskId) })),
    });
    expect(strip(v2, lineage)).toEqual(strip(v1, lineageBefore));
    expect(v2.tasks.every((task) => !lineageBefore.has(task.id))).toBe(true);
    const copied = await db().selectFrom('matrix_accepted_warning').selectAll().where('version_id', '=', v2.version.id).execute();
    expect(copied.map((row) => [row.code, row.reason, row.accepted_by, lineage.get(row.task_id!)])).toEqual([
      ['several_responsible', 'Järjestö ja työllisyysalue ohjaavat yhdessä.', TEST_AUTHOR, v1.tasks[0]!.lineageId],
    ]);
    // The approved version is untouched by edits of the new draft.
    await callOk(session, 'matrices.setCells', { ...ref(v2), cells: [{ taskId: v2.tasks[0]!.id, actorId: actors.spr, letter: null }] });
    expect((await callOk(session, 'matrices.get', { matrixId: v1.matrix.id, versionId: v1.version.id })).cells).toEqual(v1.cells);
  });

  it('compares two versions cell by cell, pairing rows by lineage', async () => {
    let v1 = await cleanDraft('Vertailu');
    v1 = await callOk(session, 'matrices.sendToReview', { ...ref(v1), reviewDeadline: null });
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-03-16', approvalReference: null });
    let v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id });
    const [ohjaus, arviointi, suunnitelma] = v2.tasks.map((task) => task.id) as [string, string, string];
    v2 = await callOk(session, 'matrices.updateTask', { ...ref(v2), taskId: ohjaus, name: { fi: 'Alkuvaiheen ohjaus ja neuvonta' }, statutory: false });
    v2 = await callOk(session, 'matrices.removeTask', { ...ref(v2), taskId: suunnitelma });
    v2 = await callOk(session, 'matrices.addTask', { ...ref(v2), name: { fi: 'Seuranta' } });
    v2 = await callOk(session, 'matrices.removeColumn', { ...ref(v2), actorId: actors.kela });
    const seuranta = v2.tasks.at(-1)!;
    await callOk(session, 'matrices.setCells', {
      ...ref(v2),
      cells: [
        { taskId: arviointi, actorId: actors.hva, letter: 'I' },
        { taskId: seuranta.id, actorId: actors.hml, letter: 'A' },
      ],
    });
    const comparison = await callOk(session, 'matrices.compare', { fromVersionId: v1.version.id, toVersionId: v2.version.id });
    expect([comparison.from.number, comparison.to.number]).toEqual([1, 2]);
    expect(comparison.addedTasks).toEqual([{ lineageId: seuranta.lineageId, name: 'Seuranta' }]);
    expect(comparison.removedTasks).toEqual([{ lineageId: v1.tasks[2]!.lineageId, name: 'Kotoutumissuunnitelma' }]);
    expect(comparison.addedActors).toEqual([]);
    expect(comparison.removedActors).toEqual([{ actorId: actors.kela, name: 'Kela' }]);
    expect(comparison.changedCells.map((change) => [change.taskName, change.actorName, change.before, change.after])).toEqual([
      ['Alkuvaiheen ohjaus ja neuvonta', 'Kela', 'I', null],
      ['Osaamisen ja kotoutumisen palvelutarpeen arviointi', 'Kanta-Hämeen hyvinvointialue', 'C', 'I'],
      ['Seuranta', 'Hämeenlinnan kaupunki', null, 'A'],
      ['Kotoutumissuunnitelma', 'Hämeenlinnan kaupunki', 'A', null],
      ['Kotoutumissuunnitelma', 'Hämeenlinnan seudun työllisyysalue', 'R', null],
      ['Kotoutumissuunnitelma', 'SPR Hämeen piiri', 'C', null],
    ]);
    const backwards = await callOk(session, 'matrices.compare', { fromVersionId: v2.version.id, toVersionId: v1.version.id });
    expect(backwards.addedTasks).toEqual(comparison.removedTasks);
    expect(backwards.changedCells).toHaveLength(comparison.changedCells.length);

    const other = await cleanDraft('Toinen vertailu');
    const differ = await callError(session, 'matrices.compare', { fromVersionId: v1.version.id, toVersionId: other.version.id });
    expect([differ.code, differ.path]).toEqual(['matrix_versions_differ', ['toVersionId']]);
  });
});

describe('review by the members', () => {
  let view: MatrixView;
  beforeAll(async () => {
    view = await cleanDraft('Lausuntokierros');
  });
  const answer = (taskIndex: number, verdict: 'agree' | 'comment', comment?: string) => ({ taskId: view.tasks[taskIndex]!.id, verdict, comment: comment ?? null });

  it('takes answers only for a version in review', async () => {
    const error = await refusedWithoutWriting('reviews.record', { versionId: view.version.id, actorId: actors.hml, source: 'app', answers: [answer(0, 'agree')] });
    expect(error.code).toBe('review_not_open');
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: '2026-04-15' });
  });

  it('refuses an actor that is not a column, a task of another version and a comment without text, writing nothing', async () => {
    const other = await cleanDraft('Toinen lausunto');
    const base = { versionId: view.version.id, actorId: actors.hml, source: 'form' };
    const notColumn = await refusedWithoutWriting('reviews.record', { ...base, actorId: newId(), answers: [answer(0, 'agree')] });
    expect([notColumn.code, notColumn.path]).toEqual(['matrix_actor_not_column', ['actorId']]);
    const foreign = await refusedWithoutWriting('reviews.record', { ...base, answers: [answer(0, 'agree'), { taskId: other.tasks[0]!.id, verdict: 'agree' }] });
    expect([foreign.code, foreign.path]).toEqual(['matrix_task_not_in_version', ['answers', 1, 'taskId']]);
    const bare = await refusedWithoutWriting('reviews.record', { ...base, answers: [answer(0, 'agree'), answer(1, 'comment', '   ')] });
    expect([bare.code, bare.path]).toEqual(['review_comment_required', ['answers', 1, 'comment']]);
  });

  it('keeps one answer per member and task, the latest replacing the earlier, and counts progress', async () => {
    let result = await callOk(session, 'reviews.record', {
      versionId: view.version.id,
      actorId: actors.hml,
      source: 'app',
      answers: [answer(0, 'agree'), answer(1, 'comment', 'Arvioinnin R kuuluu työllisyysalueelle.'), answer(2, 'agree')],
    });
    const progress = (actorId: string) => result.reviewProgress.find((row) => row.actorId === actorId)!;
    expect(progress(actors.hml)).toEqual({ actorId: actors.hml, actorName: 'Hämeenlinnan kaupunki', tasksToReview: 3, agreed: 2, commented: 1, openComments: 1 });
    expect(progress(actors.kela)).toMatchObject({ tasksToReview: 1, agreed: 0, commented: 0 });

    clock.set(new Date('2026-03-20T09:00:00Z'));
    result = await callOk(session, 'reviews.record', {
      versionId: view.version.id,
      actorId: actors.hml,
      source: 'entered_by_coordinator',
      answers: [answer(1, 'agree'), answer(2, 'comment', 'Tarkennetaan myöhemmin.'), answer(2, 'comment', 'Suunnitelman C puuttuu hyvinvointialueelta.')],
    });
    const rows = await db().selectFrom('matrix_review').selectAll().where('version_id', '=', view.version.id).where('actor_id', '=', actors.hml).execute();
    expect(rows).toHaveLength(3);
    expect(progress(actors.hml)).toMatchObject({ agreed: 2, commented: 1, openComments: 1 });
    const latest = result.reviews.find((review) => review.taskId === view.tasks[2]!.id)!;
    expect(latest).toMatchObject({ verdict: 'comment', comment: 'Suunnitelman C puuttuu hyvinvointialueelta.', source: 'entered_by_coordinator', recordedAt: '2026-03-20T09:00:00.000Z' });

    result = await callOk(session, 'reviews.record', { versionId: view.version.id, actorId: actors.kela, source: 'form', answers: [answer(0, 'agree')] });
    expect(progress(actors.kela)).toMatchObject({ agreed: 1 });
    expect(result.reviews).toHaveLength(4);
  });

  it('closes a comment with the coordinator’s answer; an agreement has nothing to answer', async () => {
    const comment = (await callOk(session, 'matrices.get', { matrixId: view.matrix.id })).reviews.find((review) => review.verdict === 'comment')!;
    const agreement = (await callOk(session, 'matrices.get', { matrixId: view.matrix.id })).reviews.find((review) => review.verdict === 'agree')!;
    const resolved = await callOk(session, 'reviews.resolve', { reviewId: comment.id, resolution: 'Lisätty C hyvinvointialueelle versioon 2.' });
    expect(resolved.reviews.find((review) => review.id === comment.id)!.resolution).toBe('Lisätty C hyvinvointialueelle versioon 2.');
    expect(resolved.reviewProgress.find((row) => row.actorId === actors.hml)!.openComments).toBe(0);
    const notComment = await refusedWithoutWriting('reviews.resolve', { reviewId: agreement.id, resolution: 'x' });
    expect(notComment.code).toBe('review_not_comment');
    const missing = await refusedWithoutWriting('reviews.resolve', { reviewId: newId(), resolution: 'x' });
    expect(missing.code).toBe('not_found');
  });
});

describe('acceptance by each member organisation', () => {
  it('is recorded once per member, only for an approved version, and can be removed', async () => {
    let view = await cleanDraft('Hyväksynnät');
    const decision = {
      actorId: actors.hml,
      acceptedByName: 'Hämeenlinnan kaupunginhallitus',
      acceptedOn: '2026-05-12',
      body: 'Hämeenlinnan kaupunginhallitus',
      section: '215 §',
      caseNumber: 'HMLDno-2026-481',
    };
    const draft = await refusedWithoutWriting('acceptances.record', { versionId: view.version.id, ...decision });
    expect(draft.code).toBe('version_not_approved');
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
    const inReview = await refusedWithoutWriting('acceptances.record', { versionId: view.version.id, ...decision });
    expect(inReview.code).toBe('version_not_approved');
    view = await callOk(session, 'matrices.approve', { ...ref(view), approvedOn: '2026-04-20', approvalReference: null });

    view = await callOk(session, 'acceptances.record', { versionId: view.version.id, ...decision });
    expect(view.acceptances).toEqual([
      {
        id: expect.any(String),
        actorId: actors.hml,
        actorName: 'Hämeenlinnan kaupunki',
        acceptedByName: 'Hämeenlinnan kaupunginhallitus',
        acceptedOn: '2026-05-12',
        body: 'Hämeenlinnan kaupunginhallitus',
        section: '215 §',
        caseNumber: 'HMLDno-2026-481',
        note: null,
        // recorded by hand, not by a network meeting's decision
        decision: null,
        rowVersion: 1,
      },
    ]);
    const twice = await refusedWithoutWriting('acceptances.record', { versionId: view.version.id, ...decision, acceptedOn: '2026-05-13' });
    expect([twice.code, twice.params.name]).toEqual(['acceptance_exists', 'Hämeenlinnan kaupunki']);
    expect(twice.message).toContain('Hämeenlinnan kaupunki on jo hyväksynyt');
    const notColumn = await refusedWithoutWriting('acceptances.record', { versionId: view.version.id, ...decision, actorId: newId() });
    expect(notColumn.code).toBe('matrix_actor_not_column');

    const id = view.acceptances[0]!.id;
    const stale = await refusedWithoutWriting('acceptances.delete', { id, expectedVersion: 2 });
    expect(stale.code).toBe('version_conflict');
    view = await callOk(session, 'acceptances.delete', { id, expectedVersion: 1 });
    expect(view.acceptances).toEqual([]);
    const gone = await refusedWithoutWriting('acceptances.delete', { id, expectedVersion: 1 });
    expect(gone.code).toBe('not_found');
  });
});
