import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserHostArgs,
  decideStartMode,
  downloadBlockedBy,
  electronArgs,
  failedToStart,
  fallbackLine,
  hasDisplay,
  type StartFacts,
  StartUsageError,
  startRequestFrom,
} from '../../src-main/electron/start-mode';

const here: StartFacts = { binaryPath: null, binaryLookedAt: '/p/node_modules/electron/dist/electron', hasDisplay: true, downloadBlockedBy: null };

describe('how npm start opens the app', () => {
  it('runs Electron when the binary is there and a display is available', () => {
    expect(decideStartMode({ ...here, binaryPath: '/p/electron' })).toEqual({ mode: 'electron', binaryPath: '/p/electron' });
  });

  it('falls back to the browser host without a display, and does not download for nothing', () => {
    expect(decideStartMode({ ...here, binaryPath: '/p/electron', hasDisplay: false })).toEqual({ mode: 'browser', reason: expect.stringContaining('no display') });
    expect(decideStartMode({ ...here, hasDisplay: false }).mode).toBe('browser');
  });

  it('tries one download when the binary is missing and downloads are allowed', () => {
    expect(decideStartMode(here)).toEqual({ mode: 'download' });
  });

  it('uses a binary the download brought', () => {
    expect(decideStartMode({ ...here, binaryPath: '/p/electron', downloadFailure: null })).toEqual({ mode: 'electron', binaryPath: '/p/electron' });
  });

  it('falls back, saying why, when the download failed or was not allowed', () => {
    expect(decideStartMode({ ...here, downloadFailure: 'TypeError: fetch failed' })).toEqual({
      mode: 'browser',
      reason: 'its binary is not installed at /p/node_modules/electron/dist/electron and downloading it failed: TypeError: fetch failed',
    });
    expect(decideStartMode({ ...here, downloadFailure: null })).toEqual({ mode: 'browser', reason: expect.stringContaining('not installed') });
    expect(decideStartMode({ ...here, downloadBlockedBy: 'CI=true' })).toEqual({
      mode: 'browser',
      reason: 'its binary is not installed at /p/node_modules/electron/dist/electron; no download tried because CI=true',
    });
  });

  it('says it in one line', () => {
    const line = fallbackLine('no display: neither DISPLAY nor WAYLAND_DISPLAY is set');
    expect(line).toBe('Kotoverkko: Electron is not available on this machine (no display: neither DISPLAY nor WAYLAND_DISPLAY is set); starting the browser host instead.');
    expect(line).not.toContain('\n');
  });
});

describe('the facts', () => {
  it('a display on Linux is X11 or Wayland; Windows and macOS always have one', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });

  it('never downloads in CI, when opted out, or without the installer', () => {
    expect(downloadBlockedBy({}, true)).toBeNull();
    expect(downloadBlockedBy({ CI: 'true' }, true)).toBe('CI=true');
    expect(downloadBlockedBy({ KOTOVERKKO_NO_ELECTRON_DOWNLOAD: '1' }, true)).toBe('KOTOVERKKO_NO_ELECTRON_DOWNLOAD=1');
    expect(downloadBlockedBy({}, false)).toMatch(/not installed/);
  });

  it('an Electron that dies with an error within seconds never showed a window', () => {
    expect(failedToStart({ code: 127, signal: null, runtimeMs: 300 })).toBe(true);
    expect(failedToStart({ code: 0, signal: null, runtimeMs: 300 })).toBe(false);
    expect(failedToStart({ code: 1, signal: null, runtimeMs: 60_000 })).toBe(false);
    expect(failedToStart({ code: null, signal: 'SIGTERM', runtimeMs: 300 })).toBe(false);
  });
});

describe('arguments', () => {
  it('opens the demo by default, or the given file', () => {
    expect(startRequestFrom([], '/home/anna')).toEqual({ file: null });
    expect(startRequestFrom(['--demo'], '/home/anna')).toEqual({ file: null });
    expect(startRequestFrom(['verkot/Häme.kotoverkko'], '/home/anna')).toEqual({ file: resolve('/home/anna', 'verkot/Häme.kotoverkko') });
    expect(startRequestFrom(['/data/a.kotoverkko'], '/home/anna')).toEqual({ file: '/data/a.kotoverkko' });
  });

  it('refuses unknown options and extra arguments', () => {
    expect(() => startRequestFrom(['--port', '1'], '/')).toThrow(StartUsageError);
    expect(() => startRequestFrom(['a.kotoverkko', 'b.kotoverkko'], '/')).toThrow(StartUsageError);
  });

  it('hands Electron the project folder and the browser host the same choice', () => {
    expect(electronArgs('/p', { file: null })).toEqual(['/p', '--demo']);
    expect(electronArgs('/p', { file: '/d/a.kotoverkko' })).toEqual(['/p', '/d/a.kotoverkko']);
    expect(browserHostArgs({ file: null })).toEqual(['--demo']);
    expect(browserHostArgs({ file: '/d/a.kotoverkko' })).toEqual(['--db', '/d/a.kotoverkko']);
  });
});
