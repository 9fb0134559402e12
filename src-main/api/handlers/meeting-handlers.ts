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
import { addAttachment, removeAttachment } from '../../domain/meetings/attachment-commands.js';
import { meetingInvitation } from '../../domain/meetings/meeting-invitation.js';
import { searchMeetings } from '../../domain/meetings/meeting-search.js';
import {
  createWorkingGroup,
  setWorkingGroupArchived,
  setWorkingGroupMembers,
  updateWorkingGroup,
} from '../../domain/meetings/working-group-commands.js';
import { listWorkingGroups } from '../../domain/meetings/working-group-view.js';
import type { HandlersFor } from './handler-context.js';

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
  'meetings.invitation': ({ meetingId, lang }, context) => meetingInvitation({ ...context, locale: lang ?? context.locale }, meetingId),
  'meetings.markInvited': ({ meetingId, expectedVersion }, context) => markMeetingInvited(context, meetingId, expectedVersion),
  'meetingSettings.get': (_input, context) => readMeetingSettings(context.db),
  'meetingSettings.update': (settings, context) => writeMeetingSettings(context, settings),
  'workingGroups.list': ({ includeArchived, lang }, context) => listWorkingGroups({ ...context, locale: lang ?? context.locale }, includeArchived ?? false),
  'workingGroups.create': (input, context) => createWorkingGroup(context, input),
  'workingGroups.update': (input, context) => updateWorkingGroup(context, input),
  'workingGroups.archive': ({ id, expectedVersion, archived }, context) => setWorkingGroupArchived(context, id, expectedVersion, archived),
  'workingGroups.setMembers': ({ id, expectedVersion, members }, context) => setWorkingGroupMembers(context, id, expectedVersion, members),
  'agendaItems.create': (input, context) => createAgendaItem(context, input),
  'agendaItems.update': (input, context) => updateAgendaItem(context, input),
  'agendaItems.move': ({ itemId, expectedVersion, beforeItemId }, context) => moveAgendaItem(context, itemId, expectedVersion, beforeItemId),
  'agendaItems.remove': ({ itemId, expectedVersion }, context) => removeAgendaItem(context, itemId, expectedVersion),
  'agendaItems.setNotDiscussed': ({ itemId, expectedVersion, notDiscussed }, context) =>
    setAgendaItemNotDiscussed(context, itemId, expectedVersion, notDiscussed),
  'agendaItems.carryOver': ({ fromItemId, toMeetingId }, context) => carryOverAgendaItem(context, fromItemId, toMeetingId),
  'agendaItems.dismissCarryOver': ({ fromItemId, meetingId }, context) => dismissCarryOver(context, fromItemId, meetingId),
  'attachments.add': ({ itemId, fileName, contentBase64 }, context) => addAttachment(context, itemId, fileName, contentBase64),
  'attachments.remove': ({ attachmentId, expectedVersion }, context) => removeAttachment(context, attachmentId, expectedVersion),
  'search.meetings': ({ query, lang }, context) => searchMeetings({ ...context, locale: lang ?? context.locale }, query),
} satisfies Partial<HandlersFor<typeof meetingsContract>>;
