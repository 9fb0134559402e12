import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import { answerOf, isAgreeMark } from '../../src-main/export/review-forms/answer-marks.js';
import { previewReviewForm } from '../../src-main/export/review-forms/preview-review-form.js';
import { readReviewForm } from '../../src-main/export/review-forms/read-review-form.js';
import { reviewFormData } from '../../src-main/export/review-forms/review-form-data.js';
import { buildReviewFormDocx } from '../../src-main/export/review-forms/review-form-docx.js';
import { buildReviewFormXlsx } from '../../src-main/export/review-forms/review-form-xlsx.js';
import { fileChecksum } from '../../src-main/export/xlsx/file-checksum.js';
import { HIDDEN_SHEET_NAME } from '../../src-main/export/xlsx/hidden-sheet.js';
import { sampleMatrixView, SAMPLE_TASKS } from '../export-xlsx/sample-matrix-view.js';
import { removeTempDirs } from '../support/temp-files.js';
import { fillDocxForm, fillXlsxForm } from './fill-forms.js';
import { convertBytes, libreOffice, libreOfficeCalc } from '../support/libreoffice.js';

afterAll(removeTempDirs);

/** In review; actor 2 (Hämeen työllisyysalue) holds a letter on all four tasks. */
const inReview = () => sampleMatrixView({ status: 'in_review', reviewDeadline: '2026-12-14' });
const ACTOR = 1;
const formOf = (view: MatrixView, locale: 'fi' | 'sv' | 'en' = 'fi') =>
  reviewFormData(view, view.columns[ACTOR]!.actorId, { locale, networkName: 'Kanta-Hämeen kotoutumisverkosto', demo: false, exportedOn: '2026-11-23' });

async function preview(bytes: Buffer, view: MatrixView = inReview()) {
  return previewReviewForm(await readReviewForm(bytes), view, fileChecksum(bytes), 'fi');
}

const verdicts = (result: Awaited<ReturnType<typeof preview>>) => result.preview.answers.map((answer) => [answer.verdict, answer.comment, answer.change]);

