import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { contract, methodNames } from '../api/contract/index.js';
import type { ApiResponse } from '../api/contract/api-error.js';
import { dispatch, toApiError } from '../api/dispatch.js';
import { AppError } from '../domain/shared/app-error.js';
import type { AppSession } from '../session/app-session.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { httpStatusFor } from './http-status.js';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './request-guards.js';
import { readStaticFile } from './static-files.js';
import { DOWNLOADS_PREFIX, readDownload } from './downloads.js';

export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export interface HostOptions {
  session: AppSession;
  token: string;
  staticRoot: string;
}

/**
 * The browser host: the built renderer and the API contract over HTTP, for 127.0.0.1 only.
 * A thin door: every API request goes through the same `dispatch` as Electron's IPC.
 */
export function createHostServer(options: HostOptions): Server {
  const server = createServer((request, response) => {
    handle(options, server, request, response).catch((error: unknown) => {
      sendJson(response, 500, { ok: false, error: toApiError(error, options.session.locale) });
    });
  });
  return server;
}

async function handle(options: HostOptions, server: Server, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const port = (server.address() as { port: number } | null)?.port ?? 0;
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  const refuse = (code: 'forbidden' | 'unauthorized' | 'request_too_large' | 'malformed_request' | 'unknown_method', params = {}) =>
    sendError(options, response, new AppError(code, params));

  if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) return refuse('forbidden');

  if (url.pathname.startsWith(DOWNLOADS_PREFIX)) {
    // An export is the network's data: the same token as the API, never a plain link.
    if (!hasValidToken(request.headers.authorization, options.token)) return refuse('unauthorized');
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendPlain(response, 405, 'Method Not Allowed');
    const download = await readDownload(options.session.options.fileHost.exportsFolder(), url.pathname);
    if (!download) return sendPlain(response, 404, 'Not Found');
    response.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': download.contentType,
      'Content-Disposition': download.contentDisposition,
      'Content-Length': String(download.body.length),
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : download.body);
    return;
  }

  if (!isApi) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendPlain(response, 405, 'Method Not Allowed');
    const file = await readStaticFile(options.staticRoot, url.pathname);
    if (!file) return sendPlain(response, 404, 'Not Found');
    response.writeHead(200, { ...securityHeaders(), 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return;
  }

  if (!hasValidToken(request.headers.authorization, options.token)) return refuse('unauthorized');

  if (url.pathname === '/api') {
    if (request.method !== 'GET') return refuse('unknown_method', { method: request.method ?? '' });
    return sendJson(response, 200, { ok: true, result: { methods: describeMethods() } });
  }

  const method = safeDecode(url.pathname.slice('/api/'.length));
  if (request.method !== 'POST') return refuse('unknown_method', { method });
  // A cross-site <form> can only send form encodings; insisting on JSON shuts that door too.
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) return refuse('malformed_request');

  if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) {
    // Answer at once and let the rest drain unread: nothing of it is kept in memory.
    request.resume();
    sendError(options, response, new AppError('request_too_large'));
    return;
  }
  const body = await readBody(request);
  if (body === 'too_large') return refuse('request_too_large');
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return refuse('malformed_request');
  }
  const answer = await dispatch(options.session, method, input);
  sendJson(response, answer.ok ? 200 : httpStatusFor(answer.error.code), answer);
}

function describeMethods() {
  return methodNames.map((name) => {
    const spec = contract[name];
    return {
      name,
      summary: spec.summary,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      writes: spec.writes,
      longRunning: spec.longRunning,
    };
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(request: IncomingMessage): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too_large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function sendError(options: HostOptions, response: ServerResponse, error: AppError): void {
  sendJson(response, httpStatusFor(error.code), { ok: false, error: toApiError(error, options.session.locale) });
}

function sendJson(response: ServerResponse, status: number, payload: ApiResponse | { ok: true; result: unknown }): void {
  if (response.headersSent) return;
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(payload));
}

function sendPlain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
