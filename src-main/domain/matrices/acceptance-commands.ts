import type { MatrixView } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findColumnRows } from '../../db/repositories/matrix-repository.js';
import { findAcceptanceRow, findAcceptanceRows } from '../../db/repositories/matrix-review-repository.js';
import { throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { actorsOnDate } from './matrix-actors.js';
import { getMatrixView } from './matrix-view.js';
import { findVersionOrThrow } from './version-state.js';

export interface AcceptanceInput {
  actorId: string;
  acceptedByName: string;
  acceptedOn: string;
  body: string | null;
  section: string | null;
  caseNumber: string | null;
  note: string | null;
}

/**
 * A member organisation's own decision accepting an approved version (a network meeting cannot
 * bind its members), e.g. "Hämeenlinnan kaupunginhallitus, 12.5.2026, 215 §". One per member.
 */
export async function recordAcceptance(context: WriteContext, versionId: string, input: AcceptanceInput): Promise<MatrixView> {
  const version = await findVersionOrThrow(context.db, versionId);
  if (version.status !== 'approved') throw new AppError('version_not_approved', {}, ['versionId']);
  const columns = await findColumnRows(context.db, versionId);
  if (!columns.some((column) => column.actor_id === input.actorId)) throw new AppError('matrix_actor_not_column', {}, ['actorId']);
  if ((await findAcceptanceRows(context.db, versionId)).some((row) => row.actor_id === input.actorId)) {
    const actor = (await actorsOnDate(context.db, [input.actorId], version.valid_on, context.locale)).get(input.actorId);
    throw new AppError('acceptance_exists', { name: actor?.name ?? '?' }, ['actorId']);
  }
  const now = context.author.now.toISOString();
  const row = {
    id: newId(context.author.now.getTime()),
    version_id: versionId,
    actor_id: input.actorId,
    accepted_by_name: input.acceptedByName,
    accepted_on: input.acceptedOn,
    body: input.body,
    section: input.section,
    case_number: input.caseNumber,
    note: input.note,
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('matrix_acceptance').values(row).execute();
  await recordChange(context.db, context.author, { entityType: 'matrix_acceptance', entityId: row.id, operation: 'create', after: row });
  return getMatrixView(context, version.matrix_id, versionId);
}

/** Removes an acceptance recorded by mistake. */
export async function deleteAcceptance(context: WriteContext, id: string, expectedVersion: number): Promise<MatrixView> {
  const row = await findAcceptanceRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'matrix_acceptance', id);
  // The version is named in the delete too: another editor's change between the read and here is a conflict, not a silent no-op.
  const deleted = await context.db.deleteFrom('matrix_acceptance').where('id', '=', id).where('row_version', '=', expectedVersion).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) return throwVersionProblem(context.db, 'matrix_acceptance', id);
  await recordChange(context.db, context.author, { entityType: 'matrix_acceptance', entityId: id, operation: 'delete', before: row });
  const version = await findVersionOrThrow(context.db, row.version_id);
  return getMatrixView(context, version.matrix_id, version.id);
}
