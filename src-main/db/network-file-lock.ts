import { randomUUID } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { open, readFile, stat, unlink, writeFile } from 'node:fs/promises';

/**
 * The owner file beside an open network, like Office's `~$name` files: `<file>.lock` says which
 * app instance edits the network, so a second instance opens it read-only and names who has it.
 * SQLite's own locks still keep the file safe; this file only tells people. It is created with
 * O_EXCL after a successful open, refreshed every minute and removed on close.
 */

export const LOCK_SUFFIX = '.lock';
/** How often the owner rewrites its `refreshedAt` (a heartbeat other computers can see). */
export const LOCK_REFRESH_MS = 60 * 1000;
/** Another computer's owner file not refreshed for this long belongs to an instance that is gone. */
export const LOCK_STALE_MS = 10 * 60 * 1000;
/** A file still being written (empty or half) is someone's for this long, then it is junk. */
const UNREADABLE_GRACE_MS = 30 * 1000;

export interface LockOwner {
  app: 'Kotoverkko';
  userName: string;
  hostName: string;
  pid: number;
  startedAt: string;
  refreshedAt: string;
  /** tells this instance's own file from a left-over one with a reused pid */
  token: string;
}

/** Tokens of the owner files this process holds (two sessions in one process are two instances). */
const heldTokens = new Set<string>();

export function lockFilePath(file: string): string {
  return `${file}${LOCK_SUFFIX}`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (value.app !== 'Kotoverkko' || typeof value.hostName !== 'string' || typeof value.pid !== 'number' || typeof value.refreshedAt !== 'string') return null;
    return {
      app: 'Kotoverkko',
      userName: typeof value.userName === 'string' ? value.userName : '',
      hostName: value.hostName,
      pid: value.pid,
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : value.refreshedAt,
      refreshedAt: value.refreshedAt,
      token: typeof value.token === 'string' ? value.token : '',
    };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An owner is alive while it keeps refreshing; on this computer its process must also be alive and
 * have started after the last boot (a pid is reused after a crash and a restart).
 */
function ownerIsLive(owner: LockOwner, now: Date): boolean {
  const refreshed = Date.parse(owner.refreshedAt);
  const refreshing = Number.isFinite(refreshed) && now.getTime() - refreshed < LOCK_STALE_MS;
  if (owner.hostName !== hostname()) return refreshing;
  if (owner.pid === process.pid) return heldTokens.has(owner.token);
  const bootedAt = Date.now() - uptime() * 1000;
  return refreshing && processAlive(owner.pid) && !(Date.parse(owner.startedAt) < bootedAt);
}

type Reading = { state: 'none' } | { state: 'live'; owner: LockOwner | null } | { state: 'stale'; text: string };

async function readLock(file: string, now: Date): Promise<Reading> {
  const path = lockFilePath(file);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) return { state: 'none' };
  const owner = parseOwner(text);
  if (owner) return ownerIsLive(owner, now) ? { state: 'live', owner } : { state: 'stale', text };
  const modified = await stat(path).then((info) => info.mtimeMs, () => 0);
  return now.getTime() - modified < UNREADABLE_GRACE_MS ? { state: 'live', owner: null } : { state: 'stale', text };
}

/**
 * Who else edits this network now, if anyone: `null` when no live owner file is there. Reads
 * only, so a file the app then refuses is left without anything beside it. `owner` is null for an
 * owner file being written this very moment.
 */
export async function findLiveLockOwner(file: string, now: Date): Promise<{ owner: LockOwner | null } | null> {
  const reading = await readLock(file, now).catch(() => ({ state: 'none' }) as const);
  return reading.state === 'live' ? { owner: reading.owner } : null;
}

export interface HeldLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** rewrites `refreshedAt` (and the user's name, which may have changed); gives the file back if it vanished */
  refresh(now: Date, userName: string): Promise<void>;
  /** removes the owner file if it is still this instance's */
  release(): Promise<void>;
}

export type LockResult = { kind: 'acquired'; lock: HeldLock } | { kind: 'held'; owner: LockOwner | null };

/**
 * Creates the owner file with O_EXCL. A stale one (a dead process here, or no refresh for
 * LOCK_STALE_MS from another computer) is taken over; it is re-read just before removal so a
 * fresh file written meanwhile by another instance is not removed.
 */
export async function acquireNetworkFileLock(file: string, who: { userName: string }, now: Date): Promise<LockResult> {
  const path = lockFilePath(file);
  const owner: LockOwner = {
    app: 'Kotoverkko',
    userName: who.userName,
    hostName: hostname(),
    pid: process.pid,
    startedAt: now.toISOString(),
    refreshedAt: now.toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await createExclusive(path, owner);
    if (created) {
      heldTokens.add(owner.token);
      return { kind: 'acquired', lock: heldLock(file, owner) };
    }
    const reading = await readLock(file, now);
    if (reading.state === 'live') return { kind: 'held', owner: reading.owner };
    if (reading.state === 'stale') {
      const again = await readFile(path, 'utf8').catch(() => null);
      if (again === reading.text) await unlink(path).catch(() => undefined);
    }
  }
  return { kind: 'held', owner: null };
}

async function createExclusive(path: string, owner: LockOwner): Promise<boolean> {
  const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return null;
    throw error;
  });
  if (!handle) return false;
  try {
    await handle.writeFile(`${JSON.stringify(owner, null, 2)}\n`, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

function heldLock(file: string, owner: LockOwner): HeldLock {
  const path = lockFilePath(file);
  const isOurs = async () => parseOwner((await readFile(path, 'utf8').catch(() => '')) || '')?.token === owner.token;
  let current = owner;
  return {
    file,
    owner,
    async refresh(now: Date, userName: string) {
      current = { ...current, userName, refreshedAt: now.toISOString() };
      if (await isOurs()) await writeFile(path, `${JSON.stringify(current, null, 2)}\n`, 'utf8');
      // Gone (a user or a sync tool removed it): take it again, never someone else's.
      else if (!(await stat(path).then(() => true, () => false))) await createExclusive(path, current);
    },
    async release() {
      heldTokens.delete(owner.token);
      if (await isOurs()) await unlink(path).catch(() => undefined);
    },
  };
}
