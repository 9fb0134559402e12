import type { Queryable } from '../network-store.js';

/**
 * What a matrix needs of a process: its name, and its steps' ids, names, statutory flags and
 * performers. Read here rather than through the process area, so a matrix depends on the stored
 * rows only.
 */

export interface MatrixStepRow {
  id: string;
  process_id: string;
  kind: string;
  performer_actor_id: string | null;
  statutory: number;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  sort_order: number;
}

const STEP_COLUMNS = ['id', 'process_id', 'kind', 'performer_actor_id', 'statutory', 'name_fi', 'name_sv', 'name_en', 'sort_order'] as const;

export async function findProcessNameRow(db: Queryable, processId: string) {
  return db.selectFrom('process').select(['id', 'name_fi', 'name_sv', 'name_en']).where('id', '=', processId).executeTakeFirst();
}

export async function findProcessNameRows(db: Queryable, processIds: readonly string[]) {
  if (processIds.length === 0) return [];
  return db.selectFrom('process').select(['id', 'name_fi', 'name_sv', 'name_en']).where('id', 'in', processIds).execute();
}

/** The steps and decisions of a process (not its start and end), in the process's order. */
export async function findMatrixStepRows(db: Queryable, processId: string): Promise<MatrixStepRow[]> {
  return db
    .selectFrom('process_node')
    .select(STEP_COLUMNS)
    .where('process_id', '=', processId)
    .where('kind', 'in', ['step', 'decision'])
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export async function findStepRow(db: Queryable, nodeId: string): Promise<MatrixStepRow | undefined> {
  return db.selectFrom('process_node').select(STEP_COLUMNS).where('id', '=', nodeId).where('deleted_at', 'is', null).executeTakeFirst();
}
