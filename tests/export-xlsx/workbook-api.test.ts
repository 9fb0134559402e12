import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract/api-error.js';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';

/** The matrix workbook through `dispatch` on a real file: export, edit in "Excel", preview, import. */

let session: AppSession;
const db = () => session.requireNetwork().db;
let actors: Record<'hml' | 'ty' | 'kela', string>;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  const actor = async (fi: string, type: string) => (await callOk(session, 'actors.create', { name: { fi }, type: type as never, isPublicAuthority: true })).id;
  actors = { hml: await actor('Hämeenlinnan kaupunki', 'municipality'), ty: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority'), kela: await actor('Kela', 'kela') };
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const ref = (view: MatrixView) => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });

async function draft(name: string): Promise<MatrixView> {
  let view = await callOk(session, 'matrices.create', { name: { fi: name }, actorIds: [actors.hml, actors.ty, actors.kela] });
  for (const task of ['Ohjaus ja neuvonta', 'Kotoutumissuunnitelma']) view = await callOk(session, 'matrices.addTask', { ...ref(view), name: { fi: task } });
  const [ohjaus, suunnitelma] = view.tasks.map((task) => task.id) as [string, string];
  await callOk(session, 'matrices.setCells', {
    ...ref(view),
    cells: [
      { taskId: ohjaus, actorId: actors.hml, letter: 'A' },
      { taskId: ohjaus, actorId: actors.ty, letter: 'R' },
      { taskId: suunnitelma, actorId: actors.ty, letter: 'A' },
      { taskId: suunnitelma, actorId: actors.hml, letter: 'R' },
    ],
  });
  return callOk(session, 'matrices.get', { matrixId: view.matrix.id });
}

async function exported(view: MatrixView): Promise<ExcelJS.Workbook> {
  const result = await callOk(session, 'exports.matrixWorkbook', { versionId: view.version.id, lang: 'fi' });
  expect(dirname(result!.path)).toBe(session.options.fileHost.exportsFolder());
  expect(basename(result!.path)).toMatch(/^Vastuumatriisi-.*-v1\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(result!.path) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function upload(workbook: ExcelJS.Workbook) {
  return { fileName: 'matriisi.xlsx', contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

async function refusedWithoutWriting(method: unknown, input: unknown): Promise<ApiError> {
  const before = await contentHash(db());
  const error = await callError(session, method, input);
  expect(await contentHash(db()), `${String(method)} must not write anything when refused`).toBe(before);
  return error;
}

describe('the matrix workbook through the contract', () => {
  it('exports a version, previews an edited copy without writing, and imports it into the draft', async () => {
    const view = await draft('Excel-tuonti');
    const workbook = await exported(view);
    const sheet = workbook.getWorksheet('Vastuumatriisi')!;
    expect([sheet.getCell('B4').value, sheet.getCell('B5').value, sheet.getCell('C5').value]).toEqual(['Hämeenlinnan kaupunki', 'A', 'R']);
    sheet.getCell('D5').value = 'i'; // Kela informed on guidance
    sheet.getCell('C6').value = 'A'; // unchanged
    sheet.getCell('B6').value = null; // the city no longer R on the plan
    const file = await upload(workbook);

    const before = await contentHash(db());
    const preview = await callOk(session, 'matrices.previewWorkbook', { ...file, versionId: view.version.id });
    expect(await contentHash(db())).toBe(before);
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((change) => [change.taskName, change.actorName, change.before, change.after])).toEqual([
      ['Ohjaus ja neuvonta', 'Kela', null, 'I'],
      ['Kotoutumissuunnitelma', 'Hämeenlinnan kaupunki', 'R', null],
    ]);

    const imported = await callOk(session, 'matrices.importWorkbook', { ...file, versionId: view.version.id, checksum: preview.checksum, expectedVersion: view.version.rowVersion });
    expect(imported).toEqual(preview);
    const after = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    const letter = (task: number, actor: string) => after.cells.find((cell) => cell.taskId === after.tasks[task]!.id && cell.actorId === actor)?.letter ?? null;
    expect([letter(0, actors.kela), letter(1, actors.hml), letter(1, actors.ty)]).toEqual(['I', null, 'A']);
    // the import went through the draft's own checks: the plan now has no R
    expect(after.findings.some((finding) => finding.code === 'no_responsible' && finding.taskId === after.tasks[1]!.id)).toBe(true);
    expect(after.version.rowVersion).toBe(view.version.rowVersion + 1);
  });

  it('refuses an import with problems, of another file than previewed, or over a newer draft', async () => {
    const view = await draft('Ongelmat');
    const workbook = await exported(view);
    const sheet = workbook.getWorksheet('Vastuumatriisi')!;
    sheet.getCell('D5').value = 'Q';
    const bad = await upload(workbook);
    const preview = await callOk(session, 'matrices.previewWorkbook', { ...bad, versionId: view.version.id });
    expect(preview.problems).toEqual([{ row: 5, column: 4, code: 'unknown_letter', value: 'Q' }]);
    const problems = await refusedWithoutWriting('matrices.importWorkbook', { ...bad, versionId: view.version.id, checksum: preview.checksum, expectedVersion: view.version.rowVersion });
    expect([problems.code, problems.params]).toEqual(['workbook_has_problems', { count: 1 }]);

    sheet.getCell('D5').value = 'C';
    const good = await upload(workbook);
    expect((await refusedWithoutWriting('matrices.importWorkbook', { ...good, versionId: view.version.id, checksum: preview.checksum, expectedVersion: view.version.rowVersion })).code).toBe(
      'import_file_changed',
    );

    const goodPreview = await callOk(session, 'matrices.previewWorkbook', { ...good, versionId: view.version.id });
    await callOk(session, 'matrices.setCells', { ...ref(view), cells: [{ taskId: view.tasks[0]!.id, actorId: actors.kela, letter: 'I' }] });
    const stale = await refusedWithoutWriting('matrices.importWorkbook', { ...good, versionId: view.version.id, checksum: goodPreview.checksum, expectedVersion: view.version.rowVersion });
    expect(stale.code).toBe('version_conflict');
  });

  it('refuses to take a workbook into a version in review, and a file that is no workbook', async () => {
    const view = await callOk(session, 'matrices.sendToReview', { ...ref(await draft('Jäädytetty')), reviewDeadline: null });
    const file = await upload(await exported(view));
    expect((await refusedWithoutWriting('matrices.previewWorkbook', { ...file, versionId: view.version.id })).code).toBe('version_frozen');
    expect((await refusedWithoutWriting('matrices.importWorkbook', { ...file, versionId: view.version.id, checksum: 'x', expectedVersion: view.version.rowVersion })).code).toBe('version_frozen');

    const other = await draft('Roska');
    const garbage = { fileName: 'matriisi.xlsx', contentBase64: Buffer.from('ei taulukko').toString('base64') };
    const error = await refusedWithoutWriting('matrices.previewWorkbook', { ...garbage, versionId: other.version.id });
    expect([error.code, error.message]).toEqual([
      'workbook_unreadable',
      'Tiedostosta ei löytynyt vastuumatriisia. Valitse Excel-tiedosto (.xlsx), jossa on otsikkorivi toimijoiden nimistä ja sen alla tehtävät ensimmäisessä sarakkeessa.',
    ]);
  });
});
