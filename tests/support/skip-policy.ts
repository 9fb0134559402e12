import { existsSync } from 'node:fs';

/**
 * One rule for missing outside tools (chromium, LibreOffice, PostgreSQL): a developer's machine
 * may skip with a clear reason, CI never may.
 */
export function requireTool(name: string, candidates: readonly string[]): { path: string | null; skipReason: string | null } {
  const path = candidates.find((candidate) => existsSync(candidate)) ?? null;
  if (path) return { path, skipReason: null };
  const reason = `${name} is not installed (looked in ${candidates.join(', ')}); install it with apt-get`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return { path: null, skipReason: reason };
}

export const chromium = () => requireTool('chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
