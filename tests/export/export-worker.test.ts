import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ElectronFileHost } from '../../src-main/electron/electron-file-host.js';
import { writeExportFile } from '../../src-main/export/export-file.js';
import type { ExportReply } from '../../src-main/export/export-job.js';
import { runExportWorker } from '../../src-main/export/run-export-worker.js';
import { FolderFileHost } from '../../src-main/session/folder-file-host.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { makeDocumentModel } from './process-document-fixture.js';

/** The export worker (from the sources and from the build), the whole-or-nothing write, and where exports go. */

const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'export-worker.js');
afterAll(removeTempDirs);

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('the export worker', () => {
  it('builds the document off the main thread and hands back its bytes', async () => {
    const bytes = await runExportWorker({ kind: 'processDocument', model: makeDocumentModel() });
    expect(await documentXml(bytes)).toContain('Maahanmuuttaneen asiakasprosessi');
  });

  it('reports a document that cannot be built as export_failed', async () => {
    const model = makeDocumentModel();
    model.processes[0]!.swimlane!.edges.push({ from: 'nowhere', to: 'nothing' });
    await expect(runExportWorker({ kind: 'processDocument', model })).rejects.toMatchObject({ code: 'export_failed' });
  });

  // npm test builds the app before the suites; a developer who has not built skips this with a reason
  it.skipIf(!existsSync(BUILT_WORKER) && process.env.CI !== 'true')('runs from the electron-vite build as out/main/export-worker.js', async () => {
    const worker = new Worker(BUILT_WORKER);
    try {
      const reply = await new Promise<ExportReply>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
        worker.postMessage({ kind: 'processDocument', model: makeDocumentModel({ locale: 'en' }) });
      });
      expect(reply.ok).toBe(true);
      expect(await documentXml((reply as { bytes: Uint8Array }).bytes)).toContain('Process card');
    } finally {
      await worker.terminate();
    }
  });
});

describe('writing an export', () => {
  it('replaces an earlier export whole and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.docx');
    writeFileSync(target, 'vanha');
    await writeExportFile(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('never writes over a network file, and leaves nothing behind when the folder is missing', async () => {
    const { file, dir } = await createTempNetwork();
    const before = readFileSync(file);
    await expect(writeExportFile(file, new Uint8Array([1]))).rejects.toMatchObject({ code: 'export_target_is_network' });
    expect(readFileSync(file).equals(before)).toBe(true);
    await expect(writeExportFile(join(dir, 'ei-ole', 'a.docx'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'file_write_failed' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('where exports go', () => {
  it('in the browser host and the command line: a free name in <workspace>/exports, made when missing', async () => {
    const dir = tempDir();
    const host = new FolderFileHost(dir, join(dir, 'demo.kotoverkko'));
    const first = await host.pickExportPath('Prosessikuvaus.docx');
    expect(first).toBe(join(dir, 'exports', 'Prosessikuvaus.docx'));
    expect(existsSync(join(dir, 'exports'))).toBe(true);
    writeFileSync(first!, 'x');
    expect(await host.pickExportPath('../../Prosessikuvaus.docx')).toBe(join(dir, 'exports', 'Prosessikuvaus-2.docx'));
    expect(host.exportsFolder()).toBe(join(dir, 'exports'));
    expect(await host.openExternally(first!)).toBe(false);
  });

  it('in the app: a save dialog filtered to the export’s type, the extension added when left out, the system’s program to open it', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'docs'));
    const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: join(folder, 'docs', 'kuvaus') }));
    const openPath = vi.fn(async (path: string) => (path.endsWith('.docx') ? '' : 'no program'));
    const host = new ElectronFileHost({ dialog: { showSaveDialog, showOpenDialog: vi.fn() } as never, window: () => null, defaultFolder: folder, shell: { openPath } });
    expect(await host.pickExportPath('Prosessikuvaus.docx')).toBe(join(folder, 'docs', 'kuvaus.docx'));
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(folder, 'Prosessikuvaus.docx'), filters: [{ extensions: ['docx'] }] });
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.pickExportPath('Matriisi.xlsx')).toBeNull();
    expect(showSaveDialog.mock.calls[1]![0]).toMatchObject({ filters: [{ extensions: ['xlsx'] }] });
    expect(await host.openExternally('/x/kuvaus.docx')).toBe(true);
    expect(await host.openExternally('/x/kuvaus.bin')).toBe(false);
    expect(host.exportsFolder()).toBeNull();
  });
});
