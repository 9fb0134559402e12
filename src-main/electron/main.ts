import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session as electronSession, shell } from 'electron';
import { dispatch, toApiError } from '../api/dispatch.js';
import type { AppSession } from '../session/app-session.js';
import { createSession } from '../session/create-session.js';
import { applicationMenuTemplate } from './app-menu.js';
import { APP_ENTRY_URL } from './app-origin.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { ElectronFileHost } from './electron-file-host.js';
import { createIpcHandler } from './ipc-handler.js';
import { type LaunchRequest, launchRequestFrom } from './launch-args.js';
import { applyNavigationGuards, denyAllPermissions } from './navigation-guards.js';
import { IPC_CHANNEL } from './preload-allowlist.js';
import { mainWindowOptions } from './window-options.js';

/**
 * The Electron door: one window onto the same contract and dispatcher as the browser host. This
 * file only wires Electron's objects to the plain, tested pieces next to it.
 */

const isDevelopment = !app.isPackaged;
// electron-vite builds this file to out/main/index.js, next to out/preload and out/renderer.
const RENDERER_ROOT = join(import.meta.dirname, '..', 'renderer');
const PRELOAD_PATH = join(import.meta.dirname, '..', 'preload', 'index.cjs');

// Settings, backups and the demo network live in Electron's userData folder. A given
// KOTOVERKKO_HOME (tests) moves Chromium's profile there too, so a test run has its own
// single-instance lock and never meets the user's running app.
if (process.env.KOTOVERKKO_HOME) app.setPath('userData', join(process.env.KOTOVERKKO_HOME, 'electron-profile'));
else process.env.KOTOVERKKO_HOME = app.getPath('userData');

registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let appSession: AppSession | null = null;
let pendingLaunch: LaunchRequest = launchRequestFrom(process.argv.slice(1), process.cwd());
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  // The running app gets our argv through `second-instance`.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => applyNavigationGuards(contents, openExternally));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openLater(launchRequestFrom(argv, workingDirectory));
  });
  // macOS hands over double-clicked files this way, also before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openLater({ kind: 'file', path });
  });
  // One window: closing it ends the app on every platform, macOS included.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (quitting || !appSession?.network) return;
    // Close the network file cleanly (SQLite journal settled) before the process ends.
    event.preventDefault();
    quitting = true;
    void appSession.closeFile().finally(() => app.quit());
  });
  app.whenReady().then(start, fail).catch(fail);
}

async function start(): Promise<void> {
  denyAllPermissions(electronSession.defaultSession);
  serveAppProtocol(protocol, RENDERER_ROOT);
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, isDevelopment)));
  const session = await createSession({
    door: 'electron',
    fileHost: new ElectronFileHost({ dialog, window: () => mainWindow, defaultFolder: documentsFolder() }),
  });
  ipcMain.handle(IPC_CHANNEL, createIpcHandler({ session, mainWebContentsId: () => mainWindow?.webContents.id ?? null }));
  await openLaunchRequest(session, takePendingLaunch());
  appSession = session;
  createMainWindow();
  // A second launch that arrived while we were starting.
  await openLater(takePendingLaunch());
}

function takePendingLaunch(): LaunchRequest {
  const launch = pendingLaunch;
  pendingLaunch = { kind: 'none' };
  return launch;
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: PRELOAD_PATH, isDevelopment }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Kotoverkko: the window did not load', error));
}

/** A file or `--demo` from a later launch: opened in this app, then the page reloads to show it. */
async function openLater(request: LaunchRequest): Promise<void> {
  if (request.kind === 'none') return;
  if (!appSession || !mainWindow) {
    pendingLaunch = request;
    return;
  }
  if (await openLaunchRequest(appSession, request)) mainWindow.reload();
}

/**
 * The path comes from the operating system (command line, Finder), never from the page, so it
 * is opened directly rather than through `files.open`'s recent-files allowlist.
 */
async function openLaunchRequest(session: AppSession, request: LaunchRequest): Promise<boolean> {
  if (request.kind === 'none') return false;
  let problem: string | null = null;
  if (request.kind === 'file') {
    problem = await session.openFile(request.path).then(
      () => null,
      (error: unknown) => toApiError(error, session.locale).message,
    );
  } else {
    const answer = await dispatch(session, 'files.openDemo', {});
    if (!answer.ok) problem = answer.error.message;
  }
  if (problem) dialog.showErrorBox('Kotoverkko', problem);
  return problem === null;
}

function openExternally(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('Kotoverkko: could not open a link', error));
}

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return homedir();
  }
}

function fail(error: unknown): void {
  console.error('Kotoverkko: the app could not start', error);
  dialog.showErrorBox('Kotoverkko', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
