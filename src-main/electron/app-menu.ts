import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. The app's own commands live in the page; the menu holds only what the
 * platform and accessibility expect: editing shortcuts and zoom (Ctrl/Cmd + plus and minus work
 * through these items; the menu bar itself stays hidden on Windows and Linux until Alt is
 * pressed). DevTools appear only while developing: a packaged app has no menu item, shortcut or
 * webPreference that opens them.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, isDevelopment: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const developer: MenuItemConstructorOptions[] = isDevelopment
    ? [{ label: 'Developer', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }]
    : [];
  const platformMenus: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [{ role: 'fileMenu' }];
  return [...platformMenus, { role: 'editMenu' }, view, { role: 'windowMenu' }, ...developer];
}
