import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { MatrixAcceptanceTable, MatrixReviewTable } from '../schema.js';

/** Reads of the members' review answers and acceptances of a matrix version. */

export type ReviewRow = Selectable<MatrixReviewTable>;
export type AcceptanceRow = Selectable<MatrixAcceptanceTable>;

export async function findReviewRows(db: Queryable, versionId: string): Promise<ReviewRow[]> {
  return db.selectFrom('matrix_review').selectAll().where('version_id', '=', versionId).orderBy('recorded_at').orderBy('id').execute();
}

export async function findReviewRow(db: Queryable, id: string): Promise<ReviewRow | undefined> {
  return db.selectFrom('matrix_review').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAcceptanceRows(db: Queryable, versionId: string): Promise<AcceptanceRow[]> {
  return db.selectFrom('matrix_acceptance').selectAll().where('version_id', '=', versionId).orderBy('accepted_on').orderBy('id').execute();
}

export async function findAcceptanceRow(db: Queryable, id: string): Promise<AcceptanceRow | undefined> {
  return db.selectFrom('matrix_acceptance').selectAll().where('id', '=', id).executeTakeFirst();
}
