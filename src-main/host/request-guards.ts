import { timingSafeEqual } from 'node:crypto';

/**
 * The browser host listens on 127.0.0.1 only, and still trusts nothing: a page elsewhere could
 * reach it through DNS rebinding (wrong Host) or a cross-site request (foreign Origin), so both
 * are checked before the token.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** Same-origin requests may omit Origin (GET) or send our own; anything else is foreign. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  return originHeader === undefined || originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

export function hasValidToken(authorizationHeader: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorizationHeader ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
