/**
 * The one allowlist of what undo may touch. Row tables: their change-log entries hold the table's
 * whole row (checked again per entry). Where a type logs a read model instead, an adapter in
 * `undo-adapters.ts` undoes the entries it knows through the type's own commands (actor,
 * representative, meeting details, network goal, goal action); other such entries are refused.
 * Everything else — matrices, decisions, settings, edges — is refused:
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

export const UNDOABLE_ENTITY_TYPES: ReadonlySet<string> = new Set<string>(['actor', 'representative', ...UNDOABLE_ROW_TABLES]);

export function isRowTable(entityType: string): entityType is (typeof UNDOABLE_ROW_TABLES)[number] {
  return (UNDOABLE_ROW_TABLES as readonly string[]).includes(entityType);
}
