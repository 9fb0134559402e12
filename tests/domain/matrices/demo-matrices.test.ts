import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../../src-main/api/contract/matrices.js';
import { containsPersonalIdentityCode } from '../../../src-main/domain/shared/personal-identity-code.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, TEST_INSTANT } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';

/**
 * The demo's responsibility matrix of the customer process: an approved version accepted by its
 * members, and a newer one in review with warnings only, answers and one open comment. Read back
 * through the contract as the app shows it, on the tests' today (16 March 2026).
 */

const MAIN_PROCESS = 'Maahanmuuttaja-asiakkaan kotoutumisprosessi';
const TODAY = TEST_INSTANT.slice(0, 10);

let session: AppSession;
let approved: MatrixView;
let inReview: MatrixView;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  const [summary] = await callOk(session, 'matrices.list', {});
  inReview = await callOk(session, 'matrices.get', { matrixId: summary!.id });
  approved = await callOk(session, 'matrices.get', { matrixId: summary!.id, versionId: summary!.approvedVersion!.id });
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('the demo matrix', () => {
  it('has a row for each step of the customer process, in its order', async () => {
    expect(inReview.matrix.processName).toBe(MAIN_PROCESS);
    const process = await callOk(session, 'processes.get', { id: inReview.matrix.processId! });
    const steps = process.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision').sort((a, b) => a.sortOrder - b.sortOrder);
    expect(approved.tasks.map((task) => task.nodeId)).toEqual(steps.map((step) => step.id));
    expect(inReview.tasks.map((task) => task.lineageId)).toEqual(approved.tasks.map((task) => task.lineageId));
    expect(approved.tasks.filter((task) => task.statutory).length).toBeGreaterThan(5);
  });

  it('has an approved version 1 with clean checks, its one warning accepted with a reason', () => {
    expect(approved.version).toMatchObject({ number: 1, status: 'approved', validOn: '2025-09-15', approvedAt: '2025-10-29' });
    expect(approved.version.approvalReference).toMatch(/Verkoston kokous/);
    expect(approved.summary).toEqual({ errors: 0, openWarnings: 0, acceptedWarnings: 1 });
    expect(approved.findings[0]).toMatchObject({ code: 'too_many_informed', acceptedReason: expect.stringMatching(/tarkoituksella/) });
    // Autumn 2025: the ELY-keskus still coordinated the network.
    expect(approved.columns.find((column) => column.name === 'Hämeen ELY-keskus')).toMatchObject({ superseded: false });
  });

  it('is accepted by four member organisations by their own decisions', () => {
    expect(approved.acceptances).toHaveLength(4);
    const columns = new Set(approved.columns.map((column) => column.actorId));
    for (const acceptance of approved.acceptances) {
      expect(columns.has(acceptance.actorId)).toBe(true);
      expect(acceptance.acceptedOn > approved.version.approvedAt!).toBe(true);
      expect(acceptance.body).toBeTruthy();
      expect(acceptance.section).toMatch(/^\d+ §$/);
    }
    expect(approved.acceptances.find((acceptance) => acceptance.actorName === 'Hämeenlinnan kaupunki')).toMatchObject({
      body: 'Hämeenlinnan kaupunginhallitus',
      section: '215 §',
      caseNumber: 'HMLDno-2025-481',
    });
  });

  it('has a version 2 in review with warnings only: an overlap and a superseded actor still holding letters', () => {
    expect(inReview.version).toMatchObject({ number: 2, status: 'in_review', basedOnVersionId: approved.version.id, validOn: TODAY });
    expect(inReview.version.sentToReviewAt! < TEST_INSTANT).toBe(true);
    expect(inReview.version.reviewDeadline! > TODAY).toBe(true);
    expect(inReview.versions.map((version) => [version.number, version.status])).toEqual([
      [2, 'in_review'],
      [1, 'approved'],
    ]);
    expect(inReview.summary.errors).toBe(0);
    expect(inReview.summary.openWarnings).toBeGreaterThanOrEqual(3);
    const open = inReview.findings.filter((finding) => finding.acceptedReason === null).map((finding) => finding.code);
    expect(new Set(open)).toEqual(new Set(['several_responsible', 'inactive_actor_holds_letter']));
    const ely = inReview.columns.find((column) => column.name === 'Hämeen ELY-keskus')!;
    expect(ely.superseded).toBe(true);
    expect(inReview.findings.filter((finding) => finding.code === 'inactive_actor_holds_letter').every((finding) => finding.actorId === ely.actorId)).toBe(true);
    expect(inReview.findings.find((finding) => finding.code === 'too_many_informed')!.acceptedReason).toBeTruthy();
  });

  it('has review answers: agreements, one answered comment and one open', () => {
    const comments = inReview.reviews.filter((review) => review.verdict === 'comment');
    expect(comments).toHaveLength(2);
    expect(comments.filter((review) => review.resolution === null)).toHaveLength(1);
    expect(inReview.reviews.filter((review) => review.verdict === 'agree').length).toBeGreaterThan(10);
    const hml = inReview.reviewProgress.find((row) => row.actorName === 'Hämeenlinnan kaupunki')!;
    expect(hml).toMatchObject({ agreed: hml.tasksToReview, commented: 0 });
    expect(inReview.reviews.every((review) => review.recordedAt >= inReview.version.sentToReviewAt! && review.recordedAt < TEST_INSTANT)).toBe(true);
    expect(new Set(inReview.reviews.map((review) => review.source))).toEqual(new Set(['app', 'form', 'entered_by_coordinator']));
  });

  it('compares version 1 and 2 cell by cell', async () => {
    const comparison = await callOk(session, 'matrices.compare', { fromVersionId: approved.version.id, toVersionId: inReview.version.id });
    expect(comparison.changedCells.map((change) => [change.taskName, change.actorName, change.before, change.after])).toEqual([
      ['Kotoutumissuunnitelma (työnhakijat)', 'Kanta-Hämeen hyvinvointialue', null, 'C'],
      ['Kotoutumiskoulutus ja muut palvelut', 'Hämeenlinnan seudun työllisyysalue', 'C', 'R'],
    ]);
  });

  it('holds no personal identity codes in its free texts', () => {
    const texts = [
      ...inReview.reviews.flatMap((review) => [review.comment, review.resolution]),
      ...approved.acceptances.flatMap((acceptance) => [acceptance.acceptedByName, acceptance.body, acceptance.caseNumber]),
      inReview.version.note,
      ...inReview.findings.map((finding) => finding.acceptedReason),
    ].filter((text): text is string => Boolean(text));
    expect(texts.some(containsPersonalIdentityCode)).toBe(false);
  });
});
