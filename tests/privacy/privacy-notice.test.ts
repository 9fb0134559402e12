import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, createTestSession } from '../support/test-session.js';
import { parseXml } from '../support/xml-well-formed.js';

/** The tietosuojaseloste comes out as a real .docx whose text says what a privacy notice must say. */
let demo: AppSession;
let plain: AppSession;
beforeAll(async () => {
  const a = await createTempNetwork({ demo: true });
  ({ session: demo } = await createTestSession({ dir: a.dir, open: a.file }));
  const b = await createTempNetwork();
  ({ session: plain } = await createTestSession({ dir: b.dir, open: b.file }));
});
afterAll(async () => {
  await demo.closeFile();
  await plain.closeFile();
  removeTempDirs();
});

async function documentText(session: AppSession, lang: 'fi' | 'sv' | 'en'): Promise<{ body: string; header: string; fileName: string }> {
  const result = (await callOk(session, 'exports.privacyNotice', { lang }))!;
  const zip = await JSZip.loadAsync(readFileSync(result.path));
  const xml = await zip.file('word/document.xml')!.async('string');
  parseXml(xml); // throws on XML that Word would refuse
  const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
  const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
  return { body: text(xml), header: headers.map(text).join(' '), fileName: result.fileName };
}

describe('exports.privacyNotice', () => {
  it('writes the Finnish notice: controller, purpose, legal basis, data categories, no clients, retention, rights, contact', async () => {
    const { body, header, fileName } = await documentText(demo, 'fi');
    expect(fileName).toMatch(/^tietosuojaseloste-.*\.docx$/);
    for (const phrase of ['Rekisterinpitäjä', 'Käsittelyn tarkoitus', '6 artikla 1 kohta e', 'nimi, tehtävänimike, organisaatio, sähköpostiosoite, puhelinnumero', 'läsnäolo kokouksissa', 'asiakkaiden tietoja', 'Säilytysaika', 'Rekisteröidyn oikeudet', 'tietosuojavaltuutetun', '[nimi, tehtävä, sähköposti, puhelin]', 'Entinen edustaja']) {
      expect(body, phrase).toContain(phrase);
    }
    expect(body).toContain('ESIMERKKI');
    expect(header).toContain('ESIMERKKI');
    expect(header).toContain('TIETOSUOJASELOSTE');
  });

  it('speaks Swedish and English, and names no demo where there is none; a missing controller is a bracket', async () => {
    const sv = await documentText(plain, 'sv');
    expect(sv.body).toContain('Personuppgiftsansvarig');
    expect(sv.body).toContain('artikel 6.1 e');
    const en = await documentText(plain, 'en');
    expect(en.body).toContain('Article 6(1)(e)');
    expect(en.body).toContain('[Name of the coordinating organisation]');
    expect(en.body).not.toContain('EXAMPLE');
    expect(en.fileName).toMatch(/^privacy-notice-.*\.docx$/);
  });

  it('names the organisation of the document template as the controller', async () => {
    await callOk(plain, 'documentTemplate.update', { organisationName: 'Hämeenlinnan kaupunki, kotoutumispalvelut' });
    const { body, header } = await documentText(plain, 'fi');
    expect(body).toContain('Hämeenlinnan kaupunki, kotoutumispalvelut, verkoston koordinoiva organisaatio.');
    expect(header).toContain('Hämeenlinnan kaupunki, kotoutumispalvelut');
  });
});
