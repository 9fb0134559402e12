import { basename, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { OpenFileInfo } from '../api/contract/session.js';
import { createNetworkFile } from '../db/create-network-file.js';
import type { NetworkStore, Queryable } from '../db/network-store.js';
import { acquireNetworkFileLock, findLiveLockOwner, type HeldLock, LOCK_REFRESH_MS, type LockOwner } from '../db/network-file-lock.js';
import { openNetworkFile } from '../db/open-network-file.js';
import { reportUnexpectedError } from '../diagnostics/unexpected-errors.js';
import { readNetworkInfo } from '../domain/network/network-info.js';
import { AppError } from '../domain/shared/app-error.js';
import type { Clock } from '../domain/shared/clock.js';
import { pickLocalized } from '../domain/shared/localized-text.js';
import { openedElsewhereMessage } from '../i18n/file-lock-messages.js';
import type { Locale } from '../i18n/locales.js';
import type { FileHost } from './file-host.js';
import { takeRollingBackupIfDue } from './network-backups.js';
import type { SettingsStore } from './settings-store.js';

export type Door = 'electron' | 'browser' | 'cli';

/** How often an open network checks whether its daily backup is due (it is taken at most once a day). */
export const ROLLING_BACKUP_CHECK_MS = 60 * 60 * 1000;

export interface SessionOptions {
  door: Door;
  clock: Clock;
  settings: SettingsStore;
  fileHost: FileHost;
  backupDirectory: string;
  version: string;
}

/**
 * One user's session: which network file is open, their settings, and the door's file dialogs.
 * Each door (Electron, browser host, command line) makes one and hands it to the dispatcher.
 */
export class AppSession {
  private store: NetworkStore | null = null;
  private backupTimer: ReturnType<typeof setInterval> | null = null;
  private backupInFlight: Promise<unknown> = Promise.resolve();
  /** the owner file this instance holds beside its network (src-main/db/network-file-lock.ts) */
  private fileLock: HeldLock | null = null;
  private lockTimer: ReturnType<typeof setInterval> | null = null;
  /** set when the network is read-only because another instance edits it */
  private openedElsewhere: { owner: LockOwner | null } | null = null;

  constructor(readonly options: SessionOptions) {}

  get clock(): Clock {
    return this.options.clock;
  }

  get locale(): Locale {
    return this.options.settings.get().uiLanguage;
  }

  /** Who the change log names: the user's name from the settings. */
  get changedBy(): string {
    return this.options.settings.get().userName || 'Kotoverkko';
  }

  get network(): NetworkStore | null {
    return this.store;
  }

  requireNetwork(): NetworkStore {
    if (!this.store) throw new AppError('no_network_open');
    return this.store;
  }

  /**
   * Opens a file; the one open before is closed only once the new one has opened. A network that
   * another app instance edits (a live owner file beside it) opens read-only, naming who has it;
   * otherwise this instance writes its own owner file, only after the open succeeded, so a file
   * the app refuses is left without anything beside it.
   */
  async openFile(path: string): Promise<OpenFileInfo> {
    const absolute = resolve(path);
    const openOptions = { backupDirectory: this.options.backupDirectory, now: () => this.clock.now() };
    // Reopening the network this instance already edits keeps its owner file.
    const ownLock = this.fileLock?.file === absolute ? this.fileLock : null;
    let elsewhere = ownLock ? null : await findLiveLockOwner(absolute, this.clock.now());
    let store = await openNetworkFile(absolute, { ...openOptions, readOnly: elsewhere !== null });
    let lock = ownLock;
    if (!store.readOnly && !lock) {
      const result = await acquireNetworkFileLock(absolute, { userName: this.options.settings.get().userName }, this.clock.now()).catch(
        (error: unknown) => {
          // No owner file (e.g. the share refuses new files): SQLite's locks still keep the file safe.
          reportUnexpectedError(error);
          return null;
        },
      );
      if (result?.kind === 'acquired') lock = result.lock;
      else if (result?.kind === 'held') {
        // another instance opened it a moment before us
        await store.close();
        elsewhere = { owner: result.owner };
        store = await openNetworkFile(absolute, { ...openOptions, readOnly: true });
      }
    }
    if (ownLock) this.fileLock = null;
    await this.closeFile();
    this.store = store;
    this.fileLock = lock;
    this.openedElsewhere = elsewhere;
    this.startLockRefresh();
    await this.options.settings.rememberRecent(absolute, this.clock.now());
    await this.startRollingBackups();
    return this.currentFileInfo() as Promise<OpenFileInfo>;
  }

  private startLockRefresh(): void {
    const lock = this.fileLock;
    if (!lock) return;
    this.lockTimer = setInterval(() => void lock.refresh(this.clock.now(), this.options.settings.get().userName).catch(reportUnexpectedError), LOCK_REFRESH_MS);
    this.lockTimer.unref?.();
  }

  async createFile(path: string, initialize: (db: Queryable) => Promise<void>, overwrite = false): Promise<OpenFileInfo> {
    // Replacing the open file: let go of it first, or its connection would write into the new one.
    if (overwrite && this.store?.location === resolve(path)) await this.closeFile();
    await createNetworkFile(resolve(path), { overwrite, initialize });
    return this.openFile(path);
  }

  async closeFile(): Promise<void> {
    const store = this.store;
    this.store = null;
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    if (this.lockTimer) clearInterval(this.lockTimer);
    this.lockTimer = null;
    this.openedElsewhere = null;
    const lock = this.fileLock;
    this.fileLock = null;
    await this.backupInFlight;
    await store?.close();
    // after the connection is closed, so the owner file never vanishes while this instance writes
    await lock?.release().catch(reportUnexpectedError);
  }

  /**
   * The rolling daily backup (src-main/session/network-backups.ts): when a network opens, and
   * hourly while it stays open, at most once a day. The command line runs one command and leaves,
   * so it takes none. A failed backup is reported, never a reason to refuse the network.
   */
  async takeRollingBackupIfDue(): Promise<string[]> {
    const store = this.store;
    if (!store) return [];
    const run = this.backupInFlight.then(() =>
      this.store === store ? takeRollingBackupIfDue(store, this.options.backupDirectory, this.clock.now()) : [],
    );
    this.backupInFlight = run.catch(() => undefined);
    return run;
  }

  private async startRollingBackups(): Promise<void> {
    if (this.options.door === 'cli') return;
    await this.takeRollingBackupIfDue().catch(reportUnexpectedError);
    this.backupTimer = setInterval(() => void this.takeRollingBackupIfDue().catch(reportUnexpectedError), ROLLING_BACKUP_CHECK_MS);
    this.backupTimer.unref?.();
  }

  async currentFileInfo(): Promise<OpenFileInfo | null> {
    if (!this.store) return null;
    const info = await readNetworkInfo(this.store.db);
    return {
      path: this.store.location,
      fileName: basename(this.store.location),
      networkName: pickLocalized(info.name, this.locale)?.text ?? basename(this.store.location),
      isDemo: info.isDemo,
      readOnly: this.store.readOnly,
      ...(this.openedElsewhere ? { readOnlyReason: openedElsewhereMessage(this.openedElsewhere.owner, this.locale) } : {}),
    };
  }

  /** Paths the user may open without a dialog: recent files and the door's offered files. */
  async permittedPaths(): Promise<Set<string>> {
    const recent = this.options.settings.get().recentFiles.map((entry) => entry.path);
    const offered = await this.options.fileHost.listOfferedFiles();
    return new Set([...recent, ...offered].map((path) => resolve(path)));
  }

  async fileExists(path: string): Promise<boolean> {
    return Boolean(await stat(path).catch(() => null));
  }
}
