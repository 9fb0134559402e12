import { mkdir } from 'node:fs/promises';
import { APP_VERSION } from '../app-version.js';
import { type Clock, systemClock } from '../domain/shared/clock.js';
import { AppSession, type Door } from './app-session.js';
import { appPaths } from './app-paths.js';
import type { FileHost } from './file-host.js';
import { FolderFileHost } from './folder-file-host.js';
import { SettingsStore } from './settings-store.js';

export interface SessionSetup {
  door: Door;
  /** defaults to a folder host on `workspace` (no dialogs) */
  fileHost?: FileHost;
  workspace?: string;
  clock?: Clock;
  /** false keeps settings in memory (command line) */
  persistSettings?: boolean;
}

/** The same session for every door; only the file dialogs differ. */
export async function createSession(setup: SessionSetup): Promise<AppSession> {
  const paths = appPaths();
  const workspace = setup.workspace ?? paths.networksDirectory;
  if (!setup.fileHost) await mkdir(workspace, { recursive: true });
  const settings = new SettingsStore(setup.persistSettings === false ? null : paths.settingsFile);
  await settings.load();
  return new AppSession({
    door: setup.door,
    clock: setup.clock ?? systemClock,
    settings,
    fileHost: setup.fileHost ?? new FolderFileHost(workspace, paths.demoFile),
    backupDirectory: paths.backupDirectory,
    version: APP_VERSION,
  });
}
