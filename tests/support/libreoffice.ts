import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { requireTool } from './skip-policy.js';
import { tempDir } from './temp-files.js';

export const libreOffice = () => requireTool('LibreOffice', ['/usr/bin/soffice', '/usr/bin/libreoffice']);
export const pdfToText = () => requireTool('pdftotext', ['/usr/bin/pdftotext']);

/** Calc is a separate package (libreoffice-calc-nogui) that CI does not install: Writer is what the export checks need. */
export const libreOfficeCalc = () => existsSync('/usr/lib/libreoffice/program/libsclo.so');

/** Converts a file with LibreOffice (headless, a throwaway profile) and returns the new file's path. */
export function convertWithLibreOffice(bytes: Uint8Array, fileName: string, to: string, timeout = 120_000): string {
  const soffice = libreOffice().path!;
  const dir = tempDir('kotoverkko-lo-');
  const input = join(dir, 'in', fileName);
  mkdirSync(join(dir, 'in'));
  writeFileSync(input, bytes);
  mkdirSync(join(dir, 'out'));
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', to, '--outdir', join(dir, 'out'), input], {
    timeout,
    stdio: 'ignore',
  });
  return join(dir, 'out', `${basename(fileName, extname(fileName))}.${to.split(':')[0]}`);
}

export function convertBytes(bytes: Uint8Array, fileName: string, to: string): Buffer {
  return readFileSync(convertWithLibreOffice(bytes, fileName, to));
}

/** A Word file as LibreOffice prints it, read back by pdftotext -layout: what a reader of the PDF sees. */
export function printedText(docxPath: string): string {
  const pdf = convertWithLibreOffice(readFileSync(docxPath), basename(docxPath), 'pdf', 200_000);
  if (readFileSync(pdf).subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`LibreOffice did not print ${basename(docxPath)} as a PDF`);
  return execFileSync(pdfToText().path!, ['-layout', pdf, '-'], { maxBuffer: 20_000_000, encoding: 'utf8' });
}