describe('the review form for one member', () => {
  it('lists the tasks where the member holds a letter, its letters and who is A', () => {
    const view = sampleMatrixView({ status: 'in_review' });
    const third = reviewFormData(view, view.columns[2]!.actorId, { locale: 'fi', networkName: 'V', demo: false, exportedOn: '2026-11-23' });
    // Kanta-Hämeen hyvinvointialue: C on tasks 1 and 3 only
    expect(third.rows.map((row) => [row.number, row.taskName, row.letters, row.accountable])).toEqual([
      [1, SAMPLE_TASKS[0], ['C'], ['Hämeenlinnan kaupunki']],
      [2, SAMPLE_TASKS[2], ['C'], ['Hämeenlinnan kaupunki']],
    ]);
    expect(third.identity.taskIds).toEqual([view.tasks[0]!.id, view.tasks[2]!.id]);
  });

  it('writes the .docx with its title, the member, the deadline, instructions and one table row per task', async () => {
    const bytes = await buildReviewFormDocx(formOf(inReview()));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    for (const expected of ['Lausuntolomake: vastuumatriisi', 'Hämeen työllisyysalue', 'Maahanmuuttajan asiakasprosessi', '14.12.2026', 'Näin vastaat', 'Hyväksyn', 'Kommentti', ...SAMPLE_TASKS]) {
      expect(text).toContain(expected);
    }
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="fi-FI"/>');
    expect(xml.match(/<w14:checkbox>/g)).toHaveLength(4);
    expect(xml).toContain('<w:tblHeader/>');
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain(inReview().version.id);
    expect(custom).toContain(inReview().columns[ACTOR]!.actorId);
  });

  it('reads back a .docx filled the way people fill Word tables', async () => {
    const empty = await buildReviewFormDocx(formOf(inReview()));
    const filled = await fillDocxForm(empty, {
      1: { agree: 'tick' },
      2: { agree: 'X', comment: ['Hyvä, mutta lisätkää', 'yhteyshenkilö.'] },
      3: { comment: ['Vastuu kuuluu mielestämme kunnalle.'], tracked: true },
      4: { agree: 'ei', comment: ['Emme tee tätä.'] },
    });
    const result = await preview(filled);
    expect(verdicts(result)).toEqual([
      ['agree', null, 'new'],
      ['agree', 'Hyvä, mutta lisätkää\nyhteyshenkilö.', 'new'],
      // tracked: inserted text counts, the deleted word does not
      ['comment', 'Vastuu kuuluu mielestämme kunnalle.', 'new'],
      ['comment', 'ei – Emme tee tätä.', 'new'],
    ]);
    expect(result.preview).toMatchObject({ versionNumber: 2, actorName: 'Hämeen työllisyysalue', matrixName: 'Maahanmuuttajan asiakasprosessi', checksum: fileChecksum(filled) });
    expect(result.toRecord).toHaveLength(4);
  });

  it('counts x typed beside the box, kyllä, ja and yes as agreement, and an untouched row as unanswered', async () => {
    const filled = await fillDocxForm(await buildReviewFormDocx(formOf(inReview())), { 1: { agree: 'beside' }, 2: { agree: 'kyllä' }, 3: { agree: 'Ja' }, 4: {} });
    expect(verdicts(await preview(filled))).toEqual([
      ['agree', null, 'new'],
      ['agree', null, 'new'],
      ['agree', null, 'new'],
      [null, null, 'unanswered'],
    ]);
  });

  it('reads back an .xlsx form filled in Excel, rows sorted or not', async () => {
    const empty = await buildReviewFormXlsx(formOf(inReview(), 'sv'));
    const filled = await fillXlsxForm(empty, { 1: { agree: 'x' }, 2: { agree: '✓' }, 3: { comment: 'Ändra A till kommunen.' }, 4: { agree: true, comment: 'ok' } }, (sheet) => {
      // the member sorted the first two rows the other way round
      const [first, second] = [sheet.getRow(12), sheet.getRow(13)];
      const values = [1, 2, 3, 4, 5, 6].map((column) => [first.getCell(column).value, second.getCell(column).value]);
      values.forEach(([a, b], index) => {
        first.getCell(index + 1).value = b!;
        second.getCell(index + 1).value = a!;
      });
    });
    expect(verdicts(await preview(filled))).toEqual([
      ['agree', null, 'new'],
      ['agree', null, 'new'],
      ['comment', 'Ändra A till kommunen.', 'new'],
      ['agree', 'ok', 'new'],
    ]);
  });

  it('locks the .xlsx form except the answer cells, keeps the ids hidden, and repeats the header on paper', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildReviewFormXlsx(formOf(inReview()))) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Lausuntolomake')!;
    expect(sheet.getCell('B11').value).toBe('Tehtävä');
    expect([sheet.getCell('E12').protection?.locked, sheet.getCell('F12').protection?.locked, sheet.getCell('B12').protection?.locked]).toEqual([false, false, undefined]);
    expect(sheet.pageSetup.printTitlesRow).toBe('11:11');
    expect(sheet.getCell('C4').value).toBe('Maahanmuuttajan asiakasprosessi');
    expect(workbook.getWorksheet(HIDDEN_SHEET_NAME)!.state).toBe('veryHidden');
  });

  it('says which answers are the same as, or change, what is already recorded', async () => {
    const view = inReview();
    const actorId = view.columns[ACTOR]!.actorId;
    const base = { actorId, source: 'app' as const, resolution: null, recordedBy: 'Testaaja', recordedAt: '2026-11-20T10:00:00.000Z' };
    view.reviews = [
      { ...base, id: 'r1', taskId: view.tasks[0]!.id, verdict: 'agree', comment: null },
      { ...base, id: 'r2', taskId: view.tasks[1]!.id, verdict: 'agree', comment: null },
    ];
    const filled = await fillXlsxForm(await buildReviewFormXlsx(formOf(view)), { 1: { agree: 'x' }, 2: { comment: 'Sittenkin muutos' } });
    const result = await preview(filled, view);
    expect(result.preview.answers.map((answer) => answer.change)).toEqual(['same', 'changed', 'unanswered', 'unanswered']);
    expect(result.toRecord).toEqual([{ taskId: view.tasks[1]!.id, verdict: 'comment', comment: 'Sittenkin muutos' }]);
  });

  it('refuses a form of a version no longer in review, of another actor, or made before the tasks changed', async () => {
    const bytes = await fillXlsxForm(await buildReviewFormXlsx(formOf(inReview())), { 1: { agree: 'x' } });

    const approved = inReview();
    approved.version = { ...approved.version, status: 'superseded' };
    approved.versions = [{ ...approved.version, id: 'newer', number: 3, status: 'in_review' }, approved.version];
    await expect(preview(bytes, approved)).rejects.toMatchObject({ code: 'form_wrong_version', params: { formVersion: 2, currentVersion: 3 } });

    const backToDraft = inReview();
    backToDraft.version = { ...backToDraft.version, status: 'draft' };
    backToDraft.versions = [backToDraft.version];
    await expect(preview(bytes, backToDraft)).rejects.toMatchObject({ code: 'form_review_closed', params: { status: 'luonnos' } });

    const withoutActor = inReview();
    withoutActor.columns = withoutActor.columns.filter((_, index) => index !== ACTOR);
    await expect(preview(bytes, withoutActor)).rejects.toMatchObject({ code: 'form_wrong_actor' });

    const renamed = inReview();
    renamed.tasks[0] = { ...renamed.tasks[0]!, names: { ...renamed.tasks[0]!.names, fi: 'Ohjaus ja neuvonta (uusi)' } };
    await expect(preview(bytes, renamed)).rejects.toMatchObject({ code: 'form_tasks_changed' });

    const otherLetter = inReview();
    otherLetter.cells = otherLetter.cells.map((cell, index) => (index === 0 ? { ...cell, letter: 'R' } : cell));
    await expect(preview(bytes, otherLetter)).rejects.toMatchObject({ code: 'form_tasks_changed' });
  });

  it('refuses a file that is not a form: garbage, a plain Word file, another workbook, a form without its ids', async () => {
    const unreadable = { code: 'form_unreadable' };
    await expect(readReviewForm(Buffer.from('%PDF-1.7 not a form'))).rejects.toMatchObject(unreadable);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Taulukko1').addRow(['1', 'x']);
    await expect(readReviewForm(Buffer.from(await plain.xlsx.writeBuffer()))).rejects.toMatchObject(unreadable);
    const zip = await JSZip.loadAsync(await buildReviewFormDocx(formOf(inReview())));
    zip.remove('docProps/custom.xml');
    await expect(readReviewForm(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toMatchObject(unreadable);
    const onlyZip = new JSZip();
    onlyZip.file('hello.txt', 'hei');
    await expect(readReviewForm(await onlyZip.generateAsync({ type: 'nodebuffer' }))).rejects.toMatchObject(unreadable);
  });

  it('refuses two different answers on the same task and an answer on a row the form never had', async () => {
    const empty = await buildReviewFormXlsx(formOf(inReview()));
    const twice = await fillXlsxForm(empty, { 1: { agree: 'x' } }, (sheet) => {
      sheet.getCell('A20').value = 1;
      sheet.getCell('F20').value = 'Toinen vastaus';
    });
    await expect(preview(twice)).rejects.toMatchObject({ code: 'form_task_repeated', params: { number: 1 } });
    const extra = await fillXlsxForm(empty, {}, (sheet) => {
      sheet.getCell('A20').value = 9;
      sheet.getCell('F20').value = 'Lisätehtävä';
    });
    await expect(preview(extra)).rejects.toMatchObject({ code: 'form_unknown_row', params: { number: 9 } });
  });

  it('never takes a henkilötunnus into a comment', async () => {
    const bytes = await fillXlsxForm(await buildReviewFormXlsx(formOf(inReview())), { 1: { comment: 'Asiakas 131052-308T odottaa' } });
    await expect(preview(bytes)).rejects.toMatchObject({ code: 'personal_identity_code' });
  });

  it('tells marks of agreement from other words', () => {
    for (const mark of ['x', 'X', ' x ', 'xx', '✓', '✔', '☒', 'kyllä', 'Kyllä.', 'ja', 'JA', 'yes', 'ok', 'TOSI', 'true']) expect(isAgreeMark(mark), mark).toBe(true);
    for (const word of ['', 'ei', 'nej', 'no', '?', '☐', 'x?', 'kyllä mutta']) expect(isAgreeMark(word), word).toBe(false);
    expect(answerOf({ agreeText: '☐', ticked: false, commentText: '  ' })).toBeNull();
    expect(answerOf({ agreeText: '☐', ticked: true, commentText: '' })).toEqual({ verdict: 'agree', comment: null });
  });
});

