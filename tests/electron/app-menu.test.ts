import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../src-main/electron/app-menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no way to DevTools in production (%s)', (platform) => {
    const found = roles(applicationMenuTemplate(platform, false));
    expect(found).not.toContain('toggleDevTools');
    expect(found).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('offers DevTools and reload while developing', () => {
    expect(roles(applicationMenuTemplate('linux', true))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has the app menu on macOS', () => {
    expect(roles(applicationMenuTemplate('darwin', false))).toContain('appMenu');
  });
});
