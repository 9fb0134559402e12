import type { meetingsContract } from '../contract/meetings.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

/** Meetings, their agenda, invitation, working groups and search. (Attendance, decisions and action items: meeting-record-handlers.) */
export const meetingHandlers = {
  'meetings.list': notYet,
  'meetings.get': notYet,
  'meetings.next': notYet,
  'meetings.create': notYet,
  'meetings.update': notYet,
  'meetings.setStatus': notYet,
  'meetings.cancel': notYet,
  'meetings.setInvitees': notYet,
  'meetings.invitation': notYet,
  'meetings.markInvited': notYet,
  'meetingSettings.get': notYet,
  'meetingSettings.update': notYet,
  'workingGroups.list': notYet,
  'workingGroups.create': notYet,
  'workingGroups.update': notYet,
  'workingGroups.archive': notYet,
  'workingGroups.setMembers': notYet,
  'agendaItems.create': notYet,
  'agendaItems.update': notYet,
  'agendaItems.move': notYet,
  'agendaItems.remove': notYet,
  'agendaItems.setNotDiscussed': notYet,
  'agendaItems.carryOver': notYet,
  'agendaItems.dismissCarryOver': notYet,
  'attachments.add': notYet,
  'attachments.remove': notYet,
  'search.meetings': notYet,
} satisfies Partial<HandlersFor<typeof meetingsContract>>;
