import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSwimlane } from '../../src-main/domain/processes/swimlane/swimlane-alt-text.js';
import { RACI_LETTERS } from '../../src-main/domain/matrices/raci.js';
import { packProcessDocument } from '../../src-main/export/process-document/pack-process-document.js';
import type { ProcessDocumentModel } from '../../src-main/export/process-document/process-document-model.js';
import { contrastRatio, RACI_FILLS, RACI_TEXT_COLOUR } from '../../src-main/export/raci-colours.js';
import { makeDocumentModel } from './process-document-fixture.js';
import { all, fieldInstructions, paragraphs, readDocx, type ReadDocx, sections, tableRows, textOf, W, wAttr, WP } from './read-docx.js';

/** The process description document read back from its bytes: what Word would find in it. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** a 1 × 1 white PNG, as an organisation logo */
const LOGO = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

let fiModel: ProcessDocumentModel;
let fiDoc: ReadDocx;
let svDoc: ReadDocx;

beforeAll(async () => {
  fiModel = makeDocumentModel({ locale: 'fi', isDemo: true, organisationName: 'Hämeenlinnan kaupunki', logoPng: LOGO });
  fiDoc = await readDocx(await packProcessDocument(fiModel));
  svDoc = await readDocx(await packProcessDocument(makeDocumentModel({ locale: 'sv', isDemo: false, caseNumber: null })));
});

const headingTexts = (doc: ReadDocx, level: 1 | 2 | 3) => paragraphs(doc.document).filter((p) => p.style === `Heading${level}`).map((p) => p.text);

/** The body element right after the paragraph with this text. */
function elementAfter(doc: ReadDocx, text: string): Element {
  const paragraph = paragraphs(doc.document).find((p) => p.text === text);
  if (!paragraph) throw new Error(`no paragraph "${text}"`);
  let node = paragraph.element.nextSibling;
  while (node && node.nodeType !== 1) node = node.nextSibling;
  return node as Element;
}

const steps = () => fiModel.processes[0]!.detail.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision');