describe.skipIf(libreOffice().skipReason !== null)('forms saved again by LibreOffice', () => {
  it('still reads a .docx form a member filled and saved in LibreOffice Writer', async () => {
    const filled = await fillDocxForm(await buildReviewFormDocx(formOf(inReview())), { 1: { agree: 'tick' }, 2: { agree: 'x' }, 3: { comment: ['Muutos tähän.'] } });
    const saved = convertBytes(filled, 'lausuntolomake.docx', 'docx:MS Word 2007 XML');
    expect(verdicts(await preview(saved))).toEqual([
      ['agree', null, 'new'],
      ['agree', null, 'new'],
      ['comment', 'Muutos tähän.', 'new'],
      [null, null, 'unanswered'],
    ]);
  });

  it.skipIf(!libreOfficeCalc())('still reads an .xlsx form a member filled and saved in LibreOffice Calc', async () => {
    const filled = await fillXlsxForm(await buildReviewFormXlsx(formOf(inReview())), { 1: { agree: 'x' }, 4: { comment: 'Tarkennus' } });
    const saved = convertBytes(filled, 'lausuntolomake.xlsx', 'xlsx:Calc MS Excel 2007 XML');
    expect(verdicts(await preview(saved))).toEqual([
      ['agree', null, 'new'],
      [null, null, 'unanswered'],
      [null, null, 'unanswered'],
      ['comment', 'Tarkennus', 'new'],
    ]);
  });
});
