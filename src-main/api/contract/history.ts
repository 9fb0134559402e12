import { z } from 'zod';
import { idSchema, localeSchema } from './common.js';
import { method } from './define.js';

/** One changed field of a history entry, values already shown as short text. */
export interface HistoryFieldChange {
  field: string;
  /** the field's name in the asked language where known, else the stored name */
  label: string;
  before: string | null;
  after: string | null;
}

export interface HistoryEntry {
  changeId: string;
  /** UTC ISO instant */
  changedAt: string;
  /** the user's name from settings when the change was made */
  changedBy: string;
  operation: 'create' | 'update' | 'archive' | 'restore' | 'delete';
  fields: HistoryFieldChange[];
  /** true only for the object's last change, when undo is offered for it */
  undoable: boolean;
}

export interface ObjectHistory {
  entityType: string;
  entityId: string;
  /** newest first */
  entries: HistoryEntry[];
}

export interface UndoResult {
  undoneChangeId: string;
  history: ObjectHistory;
}

// Entity types are the change log's own codes (table names); setting keys are not ids, so a looser pattern.
const entityTypeSchema = z.string().max(40).refine((value) => /^[a-z][a-z_]*$/.test(value), { params: { code: 'invalid_choice' } });
const entityIdSchema = z.string().max(100).refine((value) => /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(value), { params: { code: 'invalid_id' } });

/** The audit trail read from the change log: an object's history and undo of its last change (issue 7). */
export const historyContract = {
  'history.ofObject': method<ObjectHistory>()({
    summary: 'What changed in one object, when and by whom, newest first',
    writes: false,
    input: z.strictObject({ entityType: entityTypeSchema, entityId: entityIdSchema, lang: localeSchema.optional() }),
  }),
  'history.undoLast': method<UndoResult>()({
    summary: 'Undo the last change of one object, when it is still as that change left it',
    writes: true,
    input: z.strictObject({ entityType: entityTypeSchema, entityId: entityIdSchema, expectedChangeId: idSchema }),
  }),
};
