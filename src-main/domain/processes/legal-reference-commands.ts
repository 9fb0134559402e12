import type { ProcessDetail } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findLegalActRow, findLegalReferenceRow, findLegalReferenceRows } from '../../db/repositories/legal-repository.js';
import { deleteRowAtVersion } from '../../db/repositories/process-repository.js';
import { throwVersionProblem } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { requireNodeInProcess, requireProcess } from './process-lookups.js';
import { getProcessDetail } from './process-queries.js';

/** Oikeusperusta: a process (nodeId null) or one of its steps cites a section of an act. */
export interface LegalReferenceFields {
  processId: string;
  nodeId: string | null;
  actId: string;
  section: string | null;
  note: string | null;
}

export async function createLegalReference(context: WriteContext, fields: LegalReferenceFields): Promise<ProcessDetail> {
  await requireProcess(context, fields.processId, ['processId']);
  if (fields.nodeId) await requireNodeInProcess(context, fields.processId, fields.nodeId, ['nodeId']);
  if (!(await findLegalActRow(context.db, fields.actId))) throw new AppError('not_found', { id: fields.actId }, ['actId']);
  const siblings = (await findLegalReferenceRows(context.db, fields.processId)).filter((row) => row.node_id === fields.nodeId);
  if (siblings.some((row) => row.act_id === fields.actId && (row.section ?? '') === (fields.section ?? ''))) {
    throw new AppError('legal_reference_exists', {}, ['section']);
  }
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('legal_reference')
    .values({
      id,
      process_id: fields.processId,
      node_id: fields.nodeId,
      act_id: fields.actId,
      section: fields.section,
      note: fields.note,
      sort_order: siblings.reduce((next, row) => Math.max(next, row.sort_order + 1), 0),
      created_at: now,
      updated_at: now,
      row_version: 1,
    })
    .execute();
  await recordChange(context.db, context.author, { entityType: 'legal_reference', entityId: id, operation: 'create', after: await findLegalReferenceRow(context.db, id) });
  return getProcessDetail(context, fields.processId);
}

export async function deleteLegalReference(context: WriteContext, id: string, expectedVersion: number): Promise<ProcessDetail> {
  const row = await findLegalReferenceRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'legal_reference', id);
  if (!(await deleteRowAtVersion(context.db, 'legal_reference', id, expectedVersion))) return throwVersionProblem(context.db, 'legal_reference', id);
  await recordChange(context.db, context.author, { entityType: 'legal_reference', entityId: id, operation: 'delete', before: row });
  return getProcessDetail(context, row.process_id);
}
