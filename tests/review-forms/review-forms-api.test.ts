import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract/api-error.js';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import { buildReviewFormXlsx } from '../../src-main/export/review-forms/review-form-xlsx.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';
import { fillDocxForm, fillXlsxForm } from './fill-forms.js';

/** Review forms through `dispatch` on a real file: export, fill, preview, import, and every refusal. */

let session: AppSession;
const db = () => session.requireNetwork().db;
let actors: Record<'hml' | 'ty' | 'hva' | 'spr', string>;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  const actor = async (fi: string, type: string, isPublicAuthority: boolean) =>
    (await callOk(session, 'actors.create', { name: { fi }, type: type as never, isPublicAuthority })).id;
  actors = {
    hml: await actor('Hämeenlinnan kaupunki', 'municipality', true),
    ty: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority', true),
    hva: await actor('Kanta-Hämeen hyvinvointialue', 'wellbeing_county', true),
    spr: await actor('SPR Hämeen piiri', 'ngo', false),
  };
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const ref = (view: MatrixView) => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });

/** Three tasks, each with one A and one R; the wellbeing county and SPR consulted once. */
async function draft(name: string): Promise<MatrixView> {
  let view = await callOk(session, 'matrices.create', { name: { fi: name }, actorIds: [actors.hml, actors.ty, actors.hva, actors.spr] });
  for (const task of ['Ohjaus ja neuvonta', 'Osaamisen ja kotoutumisen palvelutarpeen arviointi', 'Kotoutumissuunnitelma']) {
    view = await callOk(session, 'matrices.addTask', { ...ref(view), name: { fi: task } });
  }
  const [ohjaus, arviointi, suunnitelma] = view.tasks.map((task) => task.id) as [string, string, string];
  await callOk(session, 'matrices.setCells', {
    ...ref(view),
    cells: [
      { taskId: ohjaus, actorId: actors.hml, letter: 'A' },
      { taskId: ohjaus, actorId: actors.ty, letter: 'R' },
      { taskId: arviointi, actorId: actors.ty, letter: 'A' },
      { taskId: arviointi, actorId: actors.hml, letter: 'R' },
      { taskId: arviointi, actorId: actors.hva, letter: 'C' },
      { taskId: suunnitelma, actorId: actors.hml, letter: 'A' },
      { taskId: suunnitelma, actorId: actors.ty, letter: 'R' },
      { taskId: suunnitelma, actorId: actors.spr, letter: 'C' },
    ],
  });
  return callOk(session, 'matrices.get', { matrixId: view.matrix.id });
}

async function inReview(name: string): Promise<MatrixView> {
  return callOk(session, 'matrices.sendToReview', { ...ref(await draft(name)), reviewDeadline: '2026-04-15' });
}

async function exportForm(view: MatrixView, actorId: string, format: 'docx' | 'xlsx'): Promise<Buffer> {
  const result = await callOk(session, 'reviewForms.export', { versionId: view.version.id, actorId, format, lang: 'fi' });
  expect(result!.fileName.endsWith(`.${format}`)).toBe(true);
  return readFileSync(result!.path);
}

const upload = (bytes: Buffer, fileName = 'lomake.docx') => ({ fileName, contentBase64: bytes.toString('base64') });

async function refusedWithoutWriting(method: unknown, input: unknown): Promise<ApiError> {
  const before = await contentHash(db());
  const error = await callError(session, method, input);
  expect(await contentHash(db()), `${String(method)} must not write anything when refused`).toBe(before);
  return error;
}

/** Previews (which writes nothing), then imports with the preview's checksum. */
async function previewAndImport(bytes: Buffer) {
  const before = await contentHash(db());
  const preview = await callOk(session, 'reviewForms.preview', upload(bytes));
  expect(await contentHash(db()), 'a preview writes nothing').toBe(before);
  const imported = await callOk(session, 'reviewForms.import', { ...upload(bytes), checksum: preview.checksum });
  return { preview, imported };
}

