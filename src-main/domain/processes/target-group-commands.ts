import { sql } from 'kysely';
import type { LocalizedText } from '../../api/contract/common.js';
import type { ProcessDetail } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { deleteRowAtVersion, findTargetGroupRow, findTargetGroupRows } from '../../db/repositories/process-repository.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { requireProcess } from './process-lookups.js';
import { getProcessDetail } from './process-queries.js';
import { refreshProcessSearchText } from './process-search-text.js';

/** Asiakasryhmät: the customers a process serves; steps of one group's variant point at it. */

export async function createTargetGroup(context: WriteContext, processId: string, name: LocalizedText): Promise<ProcessDetail> {
  await requireProcess(context, processId, ['processId']);
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const sortOrder = (await findTargetGroupRows(context.db, processId)).reduce((next, row) => Math.max(next, row.sort_order + 1), 0);
  await context.db
    .insertInto('process_target_group')
    .values({ id, process_id: processId, ...toStoredLocalized('name', name), sort_order: sortOrder, created_at: now, updated_at: now, row_version: 1 })
    .execute();
  await refreshProcessSearchText(context, processId);
  await recordChange(context.db, context.author, { entityType: 'process_target_group', entityId: id, operation: 'create', after: await findTargetGroupRow(context.db, id) });
  return getProcessDetail(context, processId);
}

export async function updateTargetGroup(context: WriteContext, id: string, expectedVersion: number, name: LocalizedText): Promise<ProcessDetail> {
  const before = await findTargetGroupRow(context.db, id);
  if (!before) throw new AppError('not_found', { id });
  await bumpVersion(context.db, 'process_target_group', id, expectedVersion, { ...toStoredLocalized('name', name), updated_at: context.author.now.toISOString() });
  await refreshProcessSearchText(context, before.process_id);
  await recordChange(context.db, context.author, {
    entityType: 'process_target_group',
    entityId: id,
    operation: 'update',
    before,
    after: await findTargetGroupRow(context.db, id),
  });
  return getProcessDetail(context, before.process_id);
}

/** The group's variant steps stay and become common steps (an edit of those steps, so their versions move). */
export async function deleteTargetGroup(context: WriteContext, id: string, expectedVersion: number): Promise<ProcessDetail> {
  const row = await findTargetGroupRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'process_target_group', id);
  const variantSteps = await context.db.selectFrom('process_node').select('id').where('target_group_id', '=', id).execute();
  await context.db
    .updateTable('process_node')
    .set({ target_group_id: null, row_version: sql<number>`row_version + 1`, updated_at: context.author.now.toISOString() })
    .where('target_group_id', '=', id)
    .execute();
  if (!(await deleteRowAtVersion(context.db, 'process_target_group', id, expectedVersion))) return throwVersionProblem(context.db, 'process_target_group', id);
  await refreshProcessSearchText(context, row.process_id);
  await recordChange(context.db, context.author, {
    entityType: 'process_target_group',
    entityId: id,
    operation: 'delete',
    before: { ...row, variantStepIds: variantSteps.map((step) => step.id) },
  });
  return getProcessDetail(context, row.process_id);
}
