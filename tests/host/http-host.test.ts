import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../src-main/api/contract/index.js';
import type { ActorSummary } from '../../src-main/api/contract/actors.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/host/content-security-policy.js';
import { readyLine, type RunningHost, startHost } from '../../src-main/host/start-host.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { createTestSession } from '../support/test-session.js';

/** The browser host for real: a listening server on 127.0.0.1, a demo network, fetch and raw HTTP. */

const SECRET = 'SALAINEN-PAKETTI-7f3a';
const INDEX = '<!doctype html><html lang="fi"><title>Kotoverkko</title><p>Tervetuloa</p></html>';

let host: RunningHost;
let session: AppSession;
let staticRoot: string;
let networkFile: string;

beforeAll(async () => {
  const root = tempDir();
  staticRoot = join(root, 'static');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), INDEX);
  writeFileSync(join(staticRoot, 'app.js'), 'console.log("kotoverkko");');
  // things just outside the root that a traversal would love to reach
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: SECRET }));
  writeFileSync(join(root, 'secret.html'), SECRET);
  // the open network lives inside the static root, and a copy of it under a web-looking name
  networkFile = (await createTempNetwork({ demo: true, dir: staticRoot })).file;
  copyFileSync(networkFile, join(staticRoot, 'varmuuskopio.json'));
  ({ session } = await createTestSession({ dir: staticRoot, open: networkFile, door: 'browser' }));
  host = await startHost(session, staticRoot, 0);
});
afterAll(async () => {
  await host.close();
  await session.closeFile();
  removeTempDirs();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP: the path goes out byte for byte (fetch would normalise "..") and any header may be set. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; setHost?: boolean }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: options.setHost ?? true },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const bearer = () => ({ Authorization: `Bearer ${host.token}` });

async function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: { ok: boolean; result?: unknown; error?: { code: string; message: string } } }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(), ...headers },
    body: JSON.stringify(input),
  });
  return { status: response.status, json: (await response.json()) as never };
}

describe('starting the host', () => {
  it('prints a ready URL on 127.0.0.1 with the port and a URL-safe token', () => {
    const match = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/.exec(host.url);
    expect(match, host.url).not.toBeNull();
    expect(Number(match![1])).toBe(host.port);
    expect(match![2]).toBe(host.token);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(readyLine(host)).toBe(`Kotoverkko: ${host.url}`);
  });

  it('makes a new token on every start', async () => {
    const other = await startHost(session, staticRoot, 0);
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });
});

