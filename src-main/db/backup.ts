import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * A consistent copy of a live database through SQLite itself (`VACUUM INTO`), never a file copy,
 * which could catch a write half-done.
 */
export async function backupInto<DB>(db: Kysely<DB>, target: string): Promise<void> {
  await sql`vacuum into ${target}`.execute(db);
}

export async function backupBeforeMigration<DB>(db: Kysely<DB>, sourceFile: string, backupDirectory: string, now: Date): Promise<string> {
  await mkdir(backupDirectory, { recursive: true });
  const stem = basename(sourceFile, extname(sourceFile));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(backupDirectory, `${stem}.before-upgrade.${stamp}.kotoverkko`);
  await backupInto(db, target);
  return target;
}
