import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { openStore, createTempNetwork, copyNetwork } from '../support/temp-network';
import { removeTempDirs, sha256 } from '../support/temp-files';

afterAll(removeTempDirs);

it('a file that reads as damaged while a journal stands beside it is reported as in use, not as damaged', async () => {
  const file = copyNetwork((await createTempNetwork({ demo: true })).file);
  // What the lock-free probe can see on a network drive mid-save: pages half-written, a journal beside.
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, 8192));
  writeFileSync(`${file}-journal`, Buffer.alloc(2048, 1));
  const hash = sha256(file);
  await expect(openStore(file)).rejects.toMatchObject({ code: 'file_locked' });
  expect(sha256(file)).toBe(hash);
});
