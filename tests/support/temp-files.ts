import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder under the system temp dir; `removeTempDirs` (in an afterAll/afterEach) deletes them all. */
export function tempDir(prefix = 'kotoverkko-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** SQLite's companions that must never be left beside a network file: `-wal`, `-shm`, `-journal`. */
export function sideFiles(file: string): string[] {
  return ['-wal', '-shm', '-journal'].map((suffix) => `${file}${suffix}`).filter((path) => existsSync(path));
}
