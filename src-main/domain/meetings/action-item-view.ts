import type { ActionItemView } from '../../api/contract/meetings.js';
import type { ReadContext } from '../shared/contexts.js';

// TEMPORARY (session 3): the action-item read is being written; the meeting view already calls it.
/** The action items made at a meeting, and the open ones of earlier meetings it goes through. */
export async function readMeetingActionItems(
  _context: ReadContext,
  _meeting: { id: string; startsAt: string; date: string },
): Promise<{ made: ActionItemView[]; carried: ActionItemView[] }> {
  return { made: [], carried: [] };
}
