import type { z } from 'zod';
import type { ProcessDetail, processFieldsSchema, ProcessMap, ProcessStatus } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findProcessRow, findProcessRows } from '../../db/repositories/process-repository.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import type { WriteContext } from '../shared/contexts.js';
import { placeInOrder } from './list-order.js';
import { requireActorIfGiven, requireGroupIfGiven, requireProcess } from './process-lookups.js';
import { getProcessDetail, getProcessMap } from './process-queries.js';
import { refreshProcessSearchText } from './process-search-text.js';
import { insertEdge, insertNode } from './process-rows.js';

export type ProcessFields = z.output<typeof processFieldsSchema>;

function processColumns(fields: ProcessFields) {
  return {
    group_id: fields.groupId ?? null,
    owner_actor_id: fields.ownerActorId ?? null,
    ...toStoredLocalized('name', fields.name),
    ...toStoredLocalized('purpose', fields.purpose),
    ...toStoredLocalized('start_event', fields.startEvent),
    ...toStoredLocalized('end_event', fields.endEvent),
    ...toStoredLocalized('inputs', fields.inputs),
    ...toStoredLocalized('outputs', fields.outputs),
    ...toStoredLocalized('time_limits', fields.timeLimits),
    ...toStoredLocalized('indicators', fields.indicators),
    ...toStoredLocalized('information_systems', fields.informationSystems),
    ...toStoredLocalized('notes', fields.notes),
  };
}

async function checkReferences(context: WriteContext, fields: ProcessFields): Promise<void> {
  await requireGroupIfGiven(context, fields.groupId, ['groupId']);
  await requireActorIfGiven(context, fields.ownerActorId, ['ownerActorId']);
}

/** The next free position at the end of a group of the map (null: processes without a group). */
async function endOfGroup(context: WriteContext, groupId: string | null): Promise<number> {
  const rows = await findProcessRows(context.db, { includeArchived: true, groupId });
  return rows.reduce((next, row) => Math.max(next, row.sort_order + 1), 0);
}

/** A new process is a draft whose flow already runs from a start to an end, so it can be drawn at once. */
export async function createProcess(context: WriteContext, fields: ProcessFields): Promise<ProcessDetail> {
  await checkReferences(context, fields);
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const sortOrder = await endOfGroup(context, fields.groupId ?? null);
  await context.db
    .insertInto('process')
    .values({ id, ...processColumns(fields), status: 'draft', sort_order: sortOrder, archived_at: null, search_text: '', created_at: now, updated_at: now, row_version: 1 })
    .execute();
  const startId = await insertNode(context, id, { kind: 'start', name: { fi: 'Alku', sv: 'Start', en: 'Start' } }, 0);
  const endId = await insertNode(context, id, { kind: 'end', name: { fi: 'Loppu', sv: 'Slut', en: 'End' } }, 1);
  await insertEdge(context, id, startId, endId, null, 0);
  await refreshProcessSearchText(context, id);
  const created = await getProcessDetail(context, id);
  await recordChange(context.db, context.author, { entityType: 'process', entityId: id, operation: 'create', after: created });
  return created;
}

export async function updateProcess(context: WriteContext, id: string, expectedVersion: number, fields: ProcessFields): Promise<ProcessDetail> {
  const before = await requireProcess(context, id);
  await checkReferences(context, fields);
  const groupId = fields.groupId ?? null;
  const moved = groupId !== before.group_id ? { sort_order: await endOfGroup(context, groupId) } : {};
  await bumpVersion(context.db, 'process', id, expectedVersion, { ...processColumns(fields), ...moved, updated_at: context.author.now.toISOString() });
  await refreshProcessSearchText(context, id);
  const after = await findProcessRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'process', entityId: id, operation: 'update', before, after });
  return getProcessDetail(context, id);
}

/** Draft, in review or approved: the network decides the order, so any move is allowed. */
export async function setProcessStatus(context: WriteContext, id: string, expectedVersion: number, status: ProcessStatus): Promise<ProcessDetail> {
  const before = await requireProcess(context, id);
  await bumpVersion(context.db, 'process', id, expectedVersion, { status, updated_at: context.author.now.toISOString() });
  await recordChange(context.db, context.author, { entityType: 'process', entityId: id, operation: 'update', before, after: await findProcessRow(context.db, id) });
  return getProcessDetail(context, id);
}

export async function setProcessArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<ProcessDetail> {
  const before = await requireProcess(context, id);
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'process', id, expectedVersion, { archived_at: archived ? now : null, updated_at: now });
  await recordChange(context.db, context.author, {
    entityType: 'process',
    entityId: id,
    operation: archived ? 'archive' : 'restore',
    before,
    after: await findProcessRow(context.db, id),
  });
  return getProcessDetail(context, id);
}

/** Moves a process to a group of the map (null: no group) and a position among that group's processes. */
export async function moveProcess(context: WriteContext, id: string, expectedVersion: number, groupId: string | null, position: number): Promise<ProcessMap> {
  const before = await requireProcess(context, id);
  await requireGroupIfGiven(context, groupId, ['groupId']);
  await bumpVersion(context.db, 'process', id, expectedVersion, { group_id: groupId, updated_at: context.author.now.toISOString() });
  await placeInOrder(context.db, 'process', await findProcessRows(context.db, { includeArchived: true, groupId }), id, position);
  await recordChange(context.db, context.author, { entityType: 'process', entityId: id, operation: 'update', before, after: await findProcessRow(context.db, id) });
  return getProcessMap(context, {});
}
