import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { SQLITE_MAGIC } from '../db/file-inspection.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Serves the built renderer and nothing else: the decoded path must stay inside the root, and
 * only known web file types are served (never a network file, whatever its name).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const absolute = resolve(absoluteRoot, relative);
  if (!absolute.startsWith(absoluteRoot + sep)) return null;
  const contentType = CONTENT_TYPES[extname(absolute).toLowerCase()];
  if (!contentType) return null;
  const info = await stat(absolute).catch(() => null);
  if (!info?.isFile()) return null;
  const body = await readFile(absolute);
  // A network file copied into the folder as "something.json" is still a network file.
  if (body.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return null;
  return { body, contentType };
}
