import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { calendarDateInHelsinki } from '../domain/shared/calendar.js';

/**
 * How backup files are named and which ones are kept. A backup's kind and moment are in its name
 * (`<network>.<kind>.<instant>.kotoverkko`), so the folder alone tells what it holds, without
 * opening a file. The pre-upgrade name is the one `backupBeforeMigration` has always written.
 */
export const BACKUP_KINDS = ['daily', 'weekly', 'pre-upgrade', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The rolling backups: the last 7 days and the last 4 weeks. */
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

const NAME_TOKEN: Record<BackupKind, string> = { daily: 'daily', weekly: 'weekly', 'pre-upgrade': 'before-upgrade', 'pre-restore': 'pre-restore' };
const KIND_OF_TOKEN = new Map(Object.entries(NAME_TOKEN).map(([kind, token]) => [token, kind as BackupKind]));
const BACKUP_NAME = /^(.+)\.(daily|weekly|before-upgrade|pre-restore)\.(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.kotoverkko$/;

export interface BackupFile {
  /** the file name, which also names the backup in the API (never a path) */
  name: string;
  file: string;
  kind: BackupKind;
  takenAt: string;
  /** Helsinki's calendar day of `takenAt` */
  date: string;
  size: number;
}

/** `now` as the file-name stamp `backupBeforeMigration` uses: an ISO instant without `:` and `.`. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function backupFileName(stem: string, kind: BackupKind, now: Date): string {
  return `${stem}.${NAME_TOKEN[kind]}.${backupStamp(now)}.kotoverkko`;
}

export function parseBackupName(name: string): { kind: BackupKind; takenAt: string } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, , token, day, hours, minutes, seconds, millis] = match;
  const takenAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(new Date(takenAt).getTime())) return null;
  return { kind: KIND_OF_TOKEN.get(token!)!, takenAt };
}

/** The backups in one folder, newest first; other files (and half-made `.copying` ones) are not backups. */
export async function listBackupFiles(folder: string): Promise<BackupFile[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = join(folder, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    found.push({ name, file, ...parsed, date: calendarDateInHelsinki(new Date(parsed.takenAt)), size: info.size });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || a.name.localeCompare(b.name));
}

/** Monday of the ISO week a calendar day (YYYY-MM-DD) falls in: one key per week. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Which rolling backups today still lacks: a daily one once a day, a weekly one once a week. */
export function dueRollingKinds(existing: readonly BackupFile[], today: string): BackupKind[] {
  const due: BackupKind[] = [];
  if (!existing.some((backup) => backup.kind === 'daily' && backup.date === today)) due.push('daily');
  if (!existing.some((backup) => backup.kind === 'weekly' && weekOf(backup.date) === weekOf(today))) due.push('weekly');
  return due;
}

/** The rolling backups beyond the newest 7 daily and 4 weekly ones; other kinds are never pruned. */
export function rollingBackupsToPrune(existing: readonly BackupFile[]): BackupFile[] {
  const newestFirst = [...existing].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return [
    ...newestFirst.filter((backup) => backup.kind === 'daily').slice(KEEP_DAILY),
    ...newestFirst.filter((backup) => backup.kind === 'weekly').slice(KEEP_WEEKLY),
  ];
}

export async function pruneRollingBackups(folder: string): Promise<string[]> {
  const prune = rollingBackupsToPrune(await listBackupFiles(folder));
  for (const backup of prune) await rm(backup.file, { force: true });
  return prune.map((backup) => backup.name);
}
