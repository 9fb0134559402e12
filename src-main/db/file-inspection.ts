import { open, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { AppError } from '../domain/shared/app-error.js';
import { migrations } from './migrations/index.js';
import { SqliteConnection } from './sqlite-connection.js';
import { fileErrorFromSqlite } from './sqlite-errors.js';

/** "KOTO": written into every network file's header so we never mistake another database for ours. */
export const APPLICATION_ID = 0x4b4f544f;
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_LENGTH = 100;
const APPLICATION_ID_OFFSET = 68;

export interface FileInspection {
  appliedMigrations: string[];
  pendingMigrations: string[];
}

/**
 * Decides whether a file may be opened, without changing a byte of it or leaving any file
 * beside it: first the header read as plain bytes, then a probe through a connection that
 * cannot write (`immutable=1`, read-only: no locks, no journal).
 */
export async function inspectNetworkFile(file: string): Promise<FileInspection> {
  const header = await readHeader(file);
  if (header.length === 0) throw new AppError('file_empty', { file });
  if (header.length < HEADER_LENGTH || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new AppError('file_not_network', { file });
  }
  if (header.readUInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) {
    throw new AppError('file_foreign_database', { file });
  }
  const appliedMigrations = await readAppliedMigrations(file);
  const known = Object.keys(migrations);
  const unknown = appliedMigrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new AppError('file_newer_version', { file, fileVersion: appliedMigrations.length, appVersion: known.length });
  }
  return { appliedMigrations, pendingMigrations: known.filter((name) => !appliedMigrations.includes(name)) };
}

async function readHeader(file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new AppError('file_not_found', { file });
  }
  if (info.isDirectory()) throw new AppError('file_is_directory', { file });
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new AppError(error.code === 'EACCES' || error.code === 'EPERM' ? 'file_not_permitted' : 'file_locked', { file });
  });
  try {
    const buffer = Buffer.alloc(HEADER_LENGTH);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_LENGTH, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readAppliedMigrations(file: string): Promise<string[]> {
  const uri = `${readOnlyUri(file)}?immutable=1&mode=ro`;
  let probe: SqliteConnection;
  try {
    probe = await SqliteConnection.open(uri, { readOnly: true, create: false, uri: true });
  } catch (error) {
    throw fileErrorFromSqlite(error, file) ?? new AppError('file_not_network', { file });
  }
  try {
    const tables = await probe.all<{ name: string }>(
      "select name from sqlite_master where type = 'table' and name = 'kysely_migration'",
    );
    if (tables.length === 0) throw new AppError('file_foreign_database', { file });
    const rows = await probe.all<{ name: string }>('select name from kysely_migration order by name');
    return rows.map((row) => row.name);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Without locks the probe can catch a colleague's save half-done; a journal beside says so.
    if (await exists(`${file}-journal`)) throw new AppError('file_locked', { file });
    throw fileErrorFromSqlite(error, file) ?? new AppError('file_corrupt', { file });
  } finally {
    await probe.close();
  }
}

/** A `file:` URI SQLite accepts; a Windows share (\\server\share) keeps its server in the path,
 * because this SQLite build refuses a URI authority. */
function readOnlyUri(file: string): string {
  const url = pathToFileURL(file);
  return url.host ? `file:////${url.host}${url.pathname}` : url.href;
}

async function exists(path: string): Promise<boolean> {
  return Boolean(await stat(path).catch(() => null));
}
