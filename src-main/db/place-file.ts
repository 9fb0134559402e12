import { link, open, rename, rm, stat } from 'node:fs/promises';
import { AppError } from '../domain/shared/app-error.js';

/** SQLite's companions of a database file: a leftover one would be replayed into whatever file takes the name. */
export const SIDE_FILE_SUFFIXES = ['-journal', '-wal'] as const;

/**
 * Puts a finished file (written under a temporary name in the same folder) at its final path,
 * whole: it is flushed to disk first and appears in one step. Without `overwrite` an existing
 * file is never replaced, not even by a second request racing this one (a hard link fails when
 * the name is taken, a rename would not).
 */
export async function placeFile(temporary: string, target: string, options: { overwrite: boolean }): Promise<void> {
  for (const suffix of SIDE_FILE_SUFFIXES) {
    if (await exists(`${target}${suffix}`)) throw new AppError('file_locked', { file: target });
  }
  const handle = await open(temporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (options.overwrite) {
    await rename(temporary, target);
    return;
  }
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('file_exists', { file: target });
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (await exists(target)) throw new AppError('file_exists', { file: target });
    await rename(temporary, target);
    return;
  }
  await rm(temporary, { force: true });
}

async function exists(path: string): Promise<boolean> {
  return Boolean(await stat(path).catch(() => null));
}
