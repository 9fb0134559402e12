import type { Element } from '@xmldom/xmldom';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '../../../src-main/export/meeting-document/build-meeting-document.js';
import type { MeetingDocumentModel } from '../../../src-main/export/meeting-document/meeting-document-model.js';
import { all, fieldInstructions, paragraphs, readDocx, tableRows, textOf, W, wAttr } from '../read-docx.js';
import { CHECKER_1, CHECKER_2, meetingDetail, meetingModel } from './meeting-fixture.js';

/** The agenda and the record built from a hand-made meeting and read back as Word reads them. */

async function read(model: MeetingDocumentModel) {
  const docx = await readDocx(new Uint8Array(await Packer.toBuffer(buildMeetingDocument(model))));
  const body = all(docx.document.documentElement!, 'body')[0]!;
  const topTables = Array.from({ length: body.childNodes.length }, (_, index) => body.childNodes.item(index) as Element).filter(
    (node) => node.nodeType === 1 && node.localName === 'tbl',
  );
  const paras = paragraphs(docx.document);
  const headings = (level: number) => paras.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
  return { docx, topTables, paras, headings, text: paras.map((p) => p.text).join('\n') };
}

/** The table that follows the paragraph with this text. */
function tableAfter(topTables: Element[], paras: Array<{ text: string; element: Element }>, text: string): Element {
  const anchor = paras.find((p) => p.text === text)?.element;
  if (!anchor) throw new Error(`no paragraph "${text}"`);
  for (let node = anchor.nextSibling; node; node = node.nextSibling) if ((node as Element).localName === 'tbl') return node as Element;
  throw new Error(`no table after "${text}"`);
}

