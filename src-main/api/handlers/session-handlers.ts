import { mkdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { populateDemoNetwork } from '../../domain/demo/demo-network.js';
import { insertNetworkInfo, readNetworkInfo, updateNetworkInfo } from '../../domain/network/network-info.js';
import { AppError } from '../../domain/shared/app-error.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import { fileNameFor } from '../../session/file-host.js';
import type { sessionContract } from '../contract/session.js';
import type { HandlersFor } from './handler-context.js';
import { APP_VERSION } from '../../app-version.js';

export const sessionHandlers: HandlersFor<typeof sessionContract> = {
  'app.info': async (_input, { session }) => ({
    version: APP_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    door: session.options.door,
    nativeDialogs: session.options.fileHost.nativeDialogs,
  }),

  'settings.get': async (_input, { session }) => {
    const { userName, uiLanguage } = session.options.settings.get();
    return { userName, uiLanguage };
  },

  'settings.update': async (change, { session }) => {
    const { userName, uiLanguage } = await session.options.settings.update({
      ...(change.userName !== undefined ? { userName: change.userName ?? '' } : {}),
      ...(change.uiLanguage !== undefined ? { uiLanguage: change.uiLanguage } : {}),
    });
    return { userName, uiLanguage };
  },

  'files.current': async (_input, { session }) => session.currentFileInfo(),

  'files.recent': async (_input, { session }) => {
    const recent = session.options.settings.get().recentFiles;
    const offered = await session.options.fileHost.listOfferedFiles();
    const entries = [...recent];
    for (const path of offered) if (!entries.some((entry) => resolve(entry.path) === path)) entries.push({ path, lastOpenedAt: '' });
    return Promise.all(
      entries.map(async (entry) => ({ path: entry.path, fileName: basename(entry.path), lastOpenedAt: entry.lastOpenedAt, exists: await session.fileExists(entry.path) })),
    );
  },

  'files.open': async ({ path }, { session }) => {
    if (path !== undefined) {
      if (!(await session.permittedPaths()).has(resolve(path))) throw new AppError('file_not_permitted', { file: path });
      return session.openFile(path);
    }
    const picked = await session.options.fileHost.pickNetworkToOpen();
    return picked ? session.openFile(picked) : null;
  },

  'files.new': async ({ networkName, region }, { session }) => {
    const suggested = fileNameFor(pickLocalized(networkName, session.locale)?.text ?? '');
    const path = await session.options.fileHost.pickNewNetworkPath(suggested);
    if (!path) return null;
    const author = { changedBy: session.changedBy, now: session.clock.now() };
    // A native save dialog has already asked whether to replace an existing file.
    return session.createFile(path, (db) => insertNetworkInfo(db, author, networkName, region, false), session.options.fileHost.nativeDialogs);
  },

  'files.openDemo': async ({ fresh }, { session }) => {
    const path = session.options.fileHost.demoNetworkPath();
    if (!fresh && (await session.fileExists(path))) return session.openFile(path);
    // The demo lives in the app's own folder, which a first start has not made yet.
    await mkdir(dirname(path), { recursive: true });
    const now = session.clock.now();
    return session.createFile(path, (db) => populateDemoNetwork(db, now), true);
  },

  'files.saveCopyAs': async (_input, { session }) => {
    const store = session.requireNetwork();
    const stem = basename(store.location).replace(/\.kotoverkko$/, '');
    const path = await session.options.fileHost.pickCopyPath(`${stem}-kopio.kotoverkko`);
    if (!path) return null;
    // A native save dialog has already asked whether to replace an existing file.
    await store.saveCopy(path, { overwrite: session.options.fileHost.nativeDialogs });
    return path;
  },

  'files.close': async (_input, { session }) => {
    await session.closeFile();
    return null;
  },

  'network.get': async (_input, { db }) => {
    const { id: _id, ...info } = await readNetworkInfo(db);
    return info;
  },

  'network.update': async ({ expectedVersion, name, region }, { db, author }) => {
    return updateNetworkInfo(db, author, expectedVersion, name, region);
  },
};
