import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportResult } from '../api/contract/documents.js';
import { SQLITE_MAGIC } from '../db/file-inspection.js';
import { AppError } from '../domain/shared/app-error.js';
import type { AppSession } from '../session/app-session.js';
import type { ExportJob } from './export-job.js';
import { runExportWorker } from './run-export-worker.js';

/**
 * Every export's last steps: asks where to save (null when the user cancels), builds the file in
 * the export worker and writes it whole. The data is read and checked before, by the caller, so a
 * refused export never opens the save dialog.
 */
export async function saveExport(session: AppSession, suggestedName: string, job: ExportJob): Promise<ExportResult | null> {
  const path = await session.options.fileHost.pickExportPath(suggestedName);
  if (!path) return null;
  const bytes = await runExportWorker(job);
  await writeExportFile(path, bytes);
  return exportResult(session, path, bytes.byteLength);
}

/**
 * Writes an export whole or not at all: under a temporary name in the same folder, flushed, then
 * renamed over the target in one step. A crash or a full disk leaves the old file (or none), never
 * half a document. An existing export is replaced; a network data file never is.
 */
export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  const path = resolve(target);
  if (await isSqliteFile(path)) throw new AppError('export_target_is_network', { file: path });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof AppError) throw error;
    const failure = error as NodeJS.ErrnoException;
    throw new AppError('file_write_failed', { file: path, reason: failure.code ?? String(failure.message).slice(0, 200) });
  }
}

async function isSqliteFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    await handle.close();
  }
}

/** Exports written in a session: the only files `exports.open` will open (the page never names any other). */
const written = new WeakMap<AppSession, Set<string>>();

export function wasWrittenIn(session: AppSession, path: string): boolean {
  return written.get(session)?.has(resolve(path)) ?? false;
}

/** The result the page gets: the browser host also gets the address to download the file from. */
export function exportResult(session: AppSession, path: string, byteLength: number): ExportResult {
  const absolute = resolve(path);
  const set = written.get(session) ?? new Set<string>();
  set.add(absolute);
  written.set(session, set);
  const fileName = basename(absolute);
  return {
    path: absolute,
    fileName,
    byteLength,
    downloadUrl: session.options.door === 'browser' ? `/downloads/${encodeURIComponent(fileName)}` : null,
  };
}
