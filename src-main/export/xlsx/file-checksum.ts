import { createHash } from 'node:crypto';

/** sha256 of an uploaded file: a preview names it, and the import must bring the same bytes. */
export function fileChecksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
