import { randomBytes } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Kysely } from 'kysely';
import { AppError } from '../domain/shared/app-error.js';
import { APPLICATION_ID } from './file-inspection.js';
import { migrateToLatest } from './migrate.js';
import type { Queryable } from './network-store.js';
import type { Database } from './schema.js';
import { SqliteConnection } from './sqlite-connection.js';
import { KotoverkkoSqliteDialect } from './sqlite-dialect.js';
import { configureConnection } from './open-network-file.js';
import { placeFile } from './place-file.js';

export interface CreateOptions {
  overwrite: boolean;
  /** fills the new file; runs in one transaction */
  initialize: (db: Queryable) => Promise<void>;
}

/**
 * Creates a network file whole or not at all: it is built under a temporary name in the same
 * folder and renamed into place only when complete, so nobody ever sees half a network.
 */
export async function createNetworkFile(file: string, options: CreateOptions): Promise<void> {
  const folder = dirname(file);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new AppError('file_folder_missing', { folder });
  if (!options.overwrite && (await stat(file).catch(() => null))) throw new AppError('file_exists', { file });

  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.creating`);
  let connection: SqliteConnection | null = null;
  try {
    connection = await SqliteConnection.open(temporary, { readOnly: false, create: true });
    await connection.exec(`pragma application_id = ${APPLICATION_ID}`);
    await configureConnection(connection, true);
    const db = new Kysely<Database>({ dialect: new KotoverkkoSqliteDialect(connection) });
    await migrateToLatest(db);
    await db.transaction().execute((trx) => options.initialize(trx));
    await db.destroy();
    connection = null;
    await placeFile(temporary, file, { overwrite: options.overwrite });
  } catch (error) {
    await connection?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    await rm(`${temporary}-journal`, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('file_write_failed', { file, reason: error instanceof Error ? error.message : String(error) });
  }
}
