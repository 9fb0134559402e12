import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract/api-error.js';
import { looksLikePng, MAX_LOGO_BYTES } from '../../src-main/api/contract/document-template.js';
import { MAX_LOGO_BYTES as STORE_MAX_LOGO_BYTES } from '../../src-main/export/document-settings.js';
import { errorMessage } from '../../src-main/i18n/error-messages.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callError, callOk, createTestSession } from '../support/test-session.js';

/** The organisation template of Word exports through `dispatch`, on a real network file. */

let session: AppSession;
const db = () => session.requireNetwork().db;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A real RGB PNG of noise (so it does not compress). `totalBytes` pads it with a private
 * ancillary chunk, which viewers skip, to exactly that size.
 */
function png(width: number, height: number, totalBytes?: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]));
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows)))];
  const end = chunk('IEND', Buffer.alloc(0));
  if (totalBytes !== undefined) {
    const used = parts.reduce((sum, part) => sum + part.length, 0) + end.length + 12;
    if (used > totalBytes) throw new Error('the picture alone is bigger than asked');
    parts.push(chunk('kvPd', Buffer.alloc(totalBytes - used)));
  }
  return Buffer.concat([...parts, end]);
}

const LOGO = png(40, 20).toString('base64');
/** the start of a real JPEG (JFIF) */
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(200), Buffer.from('ffd9', 'hex')]).toString('base64');

async function refusedWithoutWriting(input: unknown): Promise<ApiError> {
  const before = await contentHash(db());
  const error = await callError(session, 'documentTemplate.update', input);
  expect(await contentHash(db()), 'a refused template must not write anything').toBe(before);
  return error;
}

describe('documentTemplate', () => {
  it('is empty in a new network', async () => {
    expect(await callOk(session, 'documentTemplate.get', {})).toEqual({ organisationName: null, logoPng: null, caseNumber: null });
  });

  it('keeps the organisation name, case number and logo, and logs each change without the picture', async () => {
    const saved = await callOk(session, 'documentTemplate.update', { organisationName: ' Hämeenlinnan kaupunki ', caseNumber: 'HML/77/2026', logoPng: LOGO });
    expect(saved).toEqual({ organisationName: 'Hämeenlinnan kaupunki', caseNumber: 'HML/77/2026', logoPng: LOGO });
    expect(await callOk(session, 'documentTemplate.get', {})).toEqual(saved);
    const logged = await db().selectFrom('change_log').select(['entity_id', 'operation', 'after_json']).where('entity_type', '=', 'network_setting').execute();
    expect(logged.map((row) => `${row.entity_id} ${row.operation}`).sort()).toEqual([
      'document.caseNumber create',
      'document.logoPng create',
      'document.organisationName create',
    ]);
    expect(logged.find((row) => row.entity_id === 'document.logoPng')!.after_json).not.toContain(LOGO.slice(0, 40));
  });

  it('leaves out fields that are not sent, and removes a logo given as null and a text given empty', async () => {
    expect(await callOk(session, 'documentTemplate.update', { caseNumber: 'HML/78/2026' })).toEqual({
      organisationName: 'Hämeenlinnan kaupunki',
      caseNumber: 'HML/78/2026',
      logoPng: LOGO,
    });
    expect(await callOk(session, 'documentTemplate.update', { logoPng: null, caseNumber: '' })).toEqual({
      organisationName: 'Hämeenlinnan kaupunki',
      caseNumber: null,
      logoPng: null,
    });
    const removed = await db().selectFrom('network_setting').select('key').where('key', 'in', ['document.logoPng', 'document.caseNumber']).execute();
    expect(removed).toEqual([]);
    // and a new logo may be set again afterwards
    const another = png(8, 8).toString('base64');
    expect((await callOk(session, 'documentTemplate.update', { logoPng: another })).logoPng).toBe(another);
  });

  it('writes and logs nothing when the values sent are the ones stored', async () => {
    const stored = await callOk(session, 'documentTemplate.get', {});
    await callOk(session, 'documentTemplate.update', { organisationName: 'Hämeenlinnan kaupunki', caseNumber: 'HML/79/2026' });
    const before = await contentHash(db());
    expect(await callOk(session, 'documentTemplate.update', { organisationName: ' Hämeenlinnan kaupunki', caseNumber: 'HML/79/2026', logoPng: stored.logoPng })).toEqual({
      ...stored,
      organisationName: 'Hämeenlinnan kaupunki',
      caseNumber: 'HML/79/2026',
    });
    expect(await contentHash(db()), 'an unchanged template must not bump a row or add to the change log').toBe(before);
  });

  it('accepts a logo of exactly 1 MB', async () => {
    const largest = png(64, 64, MAX_LOGO_BYTES);
    expect(largest.length).toBe(MAX_LOGO_BYTES);
    const base64 = largest.toString('base64');
    expect((await callOk(session, 'documentTemplate.update', { logoPng: base64 })).logoPng).toBe(base64);
  });

  const refusals: Array<{ name: string; input: () => unknown; code: string; path: Array<string | number> }> = [
    { name: 'a JPEG as the logo', input: () => ({ logoPng: JPEG }), code: 'logo_not_png', path: ['logoPng'] },
    { name: 'a logo one byte over 1 MB', input: () => ({ logoPng: png(64, 64, MAX_LOGO_BYTES + 1).toString('base64') }), code: 'logo_too_large', path: ['logoPng'] },
    { name: 'a PNG signature without a picture', input: () => ({ logoPng: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64') }), code: 'logo_not_png', path: ['logoPng'] },
    { name: 'text that is not base64', input: () => ({ logoPng: 'data:image/png;base64,' + LOGO }), code: 'logo_not_png', path: ['logoPng'] },
    { name: 'an empty logo', input: () => ({ logoPng: '' }), code: 'logo_not_png', path: ['logoPng'] },
    { name: 'a henkilötunnus in the organisation name', input: () => ({ organisationName: 'Asiakas 131052-308T', logoPng: LOGO }), code: 'personal_identity_code', path: ['organisationName'] },
    { name: 'a henkilötunnus in the case number', input: () => ({ caseNumber: '131052-308T' }), code: 'personal_identity_code', path: ['caseNumber'] },
    { name: 'an unknown field', input: () => ({ organisationName: 'X', footer: 'Y' }), code: 'unknown_field', path: [] },
  ];

  it.each(refusals)('refuses $name and writes nothing', async ({ input, code, path }) => {
    const before = await callOk(session, 'documentTemplate.get', {});
    const error = await refusedWithoutWriting(input());
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(await callOk(session, 'documentTemplate.get', {})).toEqual(before);
  });

  it('explains a wrong logo in the user’s language', async () => {
    const error = await refusedWithoutWriting({ logoPng: JPEG });
    expect(error.message).toBe(errorMessage('logo_not_png', 'fi'));
    expect(error.message).toContain('PNG');
    for (const locale of ['fi', 'sv', 'en'] as const) expect(errorMessage('logo_too_large', locale)).toMatch(/1 M/);
  });
});

describe('the page’s PNG check', () => {
  it('has the same limit as the store', () => {
    expect(MAX_LOGO_BYTES).toBe(STORE_MAX_LOGO_BYTES);
  });

  it('reads only the PNG header: signature, IHDR and a size', () => {
    expect(looksLikePng(LOGO)).toBe(true);
    const zeroWidth = png(1, 1);
    zeroWidth.writeUInt32BE(0, 16);
    expect(looksLikePng(zeroWidth.toString('base64'))).toBe(false);
    expect(looksLikePng(JPEG)).toBe(false);
    expect(looksLikePng(LOGO.slice(0, -1))).toBe(false);
  });
});
