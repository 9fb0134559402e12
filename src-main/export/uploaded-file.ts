import { inflateRawSync } from 'node:zlib';
import { AppError } from '../domain/shared/app-error.js';

/**
 * A file sent from the page, checked before any parser sees it. Review forms and workbooks are
 * zips of XML: a few megabytes can unpack to gigabytes (a zip bomb) or hold a DTD whose entities
 * expand without end. Word and Excel write neither, so such a file is refused with a clear error
 * rather than handed to JSZip, exceljs or xmldom.
 */
export const UPLOAD_LIMITS = {
  /** a real form or matrix workbook has a few dozen parts */
  maxEntries: 1000,
  /** a 200 × 60 matrix unpacks to a few megabytes; this leaves room without letting memory run out */
  maxUnpackedBytes: 50 * 1024 * 1024,
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of an uploaded file: strict base64 (Buffer.from would silently skip what is not), never empty. */
export function decodeUpload(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new AppError('upload_damaged', {}, ['contentBase64']);
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length === 0) throw new AppError('upload_empty', {}, ['contentBase64']);
  return bytes;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOCTYPE = [Buffer.from('<!DOCTYPE', 'latin1'), Buffer.from('<!DOCTYPE', 'utf16le'), Buffer.from('<!ENTITY', 'latin1'), Buffer.from('<!ENTITY', 'utf16le')];

/**
 * Walks the zip as JSZip will (central directory, then each local header), unpacking every entry
 * with a cap on the output: refuses a file that is not a plain zip (`notZipCode`), one with too many
 * entries or too much unpacked data, one whose sizes lie, and any XML part with a DOCTYPE.
 */
export function checkUploadedZip(bytes: Uint8Array, notZipCode: 'form_unreadable' | 'workbook_unreadable'): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = () => new AppError(notZipCode);
  const tooLarge = () => new AppError('upload_too_large_unpacked', { limit: Math.round(UPLOAD_LIMITS.maxUnpackedBytes / 1024 / 1024), entries: UPLOAD_LIMITS.maxEntries });

  const end = lastSignature(data, EOCD);
  if (end < 0 || end + 22 > data.length) throw unreadable();
  const entryCount = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryOffset = data.readUInt32LE(end + 16);
  // zip64, or bytes before the zip (JSZip would shift every offset): neither comes from Word or Excel
  if (entryCount === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize !== end) throw unreadable();
  if (entryCount > UPLOAD_LIMITS.maxEntries) throw tooLarge();

  const entries: Array<{ name: string; method: number; flags: number; compressed: number; size: number; local: number }> = [];
  let declared = 0;
  for (let at = directoryOffset, index = 0; index < entryCount; index += 1) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL) throw unreadable();
    const nameLength = data.readUInt16LE(at + 28);
    const entry = {
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      local: data.readUInt32LE(at + 42),
    };
    entries.push(entry);
    declared += entry.size;
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  if (declared > UPLOAD_LIMITS.maxUnpackedBytes) throw tooLarge();

  let unpacked = 0;
  for (const entry of entries) {
    // encrypted entries, or methods JSZip cannot read
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw unreadable();
    if (entry.local + 30 > data.length || data.readUInt32LE(entry.local) !== LOCAL) throw unreadable();
    const start = entry.local + 30 + data.readUInt16LE(entry.local + 26) + data.readUInt16LE(entry.local + 28);
    if (start + entry.compressed > data.length) throw unreadable();
    const packed = data.subarray(start, start + entry.compressed);
    const budget = UPLOAD_LIMITS.maxUnpackedBytes - unpacked;
    let content: Buffer;
    if (entry.method === 0) content = packed;
    else {
      try {
        content = inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw unreadable();
      }
    }
    if (content.length !== entry.size) throw unreadable();
    unpacked += content.length;
    if (unpacked > UPLOAD_LIMITS.maxUnpackedBytes) throw tooLarge();
    if (/\.(xml|rels|vml)$/i.test(entry.name) && DOCTYPE.some((marker) => indexOfIgnoringCase(content, marker) >= 0)) throw new AppError('upload_unsafe_xml');
  }
}

function lastSignature(data: Buffer, signature: number): number {
  // the end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at -= 1) if (data.readUInt32LE(at) === signature) return at;
  return -1;
}

/** A search where the marker's ASCII letters match either case (`<!doctype` is as bad as `<!DOCTYPE`). */
function indexOfIgnoringCase(haystack: Buffer, marker: Buffer): number {
  const first = marker[0]!;
  for (let at = haystack.indexOf(first); at >= 0 && at + marker.length <= haystack.length; at = haystack.indexOf(first, at + 1)) {
    let same = true;
    for (let offset = 1; offset < marker.length && same; offset += 1) same = (haystack[at + offset]! | 0x20) === (marker[offset]! | 0x20);
    if (same) return at;
  }
  return -1;
}