describe('the process description document', () => {
  it('uses Word’s own Heading 1–3 styles: the process, its parts and every step are headings', () => {
    const styleNames = all(fiDoc.styles, 'style').map((style) => [wAttr(style, 'styleId'), wAttr(all(style, 'name')[0]!, 'val')]);
    expect(styleNames).toEqual(expect.arrayContaining([['Heading1', 'Heading 1'], ['Heading2', 'Heading 2'], ['Heading3', 'Heading 3']]));
    expect(headingTexts(fiDoc, 1)).toEqual(['Maahanmuuttaneen asiakasprosessi', 'Liite: Toimijat ja edustajat']);
    expect(headingTexts(fiDoc, 2)).toEqual([
      'Prosessikortti',
      'Uimaratakaavio',
      'Vaiheet',
      'Vastuumatriisi: Asiakasprosessin vastuut',
      'Käsittely ja hyväksyntä',
    ]);
    expect(headingTexts(fiDoc, 3)).toEqual([...steps().map((step, index) => `${index + 1}. ${step.name.fi}`), 'Jäsenten kommentointi', 'Jäsenorganisaatioiden hyväksynnät']);
  });

  it('has a real table of contents field over headings 1–3, which Word updates when the file opens', () => {
    const toc = fieldInstructions(fiDoc.document).filter((instruction) => instruction.startsWith('TOC'));
    expect(toc).toHaveLength(1);
    expect(toc[0]).toMatch(/\\o "1-3"/);
    expect(all(fiDoc.settings, 'updateFields')).toHaveLength(1);
    // the entries are already there (LibreOffice and the PDF show them), each linked to its heading
    const entries = paragraphs(fiDoc.document).filter((p) => p.style === 'TOC3').map((p) => p.text.replace(/\t.*$/, ''));
    expect(entries).toContain(`1. ${steps()[0]!.name.fi}`);
  });

  it('shows the process card as a two-column table, a repealed act marked as such', () => {
    const rows = tableRows(elementAfter(fiDoc, 'Prosessikortti'));
    expect(rows.every((row) => row.length === 2)).toBe(true);
    const card = Object.fromEntries(rows.map(([label, value]) => [label, value]));
    expect(card).toMatchObject({
      Tarkoitus: 'Asiakas saa kotoutumista tukevat palvelut oikea-aikaisesti ja ilman katkoja.',
      'Prosessin omistaja': 'Kunta',
      'Asiakkaat ja kohderyhmät': 'TyönhakijatTyövoiman ulkopuolella olevat',
      'Aloittava tapahtuma': 'Oleskelulupa myönnetty',
      'Päättävä tapahtuma': 'Kotoutumispalvelut päättyvät',
      Määräajat: 'Arviointi 60 päivän kuluessa',
      Mittarit: 'Suunnitelmien määrä; keskimääräinen aika arviointiin',
      Tietojärjestelmät: 'Koulutusportti',
    });
    expect(Object.keys(card)).toEqual(expect.arrayContaining(['Syötteet', 'Tuotokset', 'Säädösperusta']));
    expect(card['Säädösperusta']).toContain('681/2023 Laki kotoutumisen edistämisestä, 1 §');
    expect(card['Säädösperusta']).toContain('1386/2010 Laki kotoutumisen edistämisestä, 2 § – vanha laki (kumottu 1.1.2025, korvattu säädöksellä 681/2023)');
    expect(card['Säädösperusta']).not.toMatch(/681\/2023[^,]*kumottu/);
  });

  it('gives every step its own section: heading, then its performer, description and where it leads', () => {
    for (const [index, step] of steps().entries()) {
      const rows = Object.fromEntries(tableRows(elementAfterStep(index, step.statutory || step.kind === 'decision')).map(([label, value]) => [label, value]));
      expect(rows.Suorittaja).toBe(step.performerName);
      expect(rows).toHaveProperty('Kuvaus');
      expect(rows).toHaveProperty('Seuraavaksi');
      if (step.targetGroupId) expect(rows['Kohderyhmä']).toMatch(/Työnhakijat|Työvoiman ulkopuolella olevat/);
    }
    const decision = Object.fromEntries(tableRows(elementAfterStep(3, true)).map(([label, value]) => [label, value]));
    expect(decision.Seuraavaksi).toContain('työnhakija: Osaamisen ja kotoutumisen palvelutarpeen arviointi');
    const assessment = Object.fromEntries(tableRows(elementAfterStep(4, true)).map(([label, value]) => [label, value]));
    expect(assessment['Määräaika']).toBe('60 päivää');
    expect(assessment['Säädökset']).toBe('681/2023 Laki kotoutumisen edistämisestä, 15 §');
  });

  it('puts the matrix in a landscape section whose header row repeats on every page', () => {
    const landscape = sections(fiDoc.document).filter((section) => section.orientation === 'landscape');
    const matrixSection = landscape.find((section) => section.elements.some((element) => textOf(element).startsWith('Vastuumatriisi:')));
    expect(matrixSection).toBeDefined();
    expect(matrixSection!.width).toBeGreaterThan(16000);
    const table = matrixTable(fiDoc);
    expect(matrixSection!.elements).toContain(table);
    const rows = all(table, 'tr');
    expect(all(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(rows.slice(1).every((row) => all(row, 'tblHeader').length === 0)).toBe(true);
    const view = fiModel.processes[0]!.matrices[0]!;
    expect(rows).toHaveLength(view.tasks.length + 1);
    expect(tableRows(table)[0]).toEqual(['Tehtävä', ...view.columns.map((column) => column.shortName ?? column.name)]);
    // actor names stand upright, so 8 (or 40) columns fit
    expect(all(rows[0]!, 'textDirection').map((node) => wAttr(node, 'val'))).toEqual(view.columns.map(() => 'btLr'));
  });

  it('shades each letter by its kind, in colours the text stays readable on', () => {
    const view = fiModel.processes[0]!.matrices[0]!;
    const letterCells = all(matrixTable(fiDoc), 'tc').filter((cell) => /^[RACI]$/.test(textOf(cell)));
    expect(letterCells).toHaveLength(view.cells.length);
    for (const cell of letterCells) {
      const fill = wAttr(all(cell, 'shd')[0]!, 'fill');
      expect(fill).toBe(RACI_FILLS[textOf(cell) as keyof typeof RACI_FILLS]);
    }
    for (const letter of RACI_LETTERS) expect(contrastRatio(RACI_TEXT_COLOUR, RACI_FILLS[letter])).toBeGreaterThanOrEqual(4.5);
    expect(new Set(Object.values(RACI_FILLS)).size).toBe(4);
  });

  it('explains the letters in the document’s language, the letters themselves staying R, A, C, I', () => {
    const legendRow = (doc: ReadDocx) => tableRows(elementAfter(doc, doc === fiDoc ? 'Selite' : 'Förklaring'))[0];
    expect(legendRow(fiDoc)).toEqual(['R', 'vastuussa toteutuksesta', 'A', 'hyväksyy ja vastaa', 'C', 'konsultoitava', 'I', 'tiedotettava']);
    expect(legendRow(svDoc)).toEqual(['R', 'ansvarar för genomförandet', 'A', 'godkänner och ansvarar', 'C', 'konsulteras', 'I', 'informeras']);
  });

  it('embeds the swimlane chart as PNG pictures of a sensible size with the chart’s description as alt text', async () => {
    const media = Object.keys(fiDoc.zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    const drawings = all(fiDoc.document, 'docPr', WP).filter((docPr) => docPr.getAttribute('name')!.startsWith('swimlane'));
    expect(drawings.length).toBeGreaterThanOrEqual(1);
    // the logo is the other picture
    expect(media).toHaveLength(drawings.length + 1);
    const summary = describeSwimlane(fiModel.processes[0]!.swimlane!, 'fi').summary;
    for (const drawing of drawings) expect(drawing.getAttribute('descr')).toMatch(new RegExp(`^${escapeRegExp(summary)}`));
    for (const name of media) {
      const png = await fiDoc.zip.file(name)!.async('uint8array');
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      if (png.length < 1000) continue; // the 1 × 1 logo
      const view = new DataView(png.buffer, png.byteOffset);
      const [width, height] = [view.getUint32(16), view.getUint32(20)];
      expect(width).toBeGreaterThan(600);
      expect(width).toBeLessThanOrEqual(6000);
      expect(height).toBeGreaterThan(300);
      expect(png.length).toBeLessThan(3_000_000);
    }
  });

  it('puts the official header on every page: document name, date, case number and the page as "x (y)"', () => {
    expect(fiDoc.headers.length).toBe(sections(fiDoc.document).length);
    for (const header of fiDoc.headers) {
      const text = textOf(header.documentElement!);
      expect(text).toContain('Prosessikuvaus');
      expect(text).toContain('23.11.2026');
      expect(text).toContain('Dnro VN/123/2026');
      expect(text).toContain('Hämeenlinnan kaupunki');
      const pageParagraph = paragraphs(header).find((p) => fieldInstructions(p.element).includes('PAGE'))!;
      expect(fieldInstructions(pageParagraph.element)).toEqual(['PAGE', 'NUMPAGES']);
      // the numbers are Word's to fill in; the written ones are estimates
      expect(pageParagraph.text).toMatch(/^\d* \(\d*\)$/);
    }
    const svHeader = textOf(svDoc.headers[0]!.documentElement!);
    expect(svHeader).toContain('Processbeskrivning');
    expect(svHeader).not.toContain('Dnr');
  });

  it('sets the document language in the styles', () => {
    const languages = (doc: ReadDocx) => new Set(all(doc.styles, 'lang').map((lang) => wAttr(lang, 'val')));
    expect(languages(fiDoc)).toEqual(new Set(['fi-FI']));
    expect(languages(svDoc)).toEqual(new Set(['sv-SE']));
    const defaults = all(fiDoc.styles, 'rPrDefault')[0]!;
    expect(wAttr(all(defaults, 'lang')[0]!, 'val')).toBe('fi-FI');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = all(fiDoc.styles, 'style').find((candidate) => wAttr(candidate, 'styleId') === id)!;
      expect(wAttr(all(style, 'lang')[0]!, 'val')).toBe('fi-FI');
    }
  });

  it('marks a demo network’s document ESIMERKKI on the title page and in every header', () => {
    const titlePage = sections(fiDoc.document)[0]!.elements.map((element) => textOf(element));
    expect(titlePage).toContain('ESIMERKKI');
    for (const header of fiDoc.headers) expect(textOf(header.documentElement!)).toContain('ESIMERKKI');
    const svText = textOf(svDoc.document.documentElement!) + svDoc.headers.map((header) => textOf(header.documentElement!)).join('');
    expect(svText).not.toMatch(/ESIMERKKI|EXEMPEL/);
  });

  it('records the review and each member’s acceptance: who, when, body, § and case number', () => {
    const acceptances = tableRows(elementAfter(fiDoc, 'Jäsenorganisaatioiden hyväksynnät'));
    expect(acceptances[0]).toEqual(['Jäsenorganisaatio', 'Hyväksyjä', 'Päivämäärä', 'Toimielin', '§', 'Diaarinumero']);
    expect(acceptances[1]).toEqual(['Kunta', 'Kaupunginhallitus', '9.3.2026', 'Hämeenlinnan kaupunginhallitus', '45 §', 'HML/1234/2026']);
    const record = Object.fromEntries(tableRows(elementAfter(fiDoc, 'Käsittely ja hyväksyntä')).map(([label, value]) => [label, value]));
    expect(record).toMatchObject({ 'Lähetetty kommentoitavaksi': '2.2.2026', Hyväksytty: '5.3.2026', Päätösviite: 'Ohjausryhmän muistio 2/2026' });
  });

  it('lists the actors and their representatives in an appendix', () => {
    const rows = tableRows(elementAfter(fiDoc, 'Liite: Toimijat ja edustajat'));
    const names = ['Toimija', 'Kela', 'Kunta', 'Työllisyysalue (työvoimaviranomainen)'];
    rows.forEach((row, index) => expect(row[0]!.startsWith(names[index]!)).toBe(true));
    expect(rows).toHaveLength(names.length);
    expect(rows[2]![1]).toBe('Maija Meikäläinen, maahanmuuttokoordinaattori (koordinaattori) · maija@example.fi');
    expect(rows[1]![1]).toBe('ei nimettyjä edustajia');
  });

  it('is written in Swedish when asked, falling back to Finnish where a text has no Swedish', () => {
    expect(headingTexts(svDoc, 2)).toEqual(expect.arrayContaining(['Processkort', 'Simbanediagram', 'Steg', 'Behandling och godkännande']));
    expect(headingTexts(svDoc, 1)[0]).toBe('Kundprocessen för invandrare');
    expect(headingTexts(svDoc, 3)).toContain('3. Handledning och rådgivning');
    expect(headingTexts(svDoc, 3)).toContain('1. Kuntaan osoittaminen');
  });
});

describe('a larger or smaller document', () => {
  it('holds every process in one document, each under its own Heading 1', async () => {
    const doc = await readDocx(await packProcessDocument(makeDocumentModel({ processCount: 3, withMatrix: false })));
    expect(headingTexts(doc, 1)).toEqual(['Maahanmuuttaneen asiakasprosessi', 'Toinen prosessi 2', 'Toinen prosessi 3', 'Liite: Toimijat ja edustajat']);
    const titleRows = tableRows(all(sections(doc.document)[0]!.elements[0]!.ownerDocument!, 'tbl')[1]!);
    expect(titleRows.slice(1).map((row) => row[0])).toEqual(['Maahanmuuttaneen asiakasprosessi', 'Toinen prosessi 2', 'Toinen prosessi 3']);
  });

  it('splits a matrix of 60 actors into tables of the same tasks rather than squeezing it unreadably', async () => {
    const model = makeDocumentModel({ actorCount: 60 });
    const doc = await readDocx(await packProcessDocument(model));
    const matrixTables = all(doc.document, 'tbl').filter((table) => tableRows(table)[0]?.[0] === 'Tehtävä');
    expect(matrixTables).toHaveLength(2);
    const columns = matrixTables.map((table) => tableRows(table)[0]!.length - 1);
    expect(columns.reduce((sum, count) => sum + count, 0)).toBe(60);
    for (const table of matrixTables) {
      expect(all(all(table, 'tr')[0]!, 'tblHeader')).toHaveLength(1);
      const widths = all(all(table, 'tblGrid')[0]!, 'gridCol').map((col) => Number(wAttr(col, 'w')));
      expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(16838 - 1304 - 1134);
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(290);
    }
  });

  it('keeps a small chart in the portrait text', async () => {
    const model = makeDocumentModel();
    const process = model.processes[0]!;
    const keep = new Set(['alku', 'ohjaus', 'loppu'].map((id) => `${process.detail.id}-${id}`));
    process.swimlane = {
      ...process.swimlane!,
      nodes: process.swimlane!.nodes.filter((node) => keep.has(node.id)),
      edges: [
        { from: `${process.detail.id}-alku`, to: `${process.detail.id}-ohjaus` },
        { from: `${process.detail.id}-ohjaus`, to: `${process.detail.id}-loppu` },
      ],
    };
    const doc = await readDocx(await packProcessDocument(model));
    const chartSection = sections(doc.document).find((section) => section.elements.some((element) => textOf(element) === 'Uimaratakaavio'))!;
    expect(chartSection.orientation).toBe('portrait');
    expect(all(doc.document, 'docPr', WP).filter((docPr) => docPr.getAttribute('name')!.startsWith('swimlane'))).toHaveLength(1);
  });
});

function matrixTable(doc: ReadDocx): Element {
  const table = all(doc.document, 'tbl').find((candidate) => tableRows(candidate)[0]?.[0] === 'Tehtävä');
  if (!table) throw new Error('no matrix table');
  return table;
}

/** The details table of the n-th step (after its heading, and the line of marks when it has one). */
function elementAfterStep(index: number, hasMarks: boolean): Element {
  const step = steps()[index]!;
  let node: Element = elementAfter(fiDoc, `${index + 1}. ${step.name.fi}`);
  if (hasMarks) {
    expect(node.localName).toBe('p');
    let next = node.nextSibling;
    while (next && next.nodeType !== 1) next = next.nextSibling;
    node = next as Element;
  }
  expect(node.namespaceURI).toBe(W);
  expect(node.localName).toBe('tbl');
  return node;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
