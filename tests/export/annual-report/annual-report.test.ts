import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../src-main/export/annual-report/build-annual-report.js';
import type { Locale } from '../../../src-main/i18n/locales.js';
import { all, fieldInstructions, paragraphs, readDocx, tableRows, textOf } from '../read-docx.js';
import { sampleAnnualReport } from './sample-annual-report.js';

/** The annual report's builder on a hand-made model, read back as Word would. */

async function read(locale: Locale = 'fi', isDemo = false, model = sampleAnnualReport(locale, isDemo)) {
  return readDocx(new Uint8Array(await Packer.toBuffer(buildAnnualReport(model))));
}

const headingsOf = (doc: Awaited<ReturnType<typeof read>>, level: number) =>
  paragraphs(doc.document).filter((p) => p.style === `Heading${level}`).map((p) => p.text);

/** The table whose header row starts with these cells. */
function tableStarting(doc: Awaited<ReturnType<typeof read>>, ...header: string[]): string[][] {
  const table = all(doc.document, 'tbl').find((candidate) => header.every((cell, index) => tableRows(candidate)[0]?.[index] === cell));
  expect(table, `a table starting ${header.join(' | ')}`).toBeDefined();
  return tableRows(table!);
}

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

describe('the annual report', () => {
  it('shows the organisation’s logo on the title page when the template has one', async () => {
    const plain = sampleAnnualReport('fi', false);
    const withLogo = await read('fi', false, { ...plain, template: { ...plain.template, logoPng: PNG_1X1 } });
    const images = Object.keys(withLogo.zip.files).filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(1);
    expect(await withLogo.zip.file('word/document.xml')!.async('string')).toMatch(/<wp:docPr [^>]*title="Hämeenlinnan kaupunki"/);
    const without = await read('fi', false, plain);
    expect(Object.keys(without.zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(0);
  });

  it('has a title page, contents and every section, in Finnish', async () => {
    const doc = await read();
    const body = paragraphs(doc.document).map((p) => p.text);
    expect(body).toContain('VUOSIRAPORTTI 2026');
    expect(body).toContain('Sisällys');
    expect(fieldInstructions(doc.document).some((instruction) => instruction.startsWith('TOC'))).toBe(true);
    expect(headingsOf(doc, 1)).toEqual([
      'Vuosi lyhyesti',
      'Kokoukset',
      'Osallistuminen organisaatioittain',
      'Päätökset',
      'Toimintasuunnitelma: tavoitteet ja toimenpiteet',
      'Kokousten tehtävät',
      'Vastuumatriisit',
      'Pilotit',
    ]);
    expect(body).toContain('Pilotteja ei vielä kirjata tämän verkoston tietoihin.');
    // the official header: document name, page "n (N)" from fields, the case number
    const header = textOf(doc.headers[0]!.documentElement!);
    expect(header).toContain('Vuosiraportti 2026');
    expect(header).toContain('Dnro HML/123/2026');
    expect(fieldInstructions(doc.headers[0]!).join(' ')).toMatch(/PAGE.*NUMPAGES/);
    expect(header).not.toContain('ESIMERKKI');
  });

  it('shows the meetings, attendance, decisions, actions and matrices of the model', async () => {
    const model = sampleAnnualReport();
    const doc = await read('fi', false, model);
    const meetings = tableStarting(doc, 'Nro', 'Päivämäärä');
    expect(meetings.slice(1)).toEqual([
      ['1/2026', '10.2.2026', 'Kevään aloituskokous', 'verkoston kokous', '9'],
      ['2/2026', '19.5.2026', 'Palvelutarjottimen työpaja', 'työpajaPalvelutarjotin-työryhmä', '6'],
    ]);
    expect(tableStarting(doc, 'Organisaatio', 'Kokouksia').slice(1)).toEqual([
      ['Hämeenlinnan kaupunki', '2 / 2', '5'],
      ['Hämeen TE-palvelut', '1 / 2', '1'],
    ]);
    expect(headingsOf(doc, 2)).toContain('1/2026 · 10.2.2026 · Kevään aloituskokous');
    expect(tableStarting(doc, '§', 'Asia').slice(1).map((row) => row[0])).toEqual(['4 §', '5 §']);
    const actions = tableStarting(doc, 'Toimenpide', 'Toimijat');
    expect(actions[1]![3]).toBe('käynnissä');
    expect(actions[1]![4]).toBe('2 / 3');
    expect(actions[2]![2]).toBe('syksy 2027');
    const summary = new Map(tableRows(all(doc.document, 'tbl').find((table) => tableRows(table)[0]?.[0] === 'Pidettyjä kokouksia')!).map((row) => [row[0], row[1]]));
    expect(summary.get('Pidettyjä kokouksia')).toBe('2');
    expect(summary.get('Peruttuja kokouksia')).toBe('1');
    expect(summary.get('Päätöksiä')).toBe('2');
    const items = new Map(tableRows(all(doc.document, 'tbl').find((table) => tableRows(table)[0]?.[0] === 'Sovittu')!).map((row) => [row[0], row[1]]));
    expect(items.get('Myöhässä (avoimista)')).toBe('1');
    expect(items.get('Avoinna')).toBe('3');
    expect(tableStarting(doc, 'Vastuumatriisi', 'Versio', 'Hyväksytty', 'Päätösviite')[1]).toEqual([
      'Maahanmuuttajan asiakasprosessi',
      '2',
      '10.2.2026',
      'Kotoutumisverkoston kokous 1/2026, 4 §',
    ]);
    expect(tableStarting(doc, 'Vastuumatriisi', 'Versio', 'Organisaatio')[1]![4]).toBe('Johtoryhmä, 7 §');
  });

  it('says so where the year has nothing to show', async () => {
    const empty = { ...sampleAnnualReport('en'), meetings: [], attendance: [], decisions: [], goals: [], cancelledCount: 0, matrices: { approved: [], accepted: [] } };
    const body = paragraphs((await read('en', false, empty)).document).map((p) => p.text);
    expect(body).toEqual(expect.arrayContaining(['No meetings were held in 2026.', 'No decisions have been recorded for the meetings.', 'No responsibility matrix versions were approved in 2026.']));
  });

  it('writes Swedish and English, in the document’s language, and marks a demo network’s report', async () => {
    for (const [locale, mark, title, language, demo] of [
      ['sv', 'ÅRSRAPPORT 2026', 'Piloter', 'sv-SE', 'EXEMPEL'],
      ['en', 'ANNUAL REPORT 2026', 'Pilots', 'en-GB', 'EXAMPLE'],
    ] as const) {
      const doc = await read(locale, true);
      expect(paragraphs(doc.document).map((p) => p.text)).toContain(mark);
      expect(headingsOf(doc, 1)).toContain(title);
      expect(textOf(doc.headers[0]!.documentElement!)).toContain(demo);
      const languages = all(doc.styles, 'lang').map((element) => element.getAttributeNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'val'));
      expect(new Set(languages)).toEqual(new Set([language]));
    }
  });
});
