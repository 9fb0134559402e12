import type { z } from 'zod';
import type { LocalizedText } from '../../api/contract/common.js';
import type { processNodeFieldsSchema } from '../../api/contract/processes.js';
import { newId } from '../../db/ids.js';
import { toStoredBoolean, toStoredLocalized } from '../../db/stored-values.js';
import type { WriteContext } from '../shared/contexts.js';

/** How a step's fields and an arrow are stored; shared by every command that adds them. */
export type NodeFields = z.output<typeof processNodeFieldsSchema>;

export function nodeColumns(fields: NodeFields) {
  return {
    kind: fields.kind,
    performer_actor_id: fields.performerActorId ?? null,
    target_group_id: fields.targetGroupId ?? null,
    statutory: toStoredBoolean(fields.statutory ?? false),
    time_limit_days: fields.timeLimitDays ?? null,
    ...toStoredLocalized('name', fields.name),
    ...toStoredLocalized('description', fields.description),
    ...toStoredLocalized('inputs', fields.inputs),
    ...toStoredLocalized('outputs', fields.outputs),
    ...toStoredLocalized('time_limit_text', fields.timeLimitText),
    ...toStoredLocalized('notes', fields.notes),
  };
}

function bookkeeping(context: WriteContext) {
  const now = context.author.now.toISOString();
  return { created_at: now, updated_at: now, row_version: 1 };
}

export async function insertNode(context: WriteContext, processId: string, fields: NodeFields, sortOrder: number): Promise<string> {
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('process_node')
    .values({ id, process_id: processId, ...nodeColumns(fields), sort_order: sortOrder, deleted_at: null, ...bookkeeping(context) })
    .execute();
  return id;
}

export async function insertEdge(
  context: WriteContext,
  processId: string,
  fromNodeId: string,
  toNodeId: string,
  label: LocalizedText | null | undefined,
  sortOrder: number,
): Promise<string> {
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('process_edge')
    .values({ id, process_id: processId, from_node_id: fromNodeId, to_node_id: toNodeId, ...toStoredLocalized('label', label), sort_order: sortOrder, ...bookkeeping(context) })
    .execute();
  return id;
}

/** The next edge position in a process: arrows are listed in the order they were drawn. */
export async function nextEdgeOrder(context: WriteContext, processId: string): Promise<number> {
  const row = await context.db.selectFrom('process_edge').select((eb) => eb.fn.max('sort_order').as('last')).where('process_id', '=', processId).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
