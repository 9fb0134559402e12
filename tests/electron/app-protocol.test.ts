import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appRequestPath, registerAppScheme, respondToAppRequest, serveAppProtocol } from '../../src-main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src-main/host/content-security-policy';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kotoverkko-app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kotoverkko</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'demo.kotoverkko'), 'SQLite format 3');
  // A file beside the root that a traversal would like to reach.
  writeFileSync(join(base, 'secret.js'), 'secret');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => respondToAppRequest(root, { url, method: 'GET' });

describe('app:// requests', () => {
  it('registers app: as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(APP_SCHEME_PRIVILEGES[0]!.privileges).not.toHaveProperty('bypassCSP', true);
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(schemes) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
  });

  it('takes the path only from our own host', () => {
    expect(appRequestPath('app://kotoverkko/assets/index-abc.js')).toBe('/assets/index-abc.js');
    expect(appRequestPath('app://kotoverkko/')).toBe('/');
    expect(appRequestPath('app://other/index.html')).toBeNull();
    expect(appRequestPath('https://kotoverkko/index.html')).toBeNull();
  });

  it('serves the entry page and assets with the CSP', async () => {
    const page = await get('app://kotoverkko/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Kotoverkko</title>');

    const root = await get('app://kotoverkko/');
    expect(await root.text()).toContain('<title>Kotoverkko</title>');

    const script = await get('app://kotoverkko/assets/index-abc.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'app://kotoverkko/../secret.js',
    'app://kotoverkko/%2e%2e/secret.js',
    'app://kotoverkko/assets/..%2f..%2fsecret.js',
    'app://kotoverkko/..%5csecret.js',
    'app://kotoverkko/index.html%00.js',
    'app://kotoverkko/%E0%A4%A',
    'app://kotoverkko/demo.kotoverkko',
    'app://kotoverkko/missing.js',
    'app://elsewhere/index.html',
  ])('answers 404 to %s, with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only GET and HEAD', async () => {
    expect((await respondToAppRequest(root, { url: 'app://kotoverkko/index.html', method: 'POST' })).status).toBe(405);
    const head = await respondToAppRequest(root, { url: 'app://kotoverkko/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('hands protocol.handle a handler for app: that serves from the given root', async () => {
    let handler: ((request: Request) => Response | Promise<Response>) | null = null;
    serveAppProtocol(
      {
        handle: (scheme, given) => {
          expect(scheme).toBe('app');
          handler = given as typeof handler;
        },
      },
      root,
    );
    const response = await handler!(new Request('app://kotoverkko/index.html'));
    expect(response.status).toBe(200);
  });
});
