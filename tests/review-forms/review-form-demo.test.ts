import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../src-main/api/contract/matrices.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, createTestSession } from '../support/test-session.js';
import { fillDocxForm } from './fill-forms.js';
import { convertWithLibreOffice, libreOffice } from '../support/libreoffice.js';

/** The demo network's matrix in review: a member's form as the member would get it, on paper and back. */

let session: AppSession;
let view: MatrixView;
let memberId: string;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork({ demo: true });
  ({ session } = await createTestSession({ dir, open: file }));
  const matrix = (await callOk(session, 'matrices.list', {})).find((entry) => entry.latestVersion.status === 'in_review')!;
  view = await callOk(session, 'matrices.get', { matrixId: matrix.id });
  memberId = view.columns.find((column) => column.name === 'Hämeenlinnan seudun työllisyysalue')!.actorId;
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

async function exportDocx(): Promise<string> {
  const result = await callOk(session, 'reviewForms.export', { versionId: view.version.id, actorId: memberId, format: 'docx', lang: 'fi' });
  return result!.path;
}

describe('the demo network’s review form', () => {
  it('marks the demo and lists the member’s tasks with its letters', async () => {
    const preview = await callOk(session, 'reviewForms.preview', { fileName: 'lomake.docx', contentBase64: readFileSync(await exportDocx()).toString('base64') });
    const own = view.cells.filter((cell) => cell.actorId === memberId).map((cell) => cell.taskId);
    expect(preview.answers.map((answer) => answer.taskId)).toEqual(view.tasks.filter((task) => own.includes(task.id)).map((task) => task.id));
    expect(preview.actorName).toBe('Hämeenlinnan seudun työllisyysalue');
    // an empty form answers nothing, whatever the member already answered in the app
    expect(preview.answers.every((answer) => answer.change === 'unanswered')).toBe(true);
  });

  it('takes a filled form back and moves the member’s review progress', async () => {
    const before = view.reviewProgress.find((progress) => progress.actorId === memberId)!;
    const filled = await fillDocxForm(readFileSync(await exportDocx()), { 3: { agree: 'x' }, 4: { agree: 'tick' }, 5: { comment: ['Tarkennettava, kuka kutsuu koolle.'] } });
    const upload = { fileName: 'lomake.docx', contentBase64: filled.toString('base64') };
    const preview = await callOk(session, 'reviewForms.preview', upload);
    await callOk(session, 'reviewForms.import', { ...upload, checksum: preview.checksum });
    const after = (await callOk(session, 'matrices.get', { matrixId: view.matrix.id })).reviewProgress.find((progress) => progress.actorId === memberId)!;
    const newOnes = preview.answers.filter((answer) => answer.change === 'new');
    expect(newOnes.length).toBeGreaterThan(0);
    expect(after.agreed + after.commented).toBe(before.agreed + before.commented + newOnes.length);
  });
});

describe.skipIf(libreOffice().skipReason !== null)('the review form on paper', () => {
  it('converts to a PDF with LibreOffice that shows the title, the member, every task and the answer columns', async () => {
    const docx = await exportDocx();
    const pdf = convertWithLibreOffice(readFileSync(docx), 'lausuntolomake.docx', 'pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ESIMERKKI – Lausuntolomake: vastuumatriisi');
    expect(text).toContain('Hämeenlinnan seudun työllisyysalue');
    expect(text).toMatch(/Hyväksyn\s+Kommentti/);
    const own = new Set(view.cells.filter((cell) => cell.actorId === memberId).map((cell) => cell.taskId));
    // long names wrap in the task column: compare the words
    for (const task of view.tasks.filter((entry) => own.has(entry.id))) {
      for (const word of task.name.split(/\s+/)) expect(text, task.name).toContain(word);
    }
    // Finnish page numbering in the header, "Sivu 1 (2)"
    expect(text).toMatch(/Sivu 1 \(\d\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dirname(pdf), 'page')]);
    expect(existsSync(join(dirname(pdf), 'page-1.png')) || existsSync(join(dirname(pdf), 'page-01.png'))).toBe(true);
  });
});
