import { afterAll, describe, expect, it } from 'vitest';
import { libreOffice, pdfToText, printedText } from '../support/libreoffice.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, createTestSession } from '../support/test-session.js';

/** LibreOffice opens the demo's document and prints it: the steps can be read in the PDF. */

const soffice = libreOffice();
const pdftotext = pdfToText();
afterAll(removeTempDirs);

describe.skipIf(Boolean(soffice.skipReason || pdftotext.skipReason))('the demo’s process description in LibreOffice', () => {
  it('converts to a PDF in which every step of every process can be read', { timeout: 240_000 }, async () => {
    const { file } = await createTempNetwork({ demo: true });
    const { session } = await createTestSession({ open: file });
    const map = await callOk(session, 'processes.map', {});
    const details = await Promise.all(map.processes.map((process) => callOk(session, 'processes.get', { id: process.id })));
    const result = (await callOk(session, 'exports.processDocument', { all: true, lang: 'fi' }))!;
    await session.closeFile();

    const stdout = printedText(result.path);
    const text = stdout.replace(/\s+/g, ' ');
    const steps = details.flatMap((detail) => detail.nodes.filter((node) => node.kind === 'step').map((node) => node.name.fi!));
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) expect(text).toContain(step);
    expect(text).toContain('ESIMERKKI');
    expect(text).toContain('Vastuumatriisi');
    // the header's page fields are filled in: "1 (n)" on the first page
    expect(stdout).toMatch(/\b1 \(\d+\)/);
  });
});
