import { newId } from './ids.js';
import type { Queryable } from './network-store.js';

export type ChangeOperation = 'create' | 'update' | 'archive' | 'restore' | 'delete';

/** Who makes a change and when: every write carries one. */
export interface ChangeAuthor {
  changedBy: string;
  now: Date;
}

export interface ChangeEntry {
  entityType: string;
  entityId: string;
  operation: ChangeOperation;
  before?: object | null;
  after?: object | null;
}

export async function recordChange(db: Queryable, author: ChangeAuthor, entry: ChangeEntry): Promise<void> {
  await db
    .insertInto('change_log')
    .values({
      id: newId(author.now.getTime()),
      changed_at: author.now.toISOString(),
      changed_by: author.changedBy,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      operation: entry.operation,
      before_json: entry.before ? JSON.stringify(entry.before) : null,
      after_json: entry.after ? JSON.stringify(entry.after) : null,
    })
    .execute();
}

export async function lastChangeOf(db: Queryable, entityType: string, entityId: string): Promise<{ changedBy: string; changedAt: string } | null> {
  const row = await db
    .selectFrom('change_log')
    .select(['changed_by', 'changed_at'])
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { changedBy: row.changed_by, changedAt: row.changed_at } : null;
}
