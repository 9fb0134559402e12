/**
 * Where the app's own pages live in Electron: a custom, privileged scheme instead of `file://`,
 * so the page has a real origin of its own that navigation guards, the CSP (`'self'`) and the IPC
 * sender check can all name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kotoverkko';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for `app://kotoverkko/...`. Compared by scheme and host rather than `URL.origin`:
 * Node's URL parser reports the origin of a non-special scheme as "null".
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
}
