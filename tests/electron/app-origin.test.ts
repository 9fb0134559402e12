import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../src-main/electron/app-origin';

describe('the app origin', () => {
  it('is app://kotoverkko, and the entry page lives on it', () => {
    expect(APP_ORIGIN).toBe('app://kotoverkko');
    expect(APP_ENTRY_URL).toBe('app://kotoverkko/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kotoverkko/#/actors/1')).toBe(true);
  });

  it.each([
    'https://kotoverkko/',
    'http://127.0.0.1:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://kotoverkko.evil.example/',
    'app://evil.example/kotoverkko',
    'app://kotoverkko:8080/',
    'app://user@kotoverkko/',
    'app:kotoverkko/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses a missing URL', () => {
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
