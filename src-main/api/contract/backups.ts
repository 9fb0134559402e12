import { z } from 'zod';
import { method } from './define.js';
import type { OpenFileInfo } from './session.js';

/** One backup of the open network, as the Settings page lists it. */
export interface BackupInfo {
  /** the backup's file name: what `backups.restore` takes (never a path) */
  name: string;
  /** 'daily' | 'weekly' | 'pre-upgrade' (before a schema upgrade) | 'pre-restore' (before a restore) */
  kind: 'daily' | 'weekly' | 'pre-upgrade' | 'pre-restore';
  /** UTC ISO instant */
  takenAt: string;
  /** Helsinki's calendar day of `takenAt` */
  date: string;
  /** bytes */
  size: number;
}

export interface BackupRestoreResult {
  file: OpenFileInfo;
  /** the copy of the network as it was just before, itself listed and restorable */
  preRestoreBackup: string;
}

// A backup is named by its file name alone, so no input can point outside the backup folders.
const BACKUP_NAME = /^[^./\\\0][^/\\\0]*\.kotoverkko$/;
const backupNameSchema = z
  .string()
  .max(300)
  .refine((name) => BACKUP_NAME.test(name), { params: { code: 'invalid_input' } });

/** Backups of the open network: the rolling daily copies, and restoring one (issue 7). */
export const backupsContract = {
  'backups.list': method<BackupInfo[]>()({
    summary: 'The open network’s backups, newest first: daily, weekly, pre-upgrade and pre-restore copies',
    writes: false,
    input: z.strictObject({}),
  }),
  'backups.restore': method<BackupRestoreResult>()({
    summary: 'Replace the open network with one of its backups, keeping a pre-restore copy, and open it',
    writes: true,
    // It closes and reopens the file itself, so it runs outside the dispatcher's transaction.
    scope: 'app',
    longRunning: true,
    input: z.strictObject({ name: backupNameSchema }),
  }),
};
