import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDetail } from '../../src-main/api/contract/processes.js';
import { readDocumentTemplate, writeDocumentTemplate } from '../../src-main/export/document-settings.js';
import { loadProcessDocumentModel } from '../../src-main/export/process-document/load-process-document-model.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';
import { copyNetwork, createTempNetwork, openStore, readContext, write } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';
import { all, paragraphs, readDocx, sections, tableRows, textOf } from './read-docx.js';

/** exports.processDocument through the real dispatcher, on the demo network, into real files. */

const UNKNOWN_ID = '019cf5a8-b400-7000-8000-000000000000';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

let demo: string;
let session: AppSession;
let dir: string;
let details: ProcessDetail[];

beforeAll(async () => {
  demo = (await createTempNetwork({ demo: true })).file;
  ({ session, dir } = await createTestSession({ open: copyNetwork(demo), door: 'browser' }));
  const map = await callOk(session, 'processes.map', {});
  details = await Promise.all(map.processes.map((process) => callOk(session, 'processes.get', { id: process.id })));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('exports.processDocument', () => {
  it('writes every process into one document in the exports folder and offers it for download', async () => {
    const result = (await callOk(session, 'exports.processDocument', { all: true, lang: 'fi' }))!;
    expect(dirname(result.path)).toBe(join(dir, 'exports'));
    expect(result.fileName).toBe(basename(result.path));
    expect(result.fileName).toMatch(/^Prosessikuvaus-.*\.docx$/);
    expect(statSync(result.path).size).toBe(result.byteLength);
    expect(result.downloadUrl).toBe(`/downloads/${encodeURIComponent(result.fileName)}`);
    // written whole: no temporary file is left beside it
    expect(readdirSync(join(dir, 'exports'))).toEqual([result.fileName]);

    const doc = await readDocx(readFileSync(result.path));
    const headings = (level: number) => paragraphs(doc.document).filter((p) => p.style === `Heading${level}`).map((p) => p.text);
    expect(new Set(headings(1))).toEqual(new Set([...details.map((detail) => detail.name.fi), 'Liite: Toimijat ja edustajat']));
    const stepNames = details.flatMap((detail) => detail.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision').map((node) => node.name.fi));
    expect(headings(3).map((text) => text.replace(/^\d+\. /, ''))).toEqual(expect.arrayContaining(stepNames));
    expect(textOf(doc.headers[0]!.documentElement!)).toContain('ESIMERKKI');
  });

  it('shows a matrix’s approved version, not the newer draft in review, in a landscape section', async () => {
    const matrices = await callOk(session, 'matrices.list', {});
    const matrix = matrices.find((candidate) => candidate.approvedVersion && candidate.latestVersion.id !== candidate.approvedVersion.id);
    expect(matrix).toBeDefined();
    const result = (await callOk(session, 'exports.processDocument', { processIds: [matrix!.processId!], lang: 'fi' }))!;
    const doc = await readDocx(readFileSync(result.path));
    const landscape = sections(doc.document).filter((section) => section.orientation === 'landscape');
    const matrixText = landscape.map((section) => section.elements.map((element) => textOf(element)).join('\n')).join('\n');
    expect(matrixText).toContain(`Versio ${matrix!.approvedVersion!.number} (hyväksytty)`);
    const view = await callOk(session, 'matrices.get', { matrixId: matrix!.id, versionId: matrix!.approvedVersion!.id });
    const table = all(doc.document, 'tbl').find((candidate) => tableRows(candidate)[0]?.[0] === 'Tehtävä')!;
    expect(tableRows(table).slice(1).map((row) => row[0])).toEqual(view.tasks.map((task, index) => `${index + 1}. ${task.name}${task.statutory ? ' §' : ''}`));
  });

  it('gives a second export of the same thing a name of its own', async () => {
    const id = details[0]!.id;
    const first = (await callOk(session, 'exports.processDocument', { processIds: [id], lang: 'sv' }))!;
    const second = (await callOk(session, 'exports.processDocument', { processIds: [id], lang: 'sv' }))!;
    expect(second.path).not.toBe(first.path);
    expect(existsSync(first.path) && existsSync(second.path)).toBe(true);
    expect(first.fileName).toMatch(/^Processbeskrivning-/);
  });

  it('refuses an unknown process before any file is chosen or written', async () => {
    const { session: fresh, dir: freshDir } = await createTestSession({ open: copyNetwork(demo) });
    try {
      const error = await callError(fresh, 'exports.processDocument', { processIds: [details[0]!.id, UNKNOWN_ID], lang: 'fi' });
      expect(error.code).toBe('export_process_not_found');
      expect(error.message).toContain(UNKNOWN_ID);
      expect(error.path).toEqual(['processIds', 1]);
      expect(existsSync(join(freshDir, 'exports'))).toBe(false);
      expect((await callError(fresh, 'exports.processDocument', { lang: 'fi' })).code).toBe('export_nothing_chosen');
    } finally {
      await fresh.closeFile();
    }
  });

  it('answers without a download address in the app and the command line', async () => {
    const { session: cli } = await createTestSession({ open: copyNetwork(demo), door: 'cli' });
    try {
      const result = (await callOk(cli, 'exports.processDocument', { processIds: [details[0]!.id], lang: 'en' }))!;
      expect(result.downloadUrl).toBeNull();
      expect(result.fileName).toMatch(/^Process-description-/);
    } finally {
      await cli.closeFile();
    }
  });
});

describe('exports.open', () => {
  it('opens only a file this session exported; the browser host has no program to open it with', async () => {
    const result = (await callOk(session, 'exports.processDocument', { processIds: [details[0]!.id], lang: 'fi' }))!;
    expect(await callOk(session, 'exports.open', { path: result.path })).toEqual({ opened: false });
    const refused = await callError(session, 'exports.open', { path: '/etc/passwd' });
    expect(refused.code).toBe('export_not_written_here');
    expect((await callError(session, 'exports.open', { path: join(dirname(result.path), '..', 'exports', '..', basename(demo)) })).code).toBe('export_not_written_here');
  });
});

describe('the organisation template in the network settings', () => {
  it('is read and written, and the document uses it (name, case number, logo)', async () => {
    const file = copyNetwork(demo, tempDir());
    const store = await openStore(file);
    try {
      expect(await readDocumentTemplate(store.db)).toEqual({ organisationName: null, logoPng: null, caseNumber: null });
      await write(store, (context) => writeDocumentTemplate(context, { organisationName: ' Hämeenlinnan kaupunki ', caseNumber: 'HML/77/2026', logoPng: PNG_1X1 }));
      await expect(write(store, (context) => writeDocumentTemplate(context, { logoPng: Buffer.from('not a png').toString('base64') }))).rejects.toThrow('invalid_input');
      expect(await readDocumentTemplate(store.db)).toEqual({ organisationName: 'Hämeenlinnan kaupunki', logoPng: PNG_1X1, caseNumber: 'HML/77/2026' });
      const logged = await store.db.selectFrom('change_log').select(['entity_id', 'after_json']).where('entity_type', '=', 'network_setting').execute();
      expect(logged.map((row) => row.entity_id).sort()).toEqual(['document.caseNumber', 'document.logoPng', 'document.organisationName']);
      expect(logged.find((row) => row.entity_id === 'document.logoPng')!.after_json).not.toContain(PNG_1X1);

      const model = await loadProcessDocumentModel(readContext(store), 'all', 'fi');
      expect(model.template.caseNumber).toBe('HML/77/2026');
      await write(store, (context) => writeDocumentTemplate(context, { caseNumber: null }));
      expect((await readDocumentTemplate(store.db)).caseNumber).toBeNull();
    } finally {
      await store.close();
    }
    const { session: templated } = await createTestSession({ open: file });
    try {
      const result = (await callOk(templated, 'exports.processDocument', { processIds: [details[0]!.id], lang: 'fi' }))!;
      const doc = await readDocx(readFileSync(result.path));
      const header = textOf(doc.headers[0]!.documentElement!);
      expect(header).toContain('Hämeenlinnan kaupunki');
      expect(header).not.toContain('Dnro');
      expect(Object.keys(doc.zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    } finally {
      await templated.closeFile();
    }
  });
});

describe('loading the document’s data', () => {
  it('takes every process that is not archived, in the export’s language', async () => {
    const store = await openStore(copyNetwork(demo));
    try {
      const model = await loadProcessDocumentModel(readContext(store), 'all', 'sv');
      expect(model.locale).toBe('sv');
      expect(model.network.isDemo).toBe(true);
      expect(model.processes.map((process) => process.detail.id).sort()).toEqual(details.map((detail) => detail.id).sort());
      const performers = new Set(details.flatMap((detail) => detail.nodes.map((node) => node.performerActorId).filter(Boolean)));
      expect(model.actors.map((entry) => entry.actor.id)).toEqual(expect.arrayContaining([...performers]));
      expect(model.actors.every((entry) => entry.representatives.every((person) => !person.archived))).toBe(true);
      await expect(loadProcessDocumentModel(readContext(store), [], 'fi')).rejects.toThrow('export_no_processes');
    } finally {
      await store.close();
    }
  });
});
