import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reviewFormData } from '../../src-main/export/review-forms/review-form-data.js';
import { runExportWorker } from '../../src-main/export/run-export-worker.js';
import { sampleMatrixView } from '../export-xlsx/sample-matrix-view.js';
import { parseXml } from '../support/xml-well-formed.js';
import { makeDocumentModel } from './process-document-fixture.js';

/**
 * Text a user can store (names pasted from other programs) that XML cannot hold, and text a
 * spreadsheet could take for a formula: every export stays a file Word and Excel open, and a
 * name stays a name.
 */

/** C0 controls other than tab, newline and return, a lone surrogate of each kind, and U+FFFE. */
const HOSTILE = 'Ohjaus\u0001ja\u0008neuvonta\u000b\u001f \ud800 \udc00 \ufffe loppu';
/** Characters XML 1.0 forbids, as they would sit in a part's text after decoding. */
const ILLEGAL_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every XML part of a zip: valid UTF-8, well-formed, no character XML forbids (raw or as &#1;). */
async function expectCleanXmlParts(bytes: Uint8Array): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
  expect(parts.length).toBeGreaterThan(3);
  for (const part of parts) {
    const raw = await part.async('uint8array');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    expect(text.includes('\ufffd'), `${part.name}: a lone surrogate became U+FFFD`).toBe(false);
    expect(ILLEGAL_IN_XML.test(text), `${part.name} holds a character XML forbids`).toBe(false);
    expect(/&#x?0*(?:[0-8]|1[124-9]|2\d|3[01]|[bcef]|1[0-9a-f]);/i.test(text), `${part.name} escapes a forbidden character`).toBe(false);
    expect(() => parseXml(text), part.name).not.toThrow();
  }
  return zip;
}

function hostileView() {
  const view = sampleMatrixView({ status: 'in_review' });
  view.matrix.name.fi = `Matriisi ${HOSTILE}`;
  view.tasks[0]!.name = HOSTILE;
  view.columns[0]!.name = `Kunta ${HOSTILE}`;
  return view;
}

describe('exports with text XML cannot hold', () => {
  it('the process description document is built, every part well-formed, the text kept around the removed characters', async () => {
    const model = makeDocumentModel({ organisationName: `Organisaatio ${HOSTILE}` });
    const detail = model.processes[0]!.detail;
    detail.name.fi = `Prosessi ${HOSTILE}`;
    detail.nodes[1]!.name.fi = HOSTILE;
    model.processes[0]!.swimlane!.nodes[1]!.label = HOSTILE;
    model.processes[0]!.swimlane!.title = HOSTILE;
    model.network.name = HOSTILE;
    const zip = await expectCleanXmlParts(await runExportWorker({ kind: 'processDocument', model }));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('Ohjausjaneuvonta');
  });

  it('the matrix workbook and both review forms are built with well-formed parts', async () => {
    const view = hostileView();
    await expectCleanXmlParts(await runExportWorker({ kind: 'matrixWorkbook', input: { view, locale: 'fi', networkName: HOSTILE, demo: false, exportedOn: '2026-11-23' } }));
    const form = reviewFormData(view, view.columns[1]!.actorId, { locale: 'fi', networkName: HOSTILE, demo: true, exportedOn: '2026-11-23' });
    await expectCleanXmlParts(await runExportWorker({ kind: 'reviewForm', form, format: 'docx' }));
    await expectCleanXmlParts(await runExportWorker({ kind: 'reviewForm', form, format: 'xlsx' }));
  });
});

/** Names a spreadsheet would run as a formula if they were one (CSV injection's usual openers). */
const FORMULA_LIKE = ['=HYPERLINK("https://example.com/x","Avaa")', '+358 40 123', '-1+1', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'];

describe('exports with text that looks like a formula', () => {
  const view = () => {
    const base = sampleMatrixView({ status: 'in_review' });
    FORMULA_LIKE.slice(0, base.tasks.length).forEach((name, index) => (base.tasks[index]!.name = name));
    base.columns[0]!.name = FORMULA_LIKE[6]!;
    base.columns[1]!.name = FORMULA_LIKE[5]!;
    return base;
  };

  /** No cell of any sheet is a formula or a link: each holds a string (shared or inline), a number or nothing. */
  async function expectNoFormulaCells(bytes: Uint8Array, expectedTexts: string[]) {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toMatch(/<f[ >]/);
      expect(xml, name).not.toMatch(/<hyperlink/);
      expect(xml, name).not.toMatch(/<c [^>]*t="(str|e)"/);
    }
    expect(Object.keys(zip.files).some((name) => name.includes('externalLink'))).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const strings = new Set<string>();
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && strings.add(cell.value)))));
    for (const text of expectedTexts) expect([...strings].some((value) => value.includes(text.trim())), text).toBe(true);
  }

  it('the matrix workbook writes such names as plain text', async () => {
    const input = { view: view(), locale: 'fi' as const, networkName: '=1+1', demo: false, exportedOn: '2026-11-23' };
    await expectNoFormulaCells(await runExportWorker({ kind: 'matrixWorkbook', input }), [...input.view.tasks.map((task) => task.name), FORMULA_LIKE[6]!]);
  });

  it('the review form writes such names as plain text', async () => {
    const base = view();
    const form = reviewFormData(base, base.columns[0]!.actorId, { locale: 'fi', networkName: '@SUM(1)', demo: false, exportedOn: '2026-11-23' });
    await expectNoFormulaCells(await runExportWorker({ kind: 'reviewForm', form, format: 'xlsx' }), form.rows.map((row) => row.taskName));
  });
});
