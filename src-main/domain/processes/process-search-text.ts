import { findNodeRows, findProcessRow, findTargetGroupRows } from '../../db/repositories/process-repository.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';

/** A process is found by its name, purpose, target groups and step names in any language. */
export async function refreshProcessSearchText(context: WriteContext, processId: string): Promise<void> {
  const row = await findProcessRow(context.db, processId);
  if (!row) return;
  const [targetGroups, nodes] = await Promise.all([findTargetGroupRows(context.db, processId), findNodeRows(context.db, processId)]);
  const parts = [row.name_fi, row.name_sv, row.name_en, row.purpose_fi, row.purpose_sv, row.purpose_en];
  for (const group of targetGroups) parts.push(group.name_fi, group.name_sv, group.name_en);
  for (const node of nodes) parts.push(node.name_fi, node.name_sv, node.name_en);
  const searchText = foldForSearch(parts.filter(Boolean).join(' | '));
  if (searchText !== row.search_text) await context.db.updateTable('process').set({ search_text: searchText }).where('id', '=', processId).execute();
}
