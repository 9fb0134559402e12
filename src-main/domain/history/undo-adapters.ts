import { actorUndo } from './actor-undo.js';
import { goalActionUndo } from './goal-action-undo.js';
import { goalUndo } from './goal-undo.js';
import { meetingUndo } from './meeting-undo.js';
import { representativeUndo } from './representative-undo.js';
import type { UndoAdapter } from './undo-adapter.js';

/**
 * Types undone through their own commands, for the entries whose log holds a read model. An entry
 * an adapter does not offer falls back to the row undo when the type is a row table (whose own
 * check refuses anything but whole rows), and is refused otherwise.
 */
export const UNDO_ADAPTERS: Readonly<Record<string, UndoAdapter>> = {
  actor: actorUndo,
  representative: representativeUndo,
  meeting: meetingUndo,
  network_goal: goalUndo,
  goal_action: goalActionUndo,
};
