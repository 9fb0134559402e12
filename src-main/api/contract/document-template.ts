import { z } from 'zod';
import type { DocumentTemplate } from '../../export/document-settings.js';
import { MAX_NAME_LENGTH, optionalTextSchema } from './common.js';
import { method } from './define.js';

/** The organisation template of exported Word documents (asiakirjapohja): name, logo, case number. */

export type { DocumentTemplate };

/** The store's limit too; kept here so the page need not load the store. */
export const MAX_LOGO_BYTES = 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bytes the base64 text stands for, without decoding it. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * A PNG begins with its eight-byte signature and then the IHDR chunk with a width and a height
 * (the Word export sizes the logo from them). Only the first 24 bytes are decoded.
 */
export function looksLikePng(base64: string): boolean {
  if (base64.length % 4 !== 0 || !BASE64.test(base64) || decodedLength(base64) < 24) return false;
  const head = Array.from(atob(base64.slice(0, 32)), (char) => char.charCodeAt(0));
  const chunkType = String.fromCharCode(...head.slice(12, 16));
  const word = (at: number) => ((head[at]! << 24) | (head[at + 1]! << 16) | (head[at + 2]! << 8) | head[at + 3]!) >>> 0;
  return PNG_SIGNATURE.every((byte, index) => head[index] === byte) && chunkType === 'IHDR' && word(16) > 0 && word(20) > 0;
}

/** What the store keeps as a logo: a PNG (by its header) of at most MAX_LOGO_BYTES. */
export function isStorableLogo(base64: string): boolean {
  return looksLikePng(base64) && decodedLength(base64) <= MAX_LOGO_BYTES;
}

/** base64 of a PNG; null removes the logo, leaving it out keeps the one there is. */
const logoSchema = z
  .string()
  .refine((value) => decodedLength(value) <= MAX_LOGO_BYTES, { params: { code: 'logo_too_large' }, abort: true })
  .refine(looksLikePng, { params: { code: 'logo_not_png' } });

export const documentTemplateContract = {
  'documentTemplate.get': method<DocumentTemplate>()({
    summary: 'The organisation template of exported documents: organisation name, logo (PNG) and case number',
    writes: false,
    input: z.strictObject({}),
  }),
  'documentTemplate.update': method<DocumentTemplate>()({
    summary: 'Change the organisation template: fields left out stay as they are, empty or null removes one',
    writes: true,
    input: z.strictObject({
      // A field left out is kept: `undefined` must survive the optional text's null-for-empty.
      organisationName: optionalTextSchema(MAX_NAME_LENGTH).optional(),
      caseNumber: optionalTextSchema(100).optional(),
      logoPng: logoSchema.nullable().optional(),
    }),
  }),
};
