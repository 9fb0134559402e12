import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract/api-error.js';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import { UPLOAD_LIMITS } from '../../src-main/export/uploaded-file.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';
import { fillDocxForm, fillXlsxForm } from './fill-forms.js';

/**
 * Files a page could send that no Word or Excel wrote: empty, not base64, zip bombs, DTDs, the
 * wrong kind, forged form identities. Each is refused with its own message, and nothing is written.
 */

let session: AppSession;
const db = () => session.requireNetwork().db;
let actors: Record<'hml' | 'ty' | 'spr', string>;
let review: MatrixView;
let draft: MatrixView;
let tyDocx: Buffer;
let tyXlsx: Buffer;

const ref = (view: MatrixView) => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  const actor = async (fi: string, type: string) => (await callOk(session, 'actors.create', { name: { fi }, type: type as never, isPublicAuthority: true })).id;
  actors = { hml: await actor('Hämeenlinnan kaupunki', 'municipality'), ty: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority'), spr: await actor('SPR Hämeen piiri', 'ngo') };
  let view = await callOk(session, 'matrices.create', { name: { fi: 'Lomakkeet' }, actorIds: [actors.hml, actors.ty, actors.spr] });
  for (const task of ['Ohjaus ja neuvonta', 'Osaamisen arviointi', 'Kotoutumissuunnitelma']) view = await callOk(session, 'matrices.addTask', { ...ref(view), name: { fi: task } });
  const [ohjaus, arviointi, suunnitelma] = view.tasks.map((task) => task.id) as [string, string, string];
  await callOk(session, 'matrices.setCells', {
    ...ref(view),
    cells: [
      { taskId: ohjaus, actorId: actors.hml, letter: 'A' },
      { taskId: ohjaus, actorId: actors.ty, letter: 'R' },
      { taskId: arviointi, actorId: actors.ty, letter: 'A' },
      { taskId: arviointi, actorId: actors.hml, letter: 'R' },
      { taskId: suunnitelma, actorId: actors.hml, letter: 'A' },
      { taskId: suunnitelma, actorId: actors.ty, letter: 'R' },
      { taskId: suunnitelma, actorId: actors.spr, letter: 'C' },
    ],
  });
  view = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
  review = await callOk(session, 'matrices.sendToReview', { ...ref(view), reviewDeadline: null });
  const exported = async (format: 'docx' | 'xlsx') =>
    readFileSync((await callOk(session, 'reviewForms.export', { versionId: review.version.id, actorId: actors.ty, format, lang: 'fi' }))!.path);
  tyDocx = await fillDocxForm(await exported('docx'), { 1: { agree: 'x' }, 2: { agree: 'x' }, 3: { agree: 'x' } });
  tyXlsx = await fillXlsxForm(await exported('xlsx'), { 1: { agree: 'x' }, 2: { agree: 'x' }, 3: { agree: 'x' } });
  draft = await callOk(session, 'matrices.create', { name: { fi: 'Luonnos' }, actorIds: [actors.hml, actors.ty] });
  draft = await callOk(session, 'matrices.addTask', { ...ref(draft), name: { fi: 'Ohjaus ja neuvonta' } });
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const upload = (bytes: Buffer, fileName = 'tiedosto.docx') => ({ fileName, contentBase64: bytes.toString('base64') });

async function refused(method: string, input: unknown): Promise<ApiError> {
  const before = await contentHash(db());
  const error = await callError(session, method, input);
  expect(await contentHash(db()), `${method} must not write anything when refused`).toBe(before);
  return error;
}

/** Every way in for an uploaded file: both previews and both imports. */
async function refusedEverywhere(contentBase64: string, code: string) {
  const file = { fileName: 'tiedosto.xlsx', contentBase64 };
  // the file's own checksum, so the import gets past "not the previewed file" to reading it
  const checksum = createHash('sha256').update(Buffer.from(contentBase64, 'base64')).digest('hex');
  for (const [method, input] of [
    ['reviewForms.preview', file],
    ['reviewForms.import', { ...file, checksum }],
    ['matrices.previewWorkbook', { ...file, versionId: draft.version.id }],
    ['matrices.importWorkbook', { ...file, checksum, versionId: draft.version.id, expectedVersion: draft.version.rowVersion }],
  ] as const) {
    const error = await refused(method, input);
    expect(error.code, method).toBe(code);
    expect(error.message, method).not.toMatch(/\{|undefined/);
  }
}

/** Rewrites one part of a zip (as text) and zips it again. */
async function withPart(bytes: Buffer, name: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, edit(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('uploads that are not files', () => {
  it('refuses an empty file and text that is not base64, in the user’s language', async () => {
    await refusedEverywhere('', 'upload_empty');
    await refusedEverywhere('UEsDBA==@@ ei base64 !!', 'upload_damaged');
    const error = await callError(session, 'reviewForms.preview', { fileName: 'x.docx', contentBase64: 'UEs*' });
    expect(error.message).toBe('Tiedosto ei tullut perille ehjänä. Valitse se uudelleen; mitään ei tallennettu.');
  });
});

describe('zip bombs', () => {
  const megabytes = UPLOAD_LIMITS.maxUnpackedBytes / 1024 / 1024;

  it('refuses a form or workbook whose parts unpack past the limit, before any parser reads them', async () => {
    // a few hundred kilobytes packed, more than the limit unpacked: spaces inside the document part
    const padding = ' '.repeat(UPLOAD_LIMITS.maxUnpackedBytes + 1024);
    const bomb = await withPart(tyDocx, 'word/document.xml', (xml) => xml.replace('<w:body>', `<w:body><!--${padding}-->`));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refusedEverywhere(bomb.toString('base64'), 'upload_too_large_unpacked');
    const error = await callError(session, 'reviewForms.preview', upload(bomb));
    expect(error.params).toMatchObject({ limit: megabytes });
  });

  it('refuses a zip whose directory claims small sizes for a huge part (the size is measured, not believed)', async () => {
    const zip = await JSZip.loadAsync(tyXlsx);
    zip.file('xl/media/filler.bin', Buffer.alloc(UPLOAD_LIMITS.maxUnpackedBytes + 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // rewrite the declared size of the filler in the central directory to 10 bytes
    const name = Buffer.from('xl/media/filler.bin');
    for (let at = bytes.lastIndexOf(name); at >= 0; at = bytes.lastIndexOf(name, at - 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) {
        bytes.writeUInt32LE(10, at - 46 + 24);
        break;
      }
    }
    await refusedEverywhere(bytes.toString('base64'), 'upload_too_large_unpacked');
  });

  it('refuses a zip of thousands of parts', async () => {
    const zip = await JSZip.loadAsync(tyXlsx);
    for (let index = 0; index <= UPLOAD_LIMITS.maxEntries; index += 1) zip.file(`xl/media/osa-${index}.txt`, 'x');
    await refusedEverywhere((await zip.generateAsync({ type: 'nodebuffer' })).toString('base64'), 'upload_too_large_unpacked');
  });
});

describe('XML with a DTD', () => {
  const laughs = '<!DOCTYPE lol [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
  const external = '<!doctype x [<!ENTITY salainen SYSTEM "file:///etc/passwd">]>';

  it('refuses a Word form whose parts declare entities (expanding or external), even unused', async () => {
    for (const [part, dtd] of [
      ['docProps/custom.xml', laughs],
      ['word/document.xml', external],
    ] as const) {
      const bytes = await withPart(tyDocx, part, (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}${dtd}`));
      expect((await refused('reviewForms.preview', upload(bytes))).code, part).toBe('upload_unsafe_xml');
    }
  });

  it('refuses an Excel form or workbook with a DTD', async () => {
    const bytes = await withPart(tyXlsx, 'xl/workbook.xml', (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}${laughs}`));
    await refusedEverywhere(bytes.toString('base64'), 'upload_unsafe_xml');
  });
});

describe('the wrong kind of file', () => {
  it('a Word form or an Excel form given as a matrix workbook says what it is', async () => {
    const workbook = (bytes: Buffer) => ({ ...upload(bytes, 'matriisi.xlsx'), versionId: draft.version.id });
    expect((await refused('matrices.previewWorkbook', workbook(tyDocx))).code).toBe('workbook_is_word_document');
    expect((await refused('matrices.previewWorkbook', workbook(tyXlsx))).code).toBe('workbook_is_review_form');
  });

  it('a matrix workbook given as a review form is no form', async () => {
    const exported = await callOk(session, 'exports.matrixWorkbook', { versionId: review.version.id, lang: 'fi' });
    expect((await refused('reviewForms.preview', upload(readFileSync(exported!.path), 'lomake.xlsx'))).code).toBe('form_unreadable');
  });

  it('a form renamed to the other extension is still read by what it holds', async () => {
    const preview = await callOk(session, 'reviewForms.preview', upload(tyDocx, 'lomake.xlsx'));
    expect(preview.answers.map((answer) => answer.verdict)).toEqual(['agree', 'agree', 'agree']);
  });
});

describe('forged form identities', () => {
  /** The ty form with another member's id written into it, as anyone with Word or Excel could. */
  async function forgedDocx(actorId: string): Promise<Buffer> {
    return withPart(tyDocx, 'docProps/custom.xml', (xml) => xml.replace(actors.ty, actorId));
  }
  async function forgedXlsx(actorId: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(tyXlsx as unknown as ExcelJS.Buffer);
    workbook.getWorksheet('kotoverkko')!.eachRow((row) => row.eachCell((cell) => void (cell.value === actors.ty && (cell.value = actorId))));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  // A member swapped for one holding letters on exactly the same tasks cannot be told apart from the
  // file alone (the ids are plain text); the preview names the member for the coordinator to check.
  it('refuses a form whose member was swapped for one that holds no letter on some of its rows', async () => {
    for (const bytes of [await forgedDocx(actors.spr), await forgedXlsx(actors.spr)]) {
      const error = await refused('reviewForms.preview', upload(bytes));
      expect(error.code).toBe('form_rows_not_actors');
      const importError = await refused('reviewForms.import', { ...upload(bytes), checksum: createHash('sha256').update(bytes).digest('hex') });
      expect(importError.code).toBe('form_rows_not_actors');
    }
    const view = await callOk(session, 'matrices.get', { matrixId: review.matrix.id, versionId: review.version.id });
    expect(view.reviews).toEqual([]);
  });

  it('refuses a form whose rows were pointed at other tasks', async () => {
    const [first, second] = review.tasks.map((task) => task.id) as [string, string];
    const bytes = await withPart(tyDocx, 'docProps/custom.xml', (xml) => xml.replace(`${first},${second}`, `${second},${first}`));
    expect((await refused('reviewForms.preview', upload(bytes))).code).toBe('form_rows_not_actors');
  });
});
