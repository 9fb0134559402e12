import { afterAll, describe, expect, it } from 'vitest';
import { libreOffice, pdfToText, printedText } from '../../support/libreoffice.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, createTestSession } from '../../support/test-session.js';
import { buildRealMeetings } from './real-meeting.js';

/** LibreOffice opens an agenda and prints it: the § items and the page "1 (n)" can be read in the PDF. */

const soffice = libreOffice();
const pdftotext = pdfToText();
afterAll(removeTempDirs);

describe.skipIf(Boolean(soffice.skipReason || pdftotext.skipReason))('a meeting’s agenda in LibreOffice', () => {
  it('converts to a PDF with the header block, the § items and the page number', { timeout: 240_000 }, async () => {
    const { file } = await createTempNetwork();
    const { session } = await createTestSession({ open: file });
    const { meeting } = await buildRealMeetings(session);
    const result = (await callOk(session, 'exports.agenda', { meetingId: meeting.id, lang: 'fi' }))!;
    await session.closeFile();

    const stdout = printedText(result.path);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('ESITYSLISTA 2/2026');
    expect(text).toContain('Vastuumatriisin hyväksyminen');
    expect(text).toContain('Päätösehdotus');
    expect(text).toContain('tiistai 10.3.2026 klo 13.00–15.00');
    expect(stdout).toMatch(/\b1 \(\d+\)/);
  });
});
