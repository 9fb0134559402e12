import type { meetingsContract } from '../contract/meetings.js';
import {
  carryOverAgendaItem,
  createAgendaItem,
  dismissCarryOver,
  moveAgendaItem,
  removeAgendaItem,
  setAgendaItemNotDiscussed,
  updateAgendaItem,
} from '../../domain/meetings/agenda-commands.js';
import {
  cancelMeeting,
  createMeeting,
  markMeetingInvited,
  setMeetingInvitees,
  setMeetingStatus,
  updateMeeting,
} from '../../domain/meetings/meeting-commands.js';
import { readMeetingSettings, writeMeetingSettings } from '../../domain/meetings/meeting-settings.js';
import { getMeetingDetail, listMeetings, nextMeeting } from '../../domain/meetings/meeting-view.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

/** Meetings, their agenda, invitation, working groups and search. (Attendance, decisions and action items: meeting-record-handlers.) */
export const meetingHandlers = {
  'meetings.list': ({ lang, ...filter }, context) => listMeetings({ ...context, locale: lang ?? context.locale }, filter),
  'meetings.get': ({ meetingId, lang }, context) => getMeetingDetail({ ...context, locale: lang ?? context.locale }, meetingId),
  'meetings.next': ({ lang }, context) => nextMeeting({ ...context, locale: lang ?? context.locale }),
  'meetings.create': (input, context) => createMeeting(context, input),
  'meetings.update': (input, context) => updateMeeting(context, input),
  'meetings.setStatus': (input, context) => setMeetingStatus(context, input),
  'meetings.cancel': ({ meetingId, expectedVersion }, context) => cancelMeeting(context, meetingId, expectedVersion),
  'meetings.setInvitees': ({ meetingId, expectedVersion, invitees }, context) => setMeetingInvitees(context, meetingId, expectedVersion, invitees),
  'meetings.invitation': notYet,
  'meetings.markInvited': ({ meetingId, expectedVersion }, context) => markMeetingInvited(context, meetingId, expectedVersion),
  'meetingSettings.get': (_input, context) => readMeetingSettings(context.db),
  'meetingSettings.update': (settings, context) => writeMeetingSettings(context, settings),
  'workingGroups.list': notYet,
  'workingGroups.create': notYet,
  'workingGroups.update': notYet,
  'workingGroups.archive': notYet,
  'workingGroups.setMembers': notYet,
  'agendaItems.create': (input, context) => createAgendaItem(context, input),
  'agendaItems.update': (input, context) => updateAgendaItem(context, input),
  'agendaItems.move': ({ itemId, expectedVersion, beforeItemId }, context) => moveAgendaItem(context, itemId, expectedVersion, beforeItemId),
  'agendaItems.remove': ({ itemId, expectedVersion }, context) => removeAgendaItem(context, itemId, expectedVersion),
  'agendaItems.setNotDiscussed': ({ itemId, expectedVersion, notDiscussed }, context) =>
    setAgendaItemNotDiscussed(context, itemId, expectedVersion, notDiscussed),
  'agendaItems.carryOver': ({ fromItemId, toMeetingId }, context) => carryOverAgendaItem(context, fromItemId, toMeetingId),
  'agendaItems.dismissCarryOver': ({ fromItemId, meetingId }, context) => dismissCarryOver(context, fromItemId, meetingId),
  'attachments.add': notYet,
  'attachments.remove': notYet,
  'search.meetings': notYet,
} satisfies Partial<HandlersFor<typeof meetingsContract>>;
