import type { meetingsContract } from '../contract/meetings.js';
import { actionItemOverview } from '../../domain/meetings/action-item-overview.js';
import {
  closeActionItem,
  createActionItem,
  removeActionItem,
  reopenActionItem,
  updateActionItem,
} from '../../domain/meetings/action-item-commands.js';
import { removeAttendance, setAttendance } from '../../domain/meetings/attendance-commands.js';
import { applyDecision, withdrawDecision } from '../../domain/meetings/decision-apply.js';
import { createDecision, removeDecision, updateDecision } from '../../domain/meetings/decision-commands.js';
import type { HandlersFor } from './handler-context.js';

type RecordMethods =
  | 'attendance.set'
  | 'attendance.remove'
  | 'decisions.create'
  | 'decisions.update'
  | 'decisions.apply'
  | 'decisions.withdraw'
  | 'decisions.remove'
  | 'actionItems.create'
  | 'actionItems.update'
  | 'actionItems.close'
  | 'actionItems.reopen'
  | 'actionItems.remove'
  | 'actionItems.overview';

/** What a meeting records: attendance, decisions (and what they carry out) and action items. */
export const meetingRecordHandlers: HandlersFor<Pick<typeof meetingsContract, RecordMethods>> = {
  'attendance.set': (input, context) => setAttendance(context, input),
  'attendance.remove': ({ attendanceId, expectedVersion }, context) => removeAttendance(context, attendanceId, expectedVersion),
  'decisions.create': (input, context) => createDecision(context, input),
  'decisions.update': ({ decisionId, expectedVersion, text }, context) => updateDecision(context, decisionId, expectedVersion, text),
  'decisions.apply': ({ decisionId, expectedVersion }, context) => applyDecision(context, decisionId, expectedVersion),
  'decisions.withdraw': ({ decisionId, expectedVersion }, context) => withdrawDecision(context, decisionId, expectedVersion),
  'decisions.remove': ({ decisionId, expectedVersion }, context) => removeDecision(context, decisionId, expectedVersion),
  'actionItems.create': ({ meetingId, agendaItemId, ...fields }, context) => createActionItem(context, meetingId, agendaItemId ?? null, fields),
  'actionItems.update': ({ id, expectedVersion, ...fields }, context) => updateActionItem(context, id, expectedVersion, fields),
  'actionItems.close': ({ id, expectedVersion, status, closedOn, closingNote }, context) =>
    closeActionItem(context, id, expectedVersion, { status, closedOn, closingNote }),
  'actionItems.reopen': ({ id, expectedVersion }, context) => reopenActionItem(context, id, expectedVersion),
  'actionItems.remove': ({ id, expectedVersion }, context) => removeActionItem(context, id, expectedVersion),
  'actionItems.overview': ({ lang, ...filter }, context) => actionItemOverview({ ...context, locale: lang ?? context.locale }, filter),
};
