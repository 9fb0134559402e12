import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AppSession } from '../session/app-session.js';
import { createHostServer } from './http-server.js';

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** A fresh random token every start: only whoever read the printed URL can use the API. */
export function newHostToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startHost(session: AppSession, staticRoot: string, port = 0): Promise<RunningHost> {
  const token = newHostToken();
  const server = createHostServer({ session, token, staticRoot });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    port: actualPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function readyLine(host: RunningHost): string {
  return `Kotoverkko: ${host.url}`;
}
