import type { ChangeOperation } from '../../db/change-log.js';
import type { Queryable } from '../../db/network-store.js';

export interface LoggedChange {
  id: string;
  changedAt: string;
  changedBy: string;
  operation: ChangeOperation;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** An object's change-log entries, newest first (ids are UUIDv7, so they sort by time of writing). */
export async function changesOf(db: Queryable, entityType: string, entityId: string, limit?: number): Promise<LoggedChange[]> {
  let query = db
    .selectFrom('change_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    operation: row.operation as ChangeOperation,
    before: parse(row.before_json),
    after: parse(row.after_json),
  }));
}

function parse(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
