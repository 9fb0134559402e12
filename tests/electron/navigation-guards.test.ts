import { describe, expect, it, vi } from 'vitest';
import {
  applyNavigationGuards,
  denyAllPermissions,
  externalLinkFor,
  type GuardableContents,
  isAllowedNavigation,
  windowOpenDecision,
} from '../../src-main/electron/navigation-guards';

describe('navigation', () => {
  it('stays on our own pages', () => {
    expect(isAllowedNavigation('app://kotoverkko/index.html#/actors')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:3000/')).toBe(false);
  });
});

describe('external links', () => {
  it('are http and https only', () => {
    expect(externalLinkFor('https://www.kotoutuminen.fi/')).toBe('https://www.kotoutuminen.fi/');
    expect(externalLinkFor('http://example.com/a?b=c#d')).toBe('http://example.com/a?b=c#d');
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'mailto:a@b.fi', 'app://kotoverkko/', 'ms-msdt:/id', 'not a url', 'https://ely.fi@evil.example/'])(
    'never hand %s to the operating system',
    (url) => {
      expect(externalLinkFor(url)).toBeNull();
    },
  );

  it('never open a new Electron window', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ response: { action: 'deny' }, openExternally: 'https://example.com/' });
    expect(windowOpenDecision('app://kotoverkko/index.html')).toEqual({ response: { action: 'deny' }, openExternally: null });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({ response: { action: 'deny' }, openExternally: null });
  });
});

/** A stand-in WebContents that records the listeners the guards attach. */
function fakeContents() {
  const listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpenHandler = handler;
    },
  };
  const emit = (event: string, url: string, positional = false) => {
    const navigationEvent = { url: positional ? undefined : url, preventDefault: vi.fn() };
    for (const listener of listeners.get(event) ?? []) listener(navigationEvent, url);
    return navigationEvent.preventDefault;
  };
  return { contents: contents as unknown as GuardableContents, listeners, emit, openWindow: (url: string) => windowOpenHandler!({ url }) };
}

describe('the guards on a WebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other origins, lets our own pages through', (event) => {
    const fake = fakeContents();
    applyNavigationGuards(fake.contents, vi.fn());
    expect(fake.emit(event, 'https://evil.example/')).toHaveBeenCalled();
    expect(fake.emit(event, 'file:///etc/passwd', true)).toHaveBeenCalled();
    expect(fake.emit(event, 'app://kotoverkko/index.html')).not.toHaveBeenCalled();
  });

  it('prevents every webview from attaching', () => {
    const fake = fakeContents();
    applyNavigationGuards(fake.contents, vi.fn());
    expect(fake.emit('will-attach-webview', 'app://kotoverkko/index.html')).toHaveBeenCalled();
  });

  it('denies new windows and opens only web links externally', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    applyNavigationGuards(fake.contents, openExternal);
    expect(fake.openWindow('https://www.kotoutuminen.fi/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://kotoverkko/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.kotoutuminen.fi/']]);
  });
});

describe('permissions', () => {
  it('are all denied, requests and checks alike', () => {
    let requestHandler: ((...args: unknown[]) => void) | null = null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (requestHandler = handler as typeof requestHandler),
      setPermissionCheckHandler: (handler) => (checkHandler = handler as typeof checkHandler),
    });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler!({}, permission, 'app://kotoverkko', {})).toBe(false);
    }
  });
});