describe('review forms through the contract', () => {
  it('exports a .docx form, reads it back filled, and records the answers as coming on a form', async () => {
    const view = await inReview('Lomake docx');
    const form = await exportForm(view, actors.ty, 'docx');
    const filled = await fillDocxForm(form, { 1: { agree: 'tick' }, 2: { agree: 'x' }, 3: { comment: ['Suunnitelmasta vastaa', 'työllisyysalue, ei kunta.'] } });
    const { preview, imported } = await previewAndImport(filled);
    expect(preview.answers.map((answer) => [answer.taskName, answer.letters, answer.verdict, answer.change])).toEqual([
      ['Ohjaus ja neuvonta', ['R'], 'agree', 'new'],
      ['Osaamisen ja kotoutumisen palvelutarpeen arviointi', ['A'], 'agree', 'new'],
      ['Kotoutumissuunnitelma', ['R'], 'comment', 'new'],
    ]);
    expect(imported).toEqual(preview);

    const after = await callOk(session, 'matrices.get', { matrixId: view.matrix.id, versionId: view.version.id });
    const recorded = after.reviews.filter((review) => review.actorId === actors.ty);
    expect(recorded.map((review) => [review.verdict, review.comment, review.source])).toEqual([
      ['agree', null, 'form'],
      ['agree', null, 'form'],
      ['comment', 'Suunnitelmasta vastaa\ntyöllisyysalue, ei kunta.', 'form'],
    ]);
    expect(after.reviewProgress.find((progress) => progress.actorId === actors.ty)).toMatchObject({ tasksToReview: 3, agreed: 2, commented: 1, openComments: 1 });

    // the same form again holds nothing new
    const again = await callOk(session, 'reviewForms.preview', upload(filled));
    expect(again.answers.map((answer) => answer.change)).toEqual(['same', 'same', 'same']);
    expect((await refusedWithoutWriting('reviewForms.import', { ...upload(filled), checksum: again.checksum })).code).toBe('form_no_answers');
  });

  it('exports an .xlsx form and imports it; a later form replaces only the answers that changed', async () => {
    const view = await inReview('Lomake xlsx');
    const form = await exportForm(view, actors.hml, 'xlsx');
    await previewAndImport(await fillXlsxForm(form, { 1: { agree: 'x' }, 2: { agree: 'kyllä' } }));
    const second = await fillXlsxForm(form, { 1: { agree: 'x' }, 2: { comment: 'Arvioinnin R kuuluu hyvinvointialueelle.' }, 3: { agree: 'x' } });
    const { preview } = await previewAndImport(second);
    expect(preview.answers.map((answer) => answer.change)).toEqual(['same', 'changed', 'new']);
    const after = await callOk(session, 'matrices.get', { matrixId: view.matrix.id, versionId: view.version.id });
    expect(after.reviews.filter((review) => review.actorId === actors.hml).map((review) => review.verdict)).toEqual(['agree', 'comment', 'agree']);
  });

  it('refuses an import whose file is not the previewed one', async () => {
    const view = await inReview('Tarkistussumma');
    const form = await exportForm(view, actors.ty, 'xlsx');
    const first = await fillXlsxForm(form, { 1: { agree: 'x' } });
    const preview = await callOk(session, 'reviewForms.preview', upload(first));
    const edited = await fillXlsxForm(form, { 1: { comment: 'Muutin mieleni' } });
    expect((await refusedWithoutWriting('reviewForms.import', { ...upload(edited), checksum: preview.checksum })).code).toBe('import_file_changed');
  });

  it('refuses to export a form for a draft or for a member without letters', async () => {
    const view = await draft('Luonnos');
    const error = await refusedWithoutWriting('reviewForms.export', { versionId: view.version.id, actorId: actors.ty, format: 'docx', lang: 'fi' });
    expect(error.code).toBe('review_not_open');
    let sent = await callOk(session, 'matrices.addColumn', { ...ref(view), actorId: (await callOk(session, 'actors.create', { name: { fi: 'Kela' }, type: 'kela', isPublicAuthority: true })).id });
    const kela = sent.columns.at(-1)!.actorId;
    sent = await callOk(session, 'matrices.sendToReview', { ...ref(sent), reviewDeadline: null });
    const none = await refusedWithoutWriting('reviewForms.export', { versionId: sent.version.id, actorId: kela, format: 'xlsx', lang: 'sv' });
    // the message is in the user's language, whatever language the form was asked in
    expect([none.code, none.message]).toEqual(['form_actor_has_no_tasks', 'Toimijalla Kela ei ole yhtään kirjainta tässä versiossa, joten sille ei ole lausuttavaa.']);
  });

  it('refuses a form for an older version once a newer one is in review, and after the review closed', async () => {
    let v1 = await inReview('Versiot');
    const oldForm = await fillDocxForm(await exportForm(v1, actors.hml, 'docx'), { 1: { agree: 'x' } });
    v1 = await callOk(session, 'matrices.approve', { ...ref(v1), approvedOn: '2026-03-16', approvalReference: null });

    const closed = await refusedWithoutWriting('reviewForms.preview', upload(oldForm));
    expect([closed.code, closed.message]).toEqual(['form_review_closed', 'Vastuumatriisin ”Versiot” versio 1 ei ole enää lausunnolla (hyväksytty), joten lomakkeen vastauksia ei voi kirjata.']);

    const v2 = await callOk(session, 'matrices.newDraft', { matrixId: v1.matrix.id });
    await callOk(session, 'matrices.sendToReview', { ...ref(v2), reviewDeadline: null });
    const preview = await refusedWithoutWriting('reviewForms.preview', upload(oldForm));
    expect([preview.code, preview.params]).toEqual(['form_wrong_version', { matrix: 'Versiot', formVersion: 1, currentVersion: 2 }]);
    // the import refuses it too, whatever checksum it is given
    const { createHash } = await import('node:crypto');
    const checksum = createHash('sha256').update(oldForm).digest('hex');
    expect((await refusedWithoutWriting('reviewForms.import', { ...upload(oldForm), checksum })).code).toBe('form_wrong_version');
  });

  it('refuses a form whose member is no longer a column, and one made before the tasks changed', async () => {
    let view = await inReview('Muuttunut');
    const sprForm = await fillXlsxForm(await exportForm(view, actors.spr, 'xlsx'), { 1: { agree: 'x' } });
    const tyForm = await fillXlsxForm(await exportForm(view, actors.ty, 'xlsx'), { 1: { agree: 'x' } });

    view = await callOk(session, 'matrices.returnToDraft', ref(view));
    view = await callOk(session, 'matrices.removeColumn', { ...ref(view), actorId: actors.spr });
    view = await callOk(session, 'matrices.updateTask', { ...ref(view), taskId: view.tasks[0]!.id, name: { fi: 'Alkuvaiheen ohjaus ja neuvonta' }, statutory: false });
    view = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });

    const wrongActor = await refusedWithoutWriting('reviewForms.preview', upload(sprForm, 'spr.xlsx'));
    expect(wrongActor.code).toBe('form_wrong_actor');
    const changed = await refusedWithoutWriting('reviewForms.preview', upload(tyForm, 'ty.xlsx'));
    expect([changed.code, changed.message]).toEqual(['form_tasks_changed', 'Vastuumatriisin ”Muuttunut” tehtävät tai kirjaimet ovat muuttuneet lomakkeen viennin jälkeen. Vie toimijalle uusi lomake.']);
  });

  it('refuses a file that is not a form, and a form from another network', async () => {
    for (const bytes of [Buffer.from('PK\u0003\u0004 rikki'), Buffer.from('<html>lomake</html>')]) {
      expect((await refusedWithoutWriting('reviewForms.preview', upload(bytes))).code).toBe('form_unreadable');
    }
    expect((await refusedWithoutWriting('reviewForms.preview', upload(Buffer.alloc(0)))).code).toBe('upload_empty');
    const foreign = await buildReviewFormXlsx({
      identity: { matrixId: '0199a000-0000-7000-8000-0000000000a1', versionId: '0199a000-0000-7000-8000-0000000000b2', actorId: actors.ty, tasksChecksum: 'a'.repeat(64), taskIds: ['0199a000-0000-7000-8000-0000000000c3'] },
      locale: 'fi',
      networkName: 'Toinen verkosto',
      demo: false,
      matrixName: 'Vieras',
      versionNumber: 1,
      versionStatus: 'in_review',
      validOn: '2026-03-16',
      deadline: null,
      actorName: 'Hämeenlinnan seudun työllisyysalue',
      exportedOn: '2026-03-16',
      rows: [{ number: 1, taskId: '0199a000-0000-7000-8000-0000000000c3', taskName: 'Vieras tehtävä', statutory: false, letters: ['R'], accountable: [] }],
    });
    const error = await refusedWithoutWriting('reviewForms.preview', upload(await fillXlsxForm(foreign, { 1: { agree: 'x' } })));
    expect([error.code, error.message]).toEqual(['form_unknown_version', 'Lomake on vastuumatriisista, jota ei ole tässä verkostotiedostossa. Tarkista, että avoinna on oikea verkosto.']);
  });
});
