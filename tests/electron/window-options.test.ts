import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../src-main/electron/window-options';

const production = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isDevelopment: false });

describe('the main window', () => {
  it('keeps the page isolated and sandboxed, without Node', () => {
    expect(production.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads our preload and spell-checks what people type', () => {
    expect(production.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(production.webPreferences?.spellcheck).toBe(true);
  });

  it('opens DevTools only while developing', () => {
    expect(production.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p.cjs', isDevelopment: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready to show, with a title, a background and a usable minimum size', () => {
    expect(production.show).toBe(false);
    expect(production.title).toBe('Kotoverkko');
    expect(production.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(production.width).toBeGreaterThanOrEqual(production.minWidth!);
    expect(production.height).toBeGreaterThanOrEqual(production.minHeight!);
    expect(production.minWidth).toBeGreaterThanOrEqual(800);
    expect(production.minHeight).toBeGreaterThanOrEqual(560);
  });
});
