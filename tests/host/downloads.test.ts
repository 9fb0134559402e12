import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src-main/api/contract/documents.js';
import { type RunningHost, startHost } from '../../src-main/host/start-host.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs, tempDir } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { createTestSession } from '../support/test-session.js';

/** The browser host hands out exports at /downloads/<name>: with the token, from the exports folder only. */

const SECRET = 'SALAINEN-ASIAKIRJA-91c2';

let host: RunningHost;
let session: AppSession;
let workspace: string;
let exported: ExportResult;

beforeAll(async () => {
  workspace = tempDir();
  const staticRoot = join(workspace, 'static');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Kotoverkko</title>');
  const network = (await createTempNetwork({ demo: true, dir: workspace })).file;
  ({ session } = await createTestSession({ dir: workspace, open: network, door: 'browser' }));
  host = await startHost(session, staticRoot, 0);

  const processes = (await api('processes.map', {})) as { processes: Array<{ id: string }> };
  exported = (await api('exports.processDocument', { processIds: [processes.processes[0]!.id], lang: 'fi' })) as ExportResult;

  // what a download must never reach: files beside the exports folder, a network under an export's
  // name, a link out of the folder, and a file of another type inside it
  writeFileSync(join(workspace, 'salainen.docx'), SECRET);
  copyFileSync(network, join(workspace, 'exports', 'verkosto.docx'));
  symlinkSync(join(workspace, 'salainen.docx'), join(workspace, 'exports', 'linkki.docx'));
  writeFileSync(join(workspace, 'exports', 'muistio.txt'), SECRET);
});
afterAll(async () => {
  await host.close();
  await session.closeFile();
  removeTempDirs();
});

const bearer = () => ({ Authorization: `Bearer ${host.token}` });

async function api(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer() },
    body: JSON.stringify(input),
  });
  const json = (await response.json()) as { ok: boolean; result: unknown; error?: unknown };
  if (!json.ok) throw new Error(JSON.stringify(json.error));
  return json.result;
}

/** Raw HTTP, so the path goes out exactly as written (fetch would tidy "..") */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: host.port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('GET /downloads/<fileName>', () => {
  it('hands the exported document to a page that has the token, as a named attachment', async () => {
    expect(exported.downloadUrl).toBe(`/downloads/${encodeURIComponent(exported.fileName)}`);
    const response = await fetch(`http://127.0.0.1:${host.port}${exported.downloadUrl}`, { headers: bearer() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(exported.fileName);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(exported.path))).toBe(true);
  });

  it('needs the same token as the API', async () => {
    expect((await raw(exported.downloadUrl!)).status).toBe(401);
    expect((await raw(exported.downloadUrl!, { Authorization: 'Bearer wrong-token' })).status).toBe(401);
    const withTokenInQuery = await raw(`${exported.downloadUrl}?token=${host.token}`);
    expect(withTokenInQuery.status).toBe(401);
  });

  it('serves nothing outside the exports folder, however the name is written', async () => {
    for (const path of [
      '/downloads/../salainen.docx',
      '/downloads/..%2Fsalainen.docx',
      '/downloads/%2E%2E%2Fsalainen.docx',
      '/downloads/..%5Csalainen.docx',
      `/downloads/${encodeURIComponent(join(workspace, 'salainen.docx'))}`,
      '/downloads/%2Fetc%2Fpasswd',
      '/downloads/linkki.docx',
      '/downloads/verkosto.docx',
      '/downloads/muistio.txt',
      '/downloads/',
      '/downloads/%E0%A4%A',
      '/downloads/ei-ole.docx',
    ]) {
      const response = await raw(path, bearer());
      expect(response.status, path).not.toBe(200);
      expect(response.body.toString('latin1'), path).not.toContain(SECRET);
      expect(response.body.toString('latin1'), path).not.toContain('SQLite format 3');
    }
  });

  it('only reads: other methods are refused', async () => {
    expect((await raw(exported.downloadUrl!, bearer(), 'POST')).status).toBe(405);
    expect((await raw(exported.downloadUrl!, bearer(), 'DELETE')).status).toBe(405);
    const head = await raw(exported.downloadUrl!, bearer(), 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
