import type { LocalizedText } from '../../api/contract/common.js';
import type { NetworkInfo } from '../../api/contract/session.js';
import { recordChange, type ChangeAuthor } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredBoolean, fromStoredLocalized, toStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion } from '../../db/versioned-row.js';

/** The network's own record: its name, region and whether it is the demo. One row per file. */
export async function readNetworkInfo(db: Queryable): Promise<NetworkInfo & { id: string }> {
  const row = await db.selectFrom('network_info').selectAll().executeTakeFirstOrThrow();
  return { id: row.id, name: fromStoredLocalized(row, 'name'), region: row.region, isDemo: fromStoredBoolean(row.is_demo), rowVersion: row.row_version };
}

export async function insertNetworkInfo(db: Queryable, author: ChangeAuthor, name: LocalizedText, region: string | null, isDemo: boolean): Promise<void> {
  const now = author.now.toISOString();
  const row = {
    id: newId(author.now.getTime()),
    ...toStoredLocalized('name', name),
    region,
    is_demo: toStoredBoolean(isDemo),
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await db.insertInto('network_info').values(row).execute();
  await recordChange(db, author, { entityType: 'network_info', entityId: row.id, operation: 'create', after: row });
}

export async function updateNetworkInfo(
  db: Queryable,
  author: ChangeAuthor,
  expectedVersion: number,
  name: LocalizedText,
  region: string | null,
): Promise<NetworkInfo> {
  const before = await readNetworkInfo(db);
  await bumpVersion(db, 'network_info', before.id, expectedVersion, { ...toStoredLocalized('name', name), region, updated_at: author.now.toISOString() });
  const after = await readNetworkInfo(db);
  await recordChange(db, author, { entityType: 'network_info', entityId: before.id, operation: 'update', before, after });
  return after;
}
