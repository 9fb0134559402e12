import { sql } from 'kysely';
import type { Queryable } from '../../db/network-store.js';
import { reportUnexpectedError } from '../../diagnostics/unexpected-errors.js';

const pending = new WeakMap<object, Promise<void>>();

/**
 * After an erasure commits, `VACUUM` rebuilds the file so no page keeps an old copy of the texts
 * (an edit made months ago may have left one in a page's free space, which `secure_delete` during
 * the erasure cannot reach). VACUUM cannot run inside the erasure's transaction: it is queued on
 * the connection's first-come lock here, so it runs right after the commit and before any later call.
 */
export function compactAfterErasure(db: Queryable): void {
  const done = sql`vacuum`
    .execute(db)
    .then(() => undefined)
    .catch((error: unknown) => {
      // a closed or read-only file: the erasure itself stands; the pages are zeroed by secure_delete
      if (!/closed|not open|readonly/i.test(String(error))) reportUnexpectedError(error);
    });
  pending.set(db, done);
}

/** For tests and tools: waits for the compaction queued on this connection, if any. */
export async function erasureCompacted(db: Queryable): Promise<void> {
  await pending.get(db);
}
