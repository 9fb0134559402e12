import type { LocalizedText } from '../../api/contract/common.js';
import type { ProcessGroup, ProcessMap } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { deleteRowAtVersion, findProcessGroupRow, findProcessGroupRows, findProcessRows } from '../../db/repositories/process-repository.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { placeInOrder } from './list-order.js';
import { getProcessMap, toProcessGroup } from './process-queries.js';

/** Groups of the process map: alkuvaihe, kotoutumissuunnitelmavaihe, jatko-ohjaus, varautuminen… */

async function loadGroup(context: WriteContext, id: string): Promise<ProcessGroup> {
  const row = await findProcessGroupRow(context.db, id);
  if (!row) throw new AppError('not_found', { id });
  return toProcessGroup(row);
}

export async function createProcessGroup(context: WriteContext, name: LocalizedText): Promise<ProcessGroup> {
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const sortOrder = (await findProcessGroupRows(context.db)).reduce((next, row) => Math.max(next, row.sort_order + 1), 0);
  await context.db
    .insertInto('process_group')
    .values({ id, ...toStoredLocalized('name', name), sort_order: sortOrder, created_at: now, updated_at: now, row_version: 1 })
    .execute();
  const created = await loadGroup(context, id);
  await recordChange(context.db, context.author, { entityType: 'process_group', entityId: id, operation: 'create', after: created });
  return created;
}

/** Renames a group; with `sortOrder` it also moves to that position on the map. */
export async function updateProcessGroup(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  name: LocalizedText,
  sortOrder: number | undefined,
): Promise<ProcessGroup> {
  const before = await loadGroup(context, id);
  await bumpVersion(context.db, 'process_group', id, expectedVersion, { ...toStoredLocalized('name', name), updated_at: context.author.now.toISOString() });
  if (sortOrder !== undefined) await placeInOrder(context.db, 'process_group', await findProcessGroupRows(context.db), id, sortOrder);
  const after = await loadGroup(context, id);
  await recordChange(context.db, context.author, { entityType: 'process_group', entityId: id, operation: 'update', before, after });
  return after;
}

/** Only an empty group goes: its processes (archived ones too) would otherwise lose their place silently. */
export async function deleteProcessGroup(context: WriteContext, id: string, expectedVersion: number): Promise<ProcessMap> {
  const row = await findProcessGroupRow(context.db, id);
  if (!row || row.row_version !== expectedVersion) return throwVersionProblem(context.db, 'process_group', id);
  const processes = await findProcessRows(context.db, { includeArchived: true, groupId: id });
  if (processes.length > 0) throw new AppError('process_group_not_empty', { count: processes.length });
  if (!(await deleteRowAtVersion(context.db, 'process_group', id, expectedVersion))) return throwVersionProblem(context.db, 'process_group', id);
  await recordChange(context.db, context.author, { entityType: 'process_group', entityId: id, operation: 'delete', before: row });
  return getProcessMap(context, {});
}
