import { recordChange } from '../../db/change-log.js';
import type { Queryable } from '../../db/network-store.js';
import type { WriteContext } from './contexts.js';

/** The network's settings (meetings, document template…), kept in `network_setting`: one JSON value per key. */

interface SettingRow {
  key: string;
  value_json: string;
}

/** The stored values of these keys; a key not stored is missing from the map, one that is not JSON reads as null. */
export async function readSettingValues(db: Queryable, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('network_setting').select(['key', 'value_json']).where('key', 'in', keys).execute();
  return new Map(rows.map((row) => [row.key, parseJson(row.value_json)]));
}

/**
 * Stores one setting (null removes it) and logs the change; a value already stored as it is writes
 * nothing. `forLog` keeps a large value (a logo) out of the change log.
 */
export async function writeSetting(context: WriteContext, key: string, value: unknown, forLog: (row: SettingRow) => object = (row) => row): Promise<void> {
  const before = await context.db.selectFrom('network_setting').selectAll().where('key', '=', key).executeTakeFirst();
  if (value === null) {
    if (!before) return;
    await context.db.deleteFrom('network_setting').where('key', '=', key).execute();
    await recordChange(context.db, context.author, { entityType: 'network_setting', entityId: key, operation: 'delete', before: forLog(before) });
    return;
  }
  const value_json = JSON.stringify(value);
  if (before?.value_json === value_json) return;
  const after = { key, value_json, updated_at: context.author.now.toISOString(), row_version: (before?.row_version ?? 0) + 1 };
  if (before) await context.db.updateTable('network_setting').set(after).where('key', '=', key).execute();
  else await context.db.insertInto('network_setting').values(after).execute();
  await recordChange(context.db, context.author, {
    entityType: 'network_setting',
    entityId: key,
    operation: before ? 'update' : 'create',
    before: before ? forLog(before) : null,
    after: forLog(after),
  });
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
