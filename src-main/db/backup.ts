import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { backupFileName } from './backup-files.js';
import { placeFile } from './place-file.js';

/**
 * A consistent copy of a live database through SQLite itself (`VACUUM INTO`), never a file copy,
 * which could catch a write half-done. `VACUUM INTO` neither syncs nor writes atomically, so the
 * copy is made under a temporary name beside the target and placed whole.
 */
export async function copyDatabaseTo<DB>(db: Kysely<DB>, target: string, options: { overwrite: boolean }): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.copying`);
  try {
    await sql`vacuum into ${temporary}`.execute(db);
    await placeFile(temporary, target, options);
  } finally {
    await rm(temporary, { force: true });
  }
}

export async function backupBeforeMigration<DB>(db: Kysely<DB>, sourceFile: string, backupDirectory: string, now: Date): Promise<string> {
  await mkdir(backupDirectory, { recursive: true });
  const stem = basename(sourceFile, extname(sourceFile));
  const target = join(backupDirectory, backupFileName(stem, 'pre-upgrade', now));
  await copyDatabaseTo(db, target, { overwrite: false });
  return target;
}
