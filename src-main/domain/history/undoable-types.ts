/**
 * The one allowlist of what undo may touch. Row tables: their change-log entries hold the table's
 * whole row (checked again per entry, as some writes of these types log a read model instead:
 * those entries are refused). `actor` logs its read model everywhere and is undone through its own
 * commands (`actor-undo.ts`). Everything else — matrices, decisions, settings, edges — is refused:
 * their changes span several rows or carry meaning (an applied decision) a row copy cannot restore.
 */
export const UNDOABLE_ROW_TABLES = [
  'process',
  'process_node',
  'meeting',
  'agenda_item',
  'action_item',
  'network_goal',
  'goal_action',
  'working_group',
] as const;

export const UNDOABLE_ENTITY_TYPES: ReadonlySet<string> = new Set<string>(['actor', ...UNDOABLE_ROW_TABLES]);

export function isRowTable(entityType: string): entityType is (typeof UNDOABLE_ROW_TABLES)[number] {
  return (UNDOABLE_ROW_TABLES as readonly string[]).includes(entityType);
}
