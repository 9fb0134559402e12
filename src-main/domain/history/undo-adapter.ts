import type { WriteContext } from '../shared/contexts.js';
import type { LoggedChange } from './change-log-entries.js';

/**
 * Undo for a type whose change log holds a read model rather than a table row: the adapter
 * reverses a change through the type's own commands, so every rule holds and the undo is logged
 * like any edit.
 */
export interface UndoAdapter {
  /** Whether the entry is one this adapter can reverse (decided from the entry alone; the object's state is checked on undo). */
  offers(change: LoggedChange): boolean;
  /** Reverses the object's last change, or throws a history_* refusal before writing anything. */
  undo(context: WriteContext, entityId: string, change: LoggedChange): Promise<void>;
}

/** Two values are the same when their JSON is (read models and rows hold only JSON values). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Each named field of the current state is as the change left it. */
export function fieldsAsLeft(current: object, after: object, fields: readonly string[]): boolean {
  const now = current as Record<string, unknown>;
  const then = after as Record<string, unknown>;
  return fields.every((field) => same(now[field], then[field]));
}

export const isReversibleEdit = (change: LoggedChange): boolean =>
  change.before !== null && change.after !== null && (change.operation === 'update' || change.operation === 'archive' || change.operation === 'restore');
