import type { DecisionView } from '../../api/contract/meetings.js';
import type { ReadContext } from '../shared/contexts.js';

// TEMPORARY (session 3): the decision read is being written; the meeting view already calls it.
export async function readDecisions(_context: ReadContext, _meetingId: string): Promise<DecisionView[]> {
  return [];
}
