import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { requireTool } from '../../support/skip-policy.js';
import { callOk, createTestSession } from '../../support/test-session.js';
import { buildRealMeetings } from './real-meeting.js';

/** LibreOffice opens an agenda and prints it: the § items and the page "1 (n)" can be read in the PDF. */

const run = promisify(execFile);
const soffice = requireTool('LibreOffice', ['/usr/bin/soffice', '/usr/bin/libreoffice']);
const pdftotext = requireTool('pdftotext', ['/usr/bin/pdftotext']);
afterAll(removeTempDirs);

describe.skipIf(Boolean(soffice.skipReason || pdftotext.skipReason))('a meeting’s agenda in LibreOffice', () => {
  it('converts to a PDF with the header block, the § items and the page number', { timeout: 240_000 }, async () => {
    const { file } = await createTempNetwork();
    const { session } = await createTestSession({ open: file });
    const { meeting } = await buildRealMeetings(session);
    const result = (await callOk(session, 'exports.agenda', { meetingId: meeting.id, lang: 'fi' }))!;
    await session.closeFile();

    const out = tempDir();
    // a profile of its own: LibreOffice refuses to start beside another instance's profile
    const profile = `file://${tempDir('kotoverkko-lo-profile-')}`;
    await run(soffice.path!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, result.path], { timeout: 200_000 });
    const pdf = join(out, basename(result.path).replace(/\.docx$/, '.pdf'));
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { stdout } = await run(pdftotext.path!, ['-layout', pdf, '-'], { maxBuffer: 20_000_000 });
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('ESITYSLISTA 2/2026');
    expect(text).toContain('Vastuumatriisin hyväksyminen');
    expect(text).toContain('Päätösehdotus');
    expect(text).toContain('tiistai 10.3.2026 klo 13.00–15.00');
    expect(stdout).toMatch(/\b1 \(\d+\)/);
  });
});