describe('the API over HTTP', () => {
  it('answers 200 {ok: true, result} with the demo network’s actors', async () => {
    const { status, json } = await api('actors.list', {});
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    const names = (json.result as ActorSummary[]).map((actor) => actor.name);
    expect(names).toContain('Sisä-Suomen elinvoimakeskus');
  });

  it('answers 400 to bad input, with the error code and a Finnish message', async () => {
    const { status, json } = await api('actors.create', { name: 'Kela', type: 'kela', isPublicAuthority: true });
    expect(status).toBe(400);
    expect(json.ok).toBe(false);
    expect(json.error?.code).toBe('wrong_type');
    expect(json.error?.message).toMatch(/väärä/);
  });

  it('answers 404 to an unknown method', async () => {
    const { status, json } = await api('actors.dropAll', {});
    expect([status, json.error?.code]).toEqual([404, 'unknown_method']);
    const prototypeName = await api('constructor', {});
    expect([prototypeName.status, prototypeName.json.error?.code]).toEqual([404, 'unknown_method']);
  });

  it('answers 409 to a stale version', async () => {
    const [first] = (await api('actors.list', {})).json.result as ActorSummary[];
    await api('actors.archive', { id: first!.id, expectedVersion: first!.rowVersion });
    const { status, json } = await api('actors.restore', { id: first!.id, expectedVersion: first!.rowVersion });
    expect([status, json.error?.code]).toEqual([409, 'version_conflict']);
    expect((await api('actors.restore', { id: first!.id, expectedVersion: first!.rowVersion + 1 })).status).toBe(200);
  });

  it('answers 400 to a body that is not JSON and 413 to one over 8 MB', async () => {
    const broken = await raw({ method: 'POST', path: '/api/actors.list', headers: { ...bearer(), 'Content-Type': 'application/json' }, body: '{"search": "hä' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('malformed_request');
    const huge = await raw({ method: 'POST', path: '/api/actors.list', headers: { ...bearer(), 'Content-Type': 'application/json' }, body: Buffer.alloc(9 * 1024 * 1024, 0x20) });
    expect(huge.status).toBe(413);
  });

  it('lists every contract method at GET /api with its JSON schema and whether it writes', async () => {
    const response = await raw({ path: '/api', headers: bearer() });
    expect(response.status).toBe(200);
    const methods = (JSON.parse(response.body) as { result: { methods: Array<{ name: string; input: { type?: string }; writes: boolean; summary: string }> } }).result.methods;
    expect(methods.map((entry) => entry.name).sort()).toEqual([...methodNames].sort());
    for (const entry of methods) {
      expect(entry.writes, entry.name).toBe(contract[entry.name as keyof typeof contract].writes);
      expect(entry.input.type, entry.name).toBe('object');
      expect(entry.summary.length, entry.name).toBeGreaterThan(0);
    }
    const create = methods.find((entry) => entry.name === 'actors.create')!.input as { properties: Record<string, unknown>; required: string[] };
    expect(create.required).toEqual(expect.arrayContaining(['name', 'type', 'isPublicAuthority']));
  });
});

describe('statuses of refused file operations', () => {
  it('answers 403 to opening a path the host did not offer, leaving the open network open', async () => {
    const refused = await api('files.open', { path: '/etc/passwd' });
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe('file_not_permitted');
    expect((await api('files.current', {})).json.result).toMatchObject({ path: networkFile });
  });
});

describe('refusing requests from anyone but the page the host printed', () => {
  it('answers 401 without the token, with a wrong one, or with the token only in the query string', async () => {
    const noToken = await fetch(`http://127.0.0.1:${host.port}/api/actors.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    for (const authorization of [`Bearer ${host.token}x`, `Bearer ${host.token.slice(1)}`, `Basic ${host.token}`, host.token, 'Bearer ']) {
      expect((await api('actors.list', {}, { Authorization: authorization })).status, authorization).toBe(401);
    }
    const inQuery = await fetch(`http://127.0.0.1:${host.port}/api/actors.list?token=${host.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
    expect((await raw({ path: '/api' })).status).toBe(401);
  });

  it('answers 403 to a foreign Host header (DNS rebinding), even with the right token', async () => {
    for (const hostHeader of [`evil.example:${host.port}`, `127.0.0.1.evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1', `localhost:${host.port}.evil.example`]) {
      const response = await raw({ method: 'POST', path: '/api/actors.list', headers: { Host: hostHeader, ...bearer(), 'Content-Type': 'application/json' }, body: '{}' });
      expect(response.status, hostHeader).toBe(403);
      expect(JSON.parse(response.body).error.code).toBe('forbidden');
    }
    expect((await raw({ path: '/', headers: { Host: `rebind.example:${host.port}` } })).status).toBe(403);
    // without any Host header Node itself already answers 400
    expect([400, 403]).toContain((await raw({ path: '/', setHost: false })).status);
    expect((await raw({ path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('answers 403 to a foreign Origin, even with the right token', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}.evil.example`]) {
      const response = await raw({ method: 'POST', path: '/api/actors.list', headers: { Origin: origin, ...bearer(), 'Content-Type': 'application/json' }, body: '{}' });
      expect(response.status, origin).toBe(403);
    }
    const sameOrigin = await raw({ method: 'POST', path: '/api/actors.list', headers: { Origin: `http://127.0.0.1:${host.port}`, ...bearer(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a cross-site form post and the other encodings a form can send, writing nothing', async () => {
    const before = await contentHash(session.requireNetwork().db);
    const form = 'name=Hy%C3%B6kk%C3%A4%C3%A4j%C3%A4&type=ngo&isPublicAuthority=false';
    const crossSite = await raw({ method: 'POST', path: '/api/actors.create', headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
    expect(crossSite.status).toBe(403);
    // even a request that somehow had the token may not use a form encoding
    const body = JSON.stringify({ name: { fi: 'Hyökkääjä' }, type: 'ngo', isPublicAuthority: false });
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const response = await raw({ method: 'POST', path: '/api/actors.create', headers: { ...bearer(), 'Content-Type': contentType }, body });
      expect(response.status, contentType).toBe(400);
      expect(JSON.parse(response.body).error.code).toBe('malformed_request');
    }
    const withoutType = await raw({ method: 'POST', path: '/api/actors.create', headers: bearer(), body });
    expect(withoutType.status).toBe(400);
    expect(await contentHash(session.requireNetwork().db)).toBe(before);
  });

  it('does not run API methods through GET', async () => {
    const response = await raw({ path: '/api/actors.list', headers: bearer() });
    expect(response.status).toBe(404);
  });
});

describe('static files', () => {
  it('serves index.html at / with the content security policy', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`http://127.0.0.1:${host.port}/app.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('refuses every spelling of a path out of the root', async () => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/..%2Fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%2e%2e%5cpackage.json',
      '/..\\package.json',
      '/static/..%2f..%2fpackage.json',
      '/app.js/..%2f..%2fpackage.json',
      '/%252e%252e/package.json',
      '/..%2fsecret.html',
      '/.%2e/secret.html',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/index.html%00.json',
    ];
    for (const path of attempts) {
      const response = await raw({ path });
      expect(response.body, path).not.toContain(SECRET);
      expect(response.body, path).not.toContain('root:');
      expect([403, 404], `${path} answered ${response.status}`).toContain(response.status);
    }
  });

  it('never serves a network file, whatever its name, even from inside the root', async () => {
    for (const path of ['/esimerkki.kotoverkko', '/ESIMERKKI.KOTOVERKKO', '/esimerkki.kotoverkko%00.html', '/esimerkki.kotoverkko-journal', '/varmuuskopio.json']) {
      const response = await raw({ path });
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('SQLite format 3');
    }
  });

  it('answers 405 to writes outside the API', async () => {
    expect((await raw({ method: 'POST', path: '/index.html', body: 'x' })).status).toBe(405);
    expect((await raw({ method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });
});

describe('after all of that', () => {
  it('still answers normally', async () => {
    const { status, json } = await api('app.info', {});
    expect(status).toBe(200);
    expect(json.result).toMatchObject({ door: 'browser', nativeDialogs: false });
    expect((await fetch(`http://127.0.0.1:${host.port}/`)).status).toBe(200);
  });
});
