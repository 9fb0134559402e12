import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { reportUnexpectedError } from '../diagnostics/unexpected-errors.js';
import { Kysely } from 'kysely';
import { AppError } from '../domain/shared/app-error.js';
import { backupBeforeMigration, copyDatabaseTo } from './backup.js';
import { inspectNetworkFile } from './file-inspection.js';
import { migrateToLatest } from './migrate.js';
import type { NetworkStore } from './network-store.js';
import type { Database } from './schema.js';
import { SqliteConnection } from './sqlite-connection.js';
import { KotoverkkoSqliteDialect } from './sqlite-dialect.js';
import { fileErrorFromSqlite } from './sqlite-errors.js';

export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** where the automatic pre-upgrade backup goes */
  backupDirectory: string;
  now: () => Date;
  /** open read-only even where writing is allowed (another instance edits the network) */
  readOnly?: boolean;
}

/**
 * Opens an existing network file. Every check that can refuse the file runs before anything may
 * write to it; only a file that passes is opened read-write (or read-only when the file or medium
 * does not allow writing).
 */
export async function openNetworkFile(file: string, options: OpenOptions): Promise<NetworkStore> {
  const inspection = await inspectNetworkFile(file);
  // SQLite writes its journal beside the file, so a read-only folder means a read-only network.
  const writable =
    !options.readOnly &&
    (await Promise.all([access(file, constants.W_OK), access(dirname(file), constants.W_OK)]).then(
      () => true,
      () => false,
    ));
  if (!writable && inspection.pendingMigrations.length > 0) throw new AppError('read_only', { file });

  const connection = await SqliteConnection.open(file, { readOnly: !writable, create: false }).catch((error: unknown) => {
    throw fileErrorFromSqlite(error, file) ?? error;
  });
  try {
    await configureConnection(connection, writable);
    const db = new Kysely<Database>({ dialect: new KotoverkkoSqliteDialect(connection) });
    if (inspection.pendingMigrations.length > 0) {
      const backup = await backupBeforeMigration(db, file, options.backupDirectory, options.now());
      await migrateToLatest(db).catch((error: unknown) => {
        reportUnexpectedError(error);
        throw new AppError('migration_failed', { backup });
      });
    }
    return {
      db,
      location: file,
      readOnly: !writable,
      saveCopy: (target, copyOptions) => copyDatabaseTo(db, target, copyOptions),
      close: () => db.destroy(),
    };
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw fileErrorFromSqlite(error, file) ?? error;
  }
}

/** The rollback journal keeps the network one complete file whenever the app is idle, which is
 * what OneDrive and network drives need (they copy files whole). */
export async function configureConnection(connection: SqliteConnection, writable: boolean): Promise<void> {
  connection.setBusyTimeout(BUSY_TIMEOUT_MS);
  await connection.exec('pragma foreign_keys = on');
  if (writable) {
    await connection.exec('pragma journal_mode = delete');
    await connection.exec('pragma synchronous = full');
    // Take the write lock once: a file held by another program is refused now, not at the first save.
    await connection.exec('begin immediate; rollback');
  }
}
