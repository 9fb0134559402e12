import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../domain/shared/app-error.js';
import { inspectNetworkFile } from './file-inspection.js';
import { SqliteConnection } from './sqlite-connection.js';

export interface BackupInspection {
  /** `network_info.id`: the same network keeps it in every copy and backup */
  networkId: string;
  schemaVersion: number;
}

/**
 * Decides whether a backup may be restored, without writing a byte of it: the same checks as
 * opening a network (`inspectNetworkFile`), then SQLite's own `quick_check` and the network's id
 * through a read-only, immutable connection. Refusals speak of the backup, not of "the file".
 */
export async function inspectBackupFile(file: string): Promise<BackupInspection> {
  const name = basename(file);
  let schemaVersion: number;
  try {
    schemaVersion = (await inspectNetworkFile(file)).appliedMigrations.length;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'file_newer_version') throw new AppError('backup_newer_version', { name, fileVersion: error.params.fileVersion ?? '', appVersion: error.params.appVersion ?? '' });
    if (error.code === 'file_corrupt') throw new AppError('backup_damaged', { name });
    if (error.code === 'file_locked' || error.code === 'file_not_permitted') throw error;
    throw new AppError('backup_not_network', { name });
  }
  const probe = await openImmutable(file).catch(() => {
    throw new AppError('backup_not_network', { name });
  });
  try {
    const check = await probe.all<{ quick_check: string }>('pragma quick_check').catch(() => []);
    if (check.length !== 1 || check[0]!.quick_check !== 'ok') throw new AppError('backup_damaged', { name });
    const rows = await probe.all<{ id: string }>('select id from network_info').catch(() => []);
    if (rows.length !== 1) throw new AppError('backup_not_network', { name });
    return { networkId: rows[0]!.id, schemaVersion };
  } finally {
    await probe.close().catch(() => undefined);
  }
}

/**
 * A backup copied to `target` through SQLite (`VACUUM INTO` from a read-only connection), so the
 * copy is a fresh, complete database whatever the backup file's pages looked like. `target` must
 * not exist; the caller places it.
 */
export async function copyBackupTo(file: string, target: string): Promise<void> {
  const connection = await openImmutable(file);
  try {
    await connection.run('vacuum into ?', [target]);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Nothing written beside the backup (no journal, no lock): nobody else writes a backup file. */
function openImmutable(file: string): Promise<SqliteConnection> {
  const url = pathToFileURL(file);
  // A Windows share (\\server\share) keeps its server in the path: this SQLite refuses a URI authority.
  const uri = url.host ? `file:////${url.host}${url.pathname}` : url.href;
  return SqliteConnection.open(`${uri}?immutable=1&mode=ro`, { readOnly: true, create: false, uri: true });
}
