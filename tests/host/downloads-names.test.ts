import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processDocumentFileName } from '../../src-main/export/process-document/process-document-file-name.js';
import { readDownload } from '../../src-main/host/downloads.js';
import { exportFileNameFor } from '../../src-main/session/file-host.js';
import { FolderFileHost } from '../../src-main/session/folder-file-host.js';
import { makeDocumentModel } from '../export/process-document-fixture.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';

/** Export names made from what users type, and the download route given names no export has. */

afterAll(removeTempDirs);

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** A name every system accepts and a URL can carry: letters, digits and dashes, one extension. */
function expectSafeName(name: string, extension: string) {
  expect(name.endsWith(extension), name).toBe(true);
  expect(name.slice(0, -extension.length), name).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
  expect(WINDOWS_RESERVED.test(name), name).toBe(false);
  expect(/[\ud800-\udfff]/.test(name.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')), `${name} holds half a surrogate pair`).toBe(false);
  expect(() => encodeURIComponent(name)).not.toThrow();
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
}

describe('export file names from process and matrix names', () => {
  const hostile = [
    '../../etc/passwd',
    'C:\\Windows\\system32\\kotoutus',
    'Prosessi: alku/loppu \\ väli',
    'a\u0000b',
    '..',
    'CON',
    'prn',
    'Lpt1',
    'aux.txt',
    ' . ',
    '𝒜'.repeat(120),
    `${'a'.repeat(99)}𝒜𝒜`,
    'ä'.repeat(300),
  ];

  it('keeps letters, turns everything else into dashes, and never makes a reserved or broken name', () => {
    for (const text of hostile) {
      expectSafeName(exportFileNameFor([text], '.docx'), '.docx');
      expectSafeName(exportFileNameFor(['Prosessikuvaus', text, '2026-11-23'], '.docx'), '.docx');
    }
    expect(exportFileNameFor(['Prosessi: alku/loppu'], '.docx')).toBe('Prosessi-alku-loppu.docx');
  });

  it('a process document named after such a process gets a safe name in the exports folder', async () => {
    const host = new FolderFileHost(tempDir(), 'demo.kotoverkko');
    for (const text of hostile) {
      const model = makeDocumentModel();
      model.processes[0]!.detail.name.fi = text;
      const path = await host.pickExportPath(processDocumentFileName(model));
      expect(path!.startsWith(host.exportsFolder())).toBe(true);
      expectSafeName(path!.slice(host.exportsFolder().length + 1), '.docx');
    }
  });
});

describe('the download route given names no export has', () => {
  const workspace = tempDir();
  const exports = join(workspace, 'exports');
  mkdirSync(join(exports, 'kansio.docx'), { recursive: true });
  writeFileSync(join(workspace, 'salainen.docx'), 'SALAINEN');
  mkdirSync(join(workspace, 'ulkona'));
  writeFileSync(join(workspace, 'ulkona', 'a.docx'), 'SALAINEN');
  symlinkSync(join(workspace, 'ulkona'), join(exports, 'linkkikansio'));
  writeFileSync(join(exports, 'oikea.docx'), 'asiakirja');

  it('serves a real export, and nothing for NUL bytes, long names, folders or links out', async () => {
    expect((await readDownload(exports, '/downloads/oikea.docx'))?.body.toString()).toBe('asiakirja');
    for (const path of [
      '/downloads/oikea.docx%00.txt',
      '/downloads/oikea%00.docx',
      `/downloads/${'a'.repeat(300)}.docx`,
      `/downloads/${encodeURIComponent('ä'.repeat(200))}.docx`,
      '/downloads/kansio.docx',
      '/downloads/linkkikansio%2Fa.docx',
      '/downloads/%2e%2e%2fsalainen.docx',
      '/downloads/%252e%252e%252fsalainen.docx',
      '/downloads/..%c0%afsalainen.docx',
      '/downloads/%ed%a0%80.docx',
      '/downloads/CON.docx',
    ]) {
      expect(await readDownload(exports, path), path).toBeNull();
    }
  });
});
