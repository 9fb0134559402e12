import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { OpenFileInfo } from '../api/contract/session.js';
import { copyDatabaseTo } from '../db/backup.js';
import { type BackupFile, backupFileName, dueRollingKinds, listBackupFiles, pruneRollingBackups } from '../db/backup-files.js';
import { copyBackupTo, inspectBackupFile } from '../db/backup-inspection.js';
import type { NetworkStore } from '../db/network-store.js';
import { placeFile } from '../db/place-file.js';
import { readNetworkInfo } from '../domain/network/network-info.js';
import { AppError } from '../domain/shared/app-error.js';
import { calendarDateInHelsinki } from '../domain/shared/calendar.js';
import type { AppSession } from './app-session.js';

/**
 * Where a network's backups live: its rolling and pre-restore copies in a folder of its own under
 * the app's backup folder, named by the network's id (which every copy of the network keeps), so
 * two networks never mix. Pre-upgrade backups stay where they have always been, in the backup
 * folder itself; they are found by name and by the network id inside them.
 */
export async function networkBackupFolder(store: NetworkStore, backupDirectory: string): Promise<string> {
  const { id } = await readNetworkInfo(store.db);
  return join(backupDirectory, id);
}

function stemOf(file: string): string {
  return basename(file, extname(file));
}

/**
 * The rolling backup: a daily copy unless today has one, a weekly copy unless this week has one,
 * each through `VACUUM INTO`; then only the last 7 daily and 4 weekly copies are kept.
 * Returns the names of the copies made.
 */
export async function takeRollingBackupIfDue(store: NetworkStore, backupDirectory: string, now: Date): Promise<string[]> {
  const folder = await networkBackupFolder(store, backupDirectory);
  const due = dueRollingKinds(await listBackupFiles(folder), calendarDateInHelsinki(now));
  if (due.length === 0) return [];
  await mkdir(folder, { recursive: true });
  const made: string[] = [];
  for (const kind of due) {
    const name = backupFileName(stemOf(store.location), kind, now);
    await copyDatabaseTo(store.db, join(folder, name), { overwrite: false });
    made.push(name);
  }
  await pruneRollingBackups(folder);
  return made;
}

/** Every backup of the open network, newest first: its own folder and its pre-upgrade copies. */
export async function listNetworkBackups(store: NetworkStore, backupDirectory: string): Promise<BackupFile[]> {
  const folder = await networkBackupFolder(store, backupDirectory);
  const own = await listBackupFiles(folder);
  const { id } = await readNetworkInfo(store.db);
  const preUpgrade: BackupFile[] = [];
  for (const backup of await listBackupFiles(backupDirectory)) {
    if (backup.kind !== 'pre-upgrade') continue;
    // The shared folder holds every network's: only those with this network's id inside are ours.
    const inspection = await inspectBackupFile(backup.file).catch(() => null);
    if (inspection?.networkId === id) preUpgrade.push(backup);
  }
  return [...own, ...preUpgrade].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || a.name.localeCompare(b.name));
}

export interface RestoreResult {
  file: OpenFileInfo;
  /** the name of the copy of the network as it was just before the restore */
  preRestoreBackup: string;
}

/**
 * Puts a backup in place of the open network file and opens it. Every check runs first, and a
 * refusal changes nothing. Then the network as it is now is kept as a pre-restore copy (so the
 * restore itself can be undone), the backup is copied through SQLite into a temporary file
 * beside the network file and renamed over it whole, the way "Save a copy" places files.
 */
export async function restoreNetworkBackup(session: AppSession, name: string): Promise<RestoreResult> {
  const store = session.requireNetwork();
  if (store.readOnly) throw new AppError('read_only', { file: store.location });
  const backupDirectory = session.options.backupDirectory;
  const backup = (await listNetworkBackups(store, backupDirectory)).find((entry) => entry.name === name);
  if (!backup) throw new AppError('backup_not_found', { name });
  const inspection = await inspectBackupFile(backup.file);
  const { id } = await readNetworkInfo(store.db);
  if (inspection.networkId !== id) throw new AppError('backup_other_network', { name });

  const target = store.location;
  const folder = await networkBackupFolder(store, backupDirectory);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.restoring`);
  try {
    await copyBackupTo(backup.file, temporary);
    await mkdir(folder, { recursive: true });
    const preRestoreBackup = backupFileName(stemOf(target), 'pre-restore', session.clock.now());
    await copyDatabaseTo(store.db, join(folder, preRestoreBackup), { overwrite: false });
    // Let go of the file first, or our connection would go on writing into the replaced one.
    await session.closeFile();
    try {
      await placeFile(temporary, target, { overwrite: true });
    } catch (error) {
      await session.openFile(target).catch(() => undefined);
      throw error;
    }
    try {
      return { file: await session.openFile(target), preRestoreBackup };
    } catch (error) {
      // The backup passed every check but would not open (e.g. its upgrade failed): put back the network as it was.
      await copyBackupTo(join(folder, preRestoreBackup), temporary);
      await placeFile(temporary, target, { overwrite: true });
      await session.openFile(target);
      throw error;
    }
  } finally {
    await rm(temporary, { force: true });
  }
}
