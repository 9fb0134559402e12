import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowSetup {
  /** absolute path of out/preload/index.cjs */
  preloadPath: string;
  /** DevTools only while developing (not in a packaged app) */
  isDevelopment: boolean;
}

/** Mantine's light body colour, so the window does not flash white-then-grey while loading. */
export const WINDOW_BACKGROUND = '#ffffff';

/**
 * The one app window. Every line of Electron's security checklist that lives in webPreferences is
 * spelled out, even where it is already the default, so a review sees them and a test pins them.
 */
export function mainWindowOptions(setup: WindowSetup): BrowserWindowConstructorOptions {
  return {
    title: 'Kotoverkko',
    width: 1280,
    height: 840,
    // The actor tables and the matrix need room; smaller than this the layout stops making sense.
    minWidth: 900,
    minHeight: 600,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    autoHideMenuBar: !setup.isDevelopment,
    webPreferences: {
      preload: setup.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // People write meeting notes and descriptions; the OS spell checker helps (fi, sv, en).
      spellcheck: true,
      devTools: setup.isDevelopment,
    },
  };
}
