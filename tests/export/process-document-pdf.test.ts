import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { requireTool } from '../support/skip-policy.js';
import { callOk, createTestSession } from '../support/test-session.js';

/** LibreOffice opens the demo's document and prints it: the steps can be read in the PDF. */

const run = promisify(execFile);
const soffice = requireTool('LibreOffice', ['/usr/bin/soffice', '/usr/bin/libreoffice']);
const pdftotext = requireTool('pdftotext', ['/usr/bin/pdftotext']);
afterAll(removeTempDirs);

describe.skipIf(Boolean(soffice.skipReason || pdftotext.skipReason))('the demo’s process description in LibreOffice', () => {
  it('converts to a PDF in which every step of every process can be read', { timeout: 240_000 }, async () => {
    const { file } = await createTempNetwork({ demo: true });
    const { session } = await createTestSession({ open: file });
    const map = await callOk(session, 'processes.map', {});
    const details = await Promise.all(map.processes.map((process) => callOk(session, 'processes.get', { id: process.id })));
    const result = (await callOk(session, 'exports.processDocument', { all: true, lang: 'fi' }))!;
    await session.closeFile();

    const out = tempDir();
    // a profile of its own: LibreOffice refuses to start beside another instance's profile
    const profile = `file://${tempDir('kotoverkko-lo-profile-')}`;
    await run(soffice.path!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, result.path], { timeout: 200_000 });
    const pdf = join(out, basename(result.path).replace(/\.docx$/, '.pdf'));
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { stdout } = await run(pdftotext.path!, ['-layout', pdf, '-'], { maxBuffer: 20_000_000 });
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
