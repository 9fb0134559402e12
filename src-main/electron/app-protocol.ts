import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy.js';
import { readStaticFile } from '../host/static-files.js';
import { APP_SCHEME, isAppUrl } from './app-origin.js';

/**
 * `app://kotoverkko/` serves the built renderer (out/renderer) and nothing else. Standard and
 * secure, so the page gets a real origin, relative URLs, storage and a secure context like https;
 * registered before `ready`, as Electron requires.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

export interface AppRequest {
  url: string;
  method: string;
}

/** The path inside out/renderer a request asks for, or null when it is not for our host. */
export function appRequestPath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  return new URL(url).pathname;
}

/**
 * The answer to one `app://` request. Path checks are the browser host's (`readStaticFile`): the
 * decoded path must stay inside the root and be a known web file type.
 */
export async function respondToAppRequest(rendererRoot: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const path = appRequestPath(request.url);
  const file = path === null ? null : await readStaticFile(rendererRoot, path);
  if (!file) return plain(404, 'Not Found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
  });
}

/** Call before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
}

/** Call once `app` is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, { url: request.url, method: request.method }));
}

function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