describe('the meeting record (.docx)', () => {
  it('opens with a borderless header block: network, MUISTIO 3/2026, time, place, link, case number', async () => {
    const { topTables } = await read(meetingModel('record', 'fi'));
    const block = topTables[0]!;
    const rows = tableRows(block);
    expect(rows[0]![0]).toContain('Kanta-Hämeen kotoutumisverkosto');
    expect(rows[0]![1]).toBe('MUISTIO 3/2026');
    const facts = Object.fromEntries(rows.slice(1).map(([label, value]) => [label, value]));
    expect(facts['Aika']).toBe('tiistai 15.9.2026 klo 13.00–15.00');
    expect(facts['Paikka']).toBe('Hämeenlinnan kaupungintalo, kokoushuone Vanaja');
    expect(facts['Etäyhteys']).toBe('https://teams.example.fi/kokous-3-2026');
    expect(facts['Diaarinumero']).toBe('HML/1234/00.04.01/2026');
    expect(facts['Puheenjohtaja']).toBe('Aino Virtanen (Hämeenlinnan kaupunki)');
    // a memo names no minute-checkers
    expect(facts['Pöytäkirjantarkastajat']).toBeUndefined();
    const borders = all(all(block, 'tblBorders')[0]!, '*').filter((node) => node.namespaceURI === W).map((node) => wAttr(node, 'val'));
    expect(new Set(borders)).toEqual(new Set(['none']));
  });

  it('has a page header on every page with the kind, number and page "n (N)" from PAGE and NUMPAGES', async () => {
    const { docx } = await read(meetingModel('record', 'fi'));
    expect(docx.headers).toHaveLength(1);
    const header = docx.headers[0]!;
    expect(textOf(header.documentElement!)).toContain('MUISTIO 3/2026');
    expect(textOf(header.documentElement!)).toContain('Dnro HML/1234/00.04.01/2026');
    expect(fieldInstructions(header)).toEqual(expect.arrayContaining([expect.stringMatching(/^PAGE/), expect.stringMatching(/^NUMPAGES/)]));
  });

  it('groups attendance by organisation: present, absent, deputy for whom, guests last', async () => {
    const { topTables, paras } = await read(meetingModel('record', 'fi'));
    const rows = tableRows(tableAfter(topTables, paras, 'Osallistujat'));
    expect(rows[0]).toEqual(['Nimi', 'Osallistuminen', 'Tapa']);
    const organisations = rows.filter((row) => row.length === 1).map((row) => row[0]);
    expect(organisations).toEqual(['Hämeen ELY-keskus', 'Hämeenlinnan kaupunki', 'Kanta-Hämeen hyvinvointialue', 'Riihimäen kaupunki', 'TE-palvelut', 'Muut osallistujat']);
    const city = rows.findIndex((row) => row[0] === 'Hämeenlinnan kaupunki');
    expect(rows.slice(city + 1, city + 3)).toEqual([
      ['Aino Virtanen', 'läsnä', 'paikan päällä'],
      ['Laura Heikkinen', 'varajäsenenä (Olli Mäkelä)', 'paikan päällä'],
    ]);
    expect(rows).toContainEqual(['Pekka Salo', 'poissa', '–']);
    expect(rows).toContainEqual(['Mikko Laine', 'läsnä', 'etänä']);
    expect(rows.at(-1)).toEqual(['Vieras Esittelijä', 'läsnä', 'paikan päällä']);
    // the header row repeats on every page
    expect(all(all(tableAfter(topTables, paras, 'Osallistujat'), 'tr')[0]!, 'tblHeader')).toHaveLength(1);
  });

  it('writes each § as Heading 2 with discussion and decision; an undiscussed item says so', async () => {
    const { headings, paras, text } = await read(meetingModel('record', 'fi'));
    expect(headings(1)).toEqual(['Kotoutumisverkoston kokous']);
    expect(headings(2)).toEqual([
      'Osallistujat',
      '1 § Kokouksen avaus',
      '2 § Avoimet tehtävät',
      '3 § Asiakasprosessin vastuumatriisi',
      '4 § Koulutuspäivän suunnittelu',
      'Sovitut tehtävät',
    ]);
    const from = paras.findIndex((p) => p.text === '3 § Asiakasprosessin vastuumatriisi');
    const section = paras.slice(from, paras.findIndex((p) => p.text === '4 § Koulutuspäivän suunnittelu')).map((p) => p.text);
    expect(section).toEqual(
      expect.arrayContaining([
        'Tausta',
        'Matriisi on ollut lausunnolla elokuun ajan.',
        'Lausuntoja saatiin neljä.',
        'Päätösehdotus',
        'Verkosto hyväksyy vastuumatriisin version 2.',
        'Keskustelu',
        'Keskusteltiin tulkkauksen vastuista.',
        'Päätös',
        'Hyväksyttiin vastuumatriisin versio 2.',
        'Liitteet',
        '1. vastuumatriisi-v2.pdf',
      ]),
    );
    expect(section.indexOf('Päätös')).toBeGreaterThan(section.indexOf('Keskustelu'));
    const undiscussed = paras.slice(paras.findIndex((p) => p.text === '4 § Koulutuspäivän suunnittelu')).map((p) => p.text);
    expect(undiscussed).toContain('Asiaa ei käsitelty. Se siirtyy myöhempään kokoukseen.');
    expect(text).toContain('Muistion kirjoitti: Mikko Laine (Hämeen ELY-keskus)');
  });

  it('lists action items with owner, due date and status; an overdue one says "myöhässä" in words', async () => {
    const { topTables, paras } = await read(meetingModel('record', 'fi'));
    const made = tableRows(tableAfter(topTables, paras, 'Sovitut tehtävät'));
    expect(made).toEqual([
      ['Tehtävä', 'Vastuussa', 'Määräaika', 'Tila'],
      ['Tulkkauksen ohje verkoston sivuille', 'Mikko Laine (Hämeen ELY-keskus)', '31.10.2026', 'avoin'],
      ['Koulutuspäivän kutsu', 'Hämeenlinnan kaupunki', '30.9.2026', 'tehty 28.9.2026'],
    ]);
    const carried = tableRows(tableAfter(topTables, paras, 'Avoimet tehtävät aiemmista kokouksista'));
    expect(carried[0]).toEqual(['Tehtävä', 'Sovittu', 'Vastuussa', 'Määräaika', 'Tila']);
    expect(carried[1]).toEqual(['Yhteystietolistan päivitys', '2/2026', 'Sari Koskinen (Kanta-Hämeen hyvinvointialue)', '30.6.2026', 'avoin, myöhässä']);
  });

  it('minutes: PÖYTÄKIRJA, the checkers in the header block, signature lines and "Pöytäkirja tarkastettu"', async () => {
    const { topTables, paras, headings } = await read(meetingModel('record', 'fi', meetingDetail({ recordKind: 'minutes', recordApprovedOn: '2026-09-22' })));
    const rows = tableRows(topTables[0]!);
    expect(rows[0]![1]).toBe('PÖYTÄKIRJA 3/2026');
    expect(rows).toContainEqual(['Pöytäkirjantarkastajat', `${CHECKER_1.name} (${CHECKER_1.actorName})${CHECKER_2.name} (${CHECKER_2.actorName})`]);
    expect(headings(2).at(-1)).toBe('Allekirjoitukset');
    const signatures = tableRows(tableAfter(topTables, paras, 'Allekirjoitukset'));
    expect(signatures[0]![0]).toMatch(/^_{20,}Aino VirtanenPuheenjohtaja$/);
    expect(signatures[0]![1]).toMatch(/^_{20,}Mikko LaineSihteeri$/);
    const checked = paras.findIndex((p) => p.text === 'Pöytäkirja tarkastettu');
    expect(checked).toBeGreaterThan(0);
    expect(paras[checked + 1]!.text).toMatch(/^Paikka ja aika _{20,}$/);
    const checkers = tableRows(tableAfter(topTables, paras, paras[checked + 1]!.text));
    expect(checkers[0]![0]).toMatch(/Sari KoskinenPöytäkirjantarkastaja$/);
    expect(checkers[0]![1]).toMatch(/Jussi NieminenPöytäkirjantarkastaja$/);
    expect(paras.map((p) => p.text)).toContain('Pöytäkirja: Hyväksytty 22.9.2026');
  });

  it('is written in Swedish and English with the user texts picked, falling back where a language is missing', async () => {
    const sv = await read(meetingModel('record', 'sv'));
    expect(tableRows(sv.topTables[0]!)[0]![1]).toBe('MINNESANTECKNINGAR 3/2026');
    expect(sv.headings(2)).toContain('3 § Kundprocessens ansvarsmatris');
    expect(sv.text).toContain('Version 2 av ansvarsmatrisen godkändes.');
    expect(sv.text).toContain('Beslutsförslag');
    expect(sv.text).toContain('Tolkningens ansvar diskuterades.');
    expect(sv.text).toContain('Ärendet behandlades inte.');
    // the action item has no Swedish title: the Finnish one shows instead
    expect(sv.text).toContain('Tulkkauksen ohje verkoston sivuille');
    const en = await read(meetingModel('record', 'en', meetingDetail({ recordKind: 'minutes' })));
    expect(tableRows(en.topTables[0]!)[0]![1]).toBe('MINUTES 3/2026');
    expect(tableRows(en.topTables[0]!)[1]).toEqual(['Time', 'Tuesday 15 September 2026 13:00–15:00']);
    // English numbering puts the sign first; the matrix item has no English title, so Finnish shows
    expect(en.headings(2)).toContain('§ 3 Asiakasprosessin vastuumatriisi');
    expect(en.text).toContain('Minutes checked');
    expect(en.text).toContain('open, overdue');
    // Word checks spelling in the document's language
    const language = all(en.docx.styles.documentElement!, 'lang')[0]!;
    expect(wAttr(language, 'val')).toBe('en-GB');
  });

  it('marks a demo network’s document ESIMERKKI in the header block and on every page', async () => {
    const { docx } = await read(meetingModel('record', 'fi', meetingDetail(), true));
    expect(paragraphs(docx.document).map((p) => p.text)).toContain('Esimerkkiverkoston asiakirja: tiedot ovat kuvitteellisia eivätkä sido ketään.');
    expect(textOf(docx.headers[0]!.documentElement!)).toContain('ESIMERKKI');
  });
});

