import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';
import { SQLITE_MAGIC } from '../db/file-inspection.js';

/** The exports a page may download, by extension; nothing else in the folder is served. */
const DOWNLOAD_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const DOWNLOADS_PREFIX = '/downloads/';

export interface Download {
  body: Buffer;
  contentType: string;
  /** an attachment, named in plain ASCII and exactly (RFC 6266 / 5987) */
  contentDisposition: string;
}

/**
 * A file from the exports folder, named by the last part of `/downloads/<fileName>`: one plain
 * file name (no folders, no `..`, no absolute path), of an export type, that really lies in the
 * folder (a link pointing out of it is refused), and is not a network data file.
 */
export async function readDownload(exportsFolder: string | null, urlPath: string): Promise<Download | null> {
  if (!exportsFolder || !urlPath.startsWith(DOWNLOADS_PREFIX)) return null;
  let fileName: string;
  try {
    fileName = decodeURIComponent(urlPath.slice(DOWNLOADS_PREFIX.length));
  } catch {
    return null;
  }
  if (!isPlainFileName(fileName)) return null;
  const contentType = DOWNLOAD_TYPES[extname(fileName).toLowerCase()];
  if (!contentType) return null;
  const folder = resolve(exportsFolder);
  const absolute = await realpath(join(folder, fileName)).catch(() => null);
  const realFolder = await realpath(folder).catch(() => null);
  if (!absolute || !realFolder || !absolute.startsWith(realFolder + sep)) return null;
  if (!(await stat(absolute)).isFile()) return null;
  const body = await readFile(absolute);
  if (body.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return null;
  return { body, contentType, contentDisposition: attachment(fileName) };
}

function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes('\0') &&
    !name.includes('..') &&
    !name.startsWith('.') &&
    !isAbsolute(name) &&
    !/^[A-Za-z]:/.test(name)
  );
}

function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'download';
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
