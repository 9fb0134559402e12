import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origin.js';

/**
 * What a page may do beyond its own origin: nothing. It cannot navigate away, open windows,
 * attach webviews or get permissions; a link to a web page opens in the user's browser instead.
 */

/** The window may only ever show our own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The URL to hand to the operating system's browser, or null: only http and https, never file:, smb:, javascript:… */
export function externalLinkFor(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick (https://ely.fi@evil.example/), never ours.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** window.open and target=_blank: never a new Electron window; web links go to the browser. */
export function windowOpenDecision(url: string): { response: WindowOpenHandlerResponse; openExternally: string | null } {
  return { response: { action: 'deny' }, openExternally: externalLinkFor(url) };
}

/** Camera, notifications, clipboard reads, geolocation…: the app needs none of them. */
export function permissionDecision(): false {
  return false;
}

type NavigationEvent = { url?: string; preventDefault(): void };

/** The parts of a WebContents the guards use (a fake in tests). */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent, url?: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void;
}

/** Applied to every WebContents the app creates (`web-contents-created`), not only the main window. */
export function applyNavigationGuards(contents: GuardableContents | WebContents, openExternal: (url: string) => void): void {
  const target = contents as GuardableContents;
  const guard = (event: NavigationEvent, url?: string) => {
    // Electron passes the URL on the event (newer) and as an argument (older, deprecated).
    const destination = event.url ?? url ?? '';
    if (!isAllowedNavigation(destination)) event.preventDefault();
  };
  target.on('will-navigate', guard);
  target.on('will-frame-navigate', guard);
  target.on('will-redirect', guard);
  target.on('will-attach-webview', (event) => event.preventDefault());
  target.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return decision.response;
  });
}

/** Every permission request and check in the session is refused. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
}