describe('the agenda (.docx)', () => {
  it('shows ESITYSLISTA, invitees, § items with presenter, planned time, background, proposal and attachments', async () => {
    const { topTables, paras, headings, text } = await read(meetingModel('agenda', 'fi'));
    expect(tableRows(topTables[0]!)[0]![1]).toBe('ESITYSLISTA 3/2026');
    expect(headings(2)).toEqual(['Kutsutut', '1 § Kokouksen avaus', '2 § Avoimet tehtävät', '3 § Asiakasprosessin vastuumatriisi', '4 § Koulutuspäivän suunnittelu']);
    const invitees = tableRows(tableAfter(topTables, paras, 'Kutsutut'));
    expect(invitees[0]).toEqual(['Nimi', 'Organisaatio', 'Rooli']);
    expect(invitees).toContainEqual(['Aino Virtanen', 'Hämeenlinnan kaupunki', 'puheenjohtaja']);
    expect(text).toContain('Esittelijä: Mikko Laine (Hämeen ELY-keskus) · Suunniteltu aika: 13.20–13.50 (30 min)');
    expect(text).toContain('Esittelijä: Ulkopuolinen asiantuntija · Suunniteltu aika: 13.50–14.10 (20 min)');
    expect(text).toContain('Käsiteltävänä: Vastuumatriisi Asiakasprosessi, versio 2');
    expect(text).toContain('Päätösehdotus\nVerkosto hyväksyy vastuumatriisin version 2.');
    expect(text).toContain('1. vastuumatriisi-v2.pdf');
    // an agenda has no discussion, decisions or signatures yet
    expect(text).not.toContain('Keskusteltiin tulkkauksen vastuista.');
    expect(text).not.toContain('Päätös\n');
    expect(text).not.toContain('Asiaa ei käsitelty');
    // the open items of earlier meetings go under their own §
    expect(tableRows(tableAfter(topTables, paras, 'Avoimet tehtävät aiemmista kokouksista'))[1]![0]).toBe('Yhteystietolistan päivitys');
  });

  it('says a cancelled meeting is cancelled', async () => {
    const { topTables } = await read(meetingModel('agenda', 'sv', meetingDetail({ status: 'cancelled' })));
    expect(tableRows(topTables[0]!)[0]![1]).toBe('FÖREDRAGNINGSLISTA 3/2026INSTÄLLT');
  });
});
