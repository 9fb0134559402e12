import { z } from 'zod';
import {
  calendarDateSchema,
  expectedVersionSchema,
  hasSomeLanguage,
  idSchema,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  MAX_TEXT_LENGTH,
  optionalDateSchema,
  optionalTextSchema,
  requiredTextSchema,
} from './common.js';
import { method } from './define.js';

/**
 * Network meetings (verkoston kokoukset): the meeting, its agenda (§ items), invitation, attendance,
 * decisions and action items. See docs/design/meetings.md.
 */

export const MEETING_KINDS = ['network_meeting', 'steering_group', 'workshop'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'invited', 'held', 'record_approved', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** muistio (a network is not a decision-making body) or pöytäkirja (a body that needs minutes) */
export const RECORD_KINDS = ['memo', 'minutes'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const AGENDA_ITEM_KINDS = [
  'regular',
  'opening',
  'legality_quorum',
  'minute_checkers',
  'agenda_approval',
  'previous_record',
  'open_action_items',
  'closing',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const INVITEE_ROLES = ['chair', 'required', 'optional'] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'deputy'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const PARTICIPATION_MODES = ['in_person', 'online'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

export const DECISION_KINDS = ['general', 'approve_matrix_version', 'accept_matrix_version'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const WORKING_GROUP_ROLES = ['chair', 'secretary', 'member'] as const;
export type WorkingGroupRole = (typeof WORKING_GROUP_ROLES)[number];

export const SECTION_NUMBERINGS = ['per_meeting', 'running_year'] as const;
export type SectionNumberingSetting = (typeof SECTION_NUMBERINGS)[number];

/** Limits of files kept in the network file (one place, so the screen can say them). */
export const ATTACHMENT_LIMITS = { maxFileBytes: 5 * 1024 * 1024, maxMeetingBytes: 25 * 1024 * 1024 } as const;

/** A person as the meeting shows them: the name and organisation on the meeting's day. */
export interface PersonRef {
  representativeId: string;
  name: string;
  actorId: string;
  actorName: string;
  email: string | null;
  /** archived or no longer valid on the meeting's day */
  inactive: boolean;
}

export interface MeetingSummary {
  id: string;
  /** "3/2026" */
  number: string;
  year: number;
  numberInYear: number;
  /** null: the whole network */
  workingGroupId: string | null;
  workingGroupName: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  title: string;
  titleLanguage: 'fi' | 'sv' | 'en';
  titles: LocalizedText;
  /** Helsinki wall clock 'YYYY-MM-DDTHH:mm' */
  startsAt: string;
  endsAt: string;
  /** 'YYYY-MM-DD' of startsAt */
  date: string;
  place: string | null;
  onlineLink: string | null;
  recordKind: RecordKind;
  agendaItemCount: number;
  rowVersion: number;
}

export interface AttachmentSummary {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** for attachments.remove */
  rowVersion: number;
}

export interface AgendaItemView {
  id: string;
  sortOrder: number;
  kind: AgendaItemKind;
  /** the number under the network's numbering (stored once the invitation is sent); null for a cancelled meeting */
  sectionNumber: number | null;
  /** "5 §" / "§ 5"; '' without a number */
  sectionLabel: string;
  title: string;
  titleLanguage: 'fi' | 'sv' | 'en';
  titles: LocalizedText;
  presenter: PersonRef | null;
  presenterText: string | null;
  durationMinutes: number | null;
  /** 'HH:mm' from the meeting's start and the durations before it; null after an item without a duration */
  plannedStart: string | null;
  plannedEnd: string | null;
  background: LocalizedText;
  proposal: LocalizedText;
  discussion: LocalizedText;
  notDiscussed: boolean;
  carriedFrom: { itemId: string; meetingId: string; label: string } | null;
  carryOverDismissed: boolean;
  process: { id: string; name: string } | null;
  matrixVersion: { id: string; matrixId: string; matrixName: string; number: number; status: string } | null;
  attachments: AttachmentSummary[];
  rowVersion: number;
}

export interface AttendanceRow {
  id: string;
  representativeId: string | null;
  personName: string;
  actorId: string | null;
  actorName: string | null;
  status: AttendanceStatus;
  deputyFor: PersonRef | null;
  participation: ParticipationMode | null;
  note: string | null;
  rowVersion: number;
}

export interface DecisionView {
  id: string;
  agendaItemId: string;
  sortOrder: number;
  kind: DecisionKind;
  text: string;
  textLanguage: 'fi' | 'sv' | 'en';
  texts: LocalizedText;
  matrixVersion: { id: string; matrixId: string; matrixName: string; number: number; status: string } | null;
  actor: { id: string; name: string } | null;
  /** when it was carried out on its object; null while only written */
  appliedAt: string | null;
  /** true while it may still be withdrawn */
  withdrawable: boolean;
  rowVersion: number;
}

export interface ActionItemView {
  id: string;
  meetingId: string;
  meetingNumber: string;
  meetingDate: string;
  agendaItemId: string | null;
  title: string;
  titleLanguage: 'fi' | 'sv' | 'en';
  titles: LocalizedText;
  ownerActor: { id: string; name: string } | null;
  ownerRepresentative: PersonRef | null;
  dueDate: string | null;
  status: ActionItemStatus;
  closedOn: string | null;
  closingNote: string | null;
  /** against the meeting's date in a meeting, against today in the overview */
  overdue: boolean;
  /** how many later meetings have listed it before this one (carry-over) */
  timesCarried: number;
  goalAction: { id: string; name: string } | null;
  rowVersion: number;
}

export interface OfferedAgendaItem {
  itemId: string;
  meetingId: string;
  meetingNumber: string;
  label: string;
  title: string;
}

export interface MeetingDetail extends MeetingSummary {
  chair: PersonRef | null;
  secretary: PersonRef | null;
  minuteCheckers: [PersonRef | null, PersonRef | null];
  caseNumber: string | null;
  heldNote: LocalizedText;
  icsSequence: number;
  invitationSentAt: string | null;
  numbersFixed: boolean;
  recordApprovedOn: string | null;
  /** the network's numbering at the time of reading */
  sectionNumbering: SectionNumberingSetting;
  invitees: Array<PersonRef & { role: InviteeRole }>;
  agenda: AgendaItemView[];
  /** 'HH:mm' where the durations end; null when some item has no duration */
  plannedEnd: string | null;
  /** minutes the durations run past the meeting's end; 0 when they fit */
  overrunMinutes: number;
  attendance: AttendanceRow[];
  decisions: DecisionView[];
  /** made at this meeting */
  actionItems: ActionItemView[];
  /** open items of earlier meetings this meeting goes through ("Avoimet tehtävät") */
  carriedActionItems: ActionItemView[];
  /** items left undiscussed at earlier meetings, offered to this one */
  offeredItems: OfferedAgendaItem[];
}

export interface MeetingInvitationText {
  subject: string;
  /** the invitation with the agenda, ready to paste into an e-mail */
  body: string;
  /** "Name <address>; …" for Outlook's To field */
  outlookLine: string;
  addressProblems: Array<{ name: string; email: string | null; problem: 'missing' | 'invalid' | 'duplicate' }>;
}

export interface WorkingGroupView {
  id: string;
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  names: LocalizedText;
  description: LocalizedText;
  recordKindDefault: RecordKind | null;
  archived: boolean;
  members: Array<PersonRef & { memberId: string; role: WorkingGroupRole; validFrom: string | null; validTo: string | null }>;
  rowVersion: number;
}

export interface MeetingSettings {
  sectionNumbering: SectionNumberingSetting;
  recordKind: RecordKind;
}

export interface MeetingSearchHit {
  kind: 'meeting' | 'agenda_item' | 'decision' | 'action_item';
  meetingId: string;
  itemId: string | null;
  /** "3/2026 · 5 §" */
  label: string;
  /** the stored text around the first match */
  snippet: string;
  date: string;
}

/** Helsinki wall clock to the minute: the form the calendar helpers and the .ics agree on. */
const localDateTimeSchema = z
  .string()
  .max(16)
  .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), { params: { code: 'meeting_time_invalid' } });

const onlineLinkSchema = optionalTextSchema(2000).refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), {
  params: { code: 'meeting_online_link_invalid' },
});

const titleRequired = (value: { title: LocalizedText }) => hasSomeLanguage(value.title);
const textRequired = (value: { text: LocalizedText }) => hasSomeLanguage(value.text);
const meetingRef = { meetingId: idSchema, expectedVersion: expectedVersionSchema };
const itemRef = { itemId: idSchema, expectedVersion: expectedVersionSchema };
const longText = () => localizedTextSchema(MAX_TEXT_LENGTH);

const meetingFields = {
  kind: z.enum(MEETING_KINDS),
  title: localizedTextSchema(),
  startsAt: localDateTimeSchema,
  endsAt: localDateTimeSchema,
  place: optionalTextSchema(300),
  onlineLink: onlineLinkSchema,
  chairId: idSchema.nullish(),
  secretaryId: idSchema.nullish(),
  recordKind: z.enum(RECORD_KINDS).optional(),
  caseNumber: optionalTextSchema(100),
};

const agendaItemFields = {
  title: localizedTextSchema(),
  presenterId: idSchema.nullish(),
  presenterText: optionalTextSchema(200),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullish(),
  background: longText().optional(),
  proposal: longText().optional(),
  processId: idSchema.nullish(),
  matrixVersionId: idSchema.nullish(),
};

const actionItemFields = {
  title: localizedTextSchema(1000),
  ownerActorId: idSchema.nullish(),
  ownerRepresentativeId: idSchema.nullish(),
  dueDate: optionalDateSchema,
  goalActionId: idSchema.nullish(),
};

export const meetingsContract = {
  'meetings.list': method<MeetingSummary[]>()({
    summary: 'List meetings, newest first (filter by year, body and status)',
    writes: false,
    input: z.strictObject({
      year: z.number().int().min(1900).max(2200).optional(),
      /** 'network' for the whole network's meetings, or a working group's id */
      body: z.union([z.literal('network'), idSchema]).optional(),
      status: z.enum(MEETING_STATUSES).optional(),
      from: optionalDateSchema,
      to: optionalDateSchema,
      lang: localeSchema.optional(),
    }),
  }),
  'meetings.get': method<MeetingDetail>()({
    summary: 'One meeting whole: agenda with numbers and planned times, invitees, attendance, decisions, action items',
    writes: false,
    input: z.strictObject({ meetingId: idSchema, lang: localeSchema.optional() }),
  }),
  'meetings.next': method<MeetingSummary | null>()({
    summary: 'The next meeting that has not been held (for the home screen)',
    writes: false,
    input: z.strictObject({ lang: localeSchema.optional() }),
  }),
  'meetings.create': method<MeetingDetail>()({
    summary: 'Plan a meeting: numbered next in its year, "Open action items" on its agenda, invitees from its body',
    writes: true,
    input: z
      .strictObject({ ...meetingFields, workingGroupId: idSchema.nullish() })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'meetings.update': method<MeetingDetail>()({
    summary: 'Change a meeting’s details (a sent invitation’s sequence is raised when time or place change)',
    writes: true,
    input: z
      .strictObject({
        ...meetingRef,
        ...meetingFields,
        minuteCheckerIds: z.tuple([idSchema.nullable(), idSchema.nullable()]).optional(),
        heldNote: longText().optional(),
      })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'meetings.setStatus': method<MeetingDetail>()({
    summary: 'Mark a meeting held, or its record approved (by the next meeting or the minute-checkers)',
    writes: true,
    input: z.strictObject({
      ...meetingRef,
      status: z.enum(['planned', 'held', 'record_approved']),
      recordApprovedOn: optionalDateSchema,
      recordApprovedByMeetingId: idSchema.nullish(),
    }),
  }),
  'meetings.cancel': method<MeetingDetail>()({
    summary: 'Cancel a meeting (kept, with its agenda; a sent invitation gets a cancellation)',
    writes: true,
    input: z.strictObject(meetingRef),
  }),
  'meetings.setInvitees': method<MeetingDetail>()({
    summary: 'Choose the invitees from the representatives',
    writes: true,
    input: z.strictObject({
      ...meetingRef,
      invitees: z.array(z.strictObject({ representativeId: idSchema, role: z.enum(INVITEE_ROLES) })).max(500),
    }),
  }),
  'meetings.invitation': method<MeetingInvitationText>()({
    summary: 'The invitation text with the agenda, and the invitees’ addresses for Outlook (nothing written)',
    writes: false,
    input: z.strictObject({ meetingId: idSchema, lang: localeSchema.optional() }),
  }),
  'meetings.markInvited': method<MeetingDetail>()({
    summary: 'Record that the invitation was sent: the agenda’s § numbers are fixed from now on',
    writes: true,
    input: z.strictObject(meetingRef),
  }),

  'meetingSettings.get': method<MeetingSettings>()({
    summary: 'How § items are numbered and which record a meeting keeps by default',
    writes: false,
    input: z.strictObject({}),
  }),
  'meetingSettings.update': method<MeetingSettings>()({
    summary: 'Change the § numbering (per meeting or running through the year) and the default record kind',
    writes: true,
    input: z.strictObject({ sectionNumbering: z.enum(SECTION_NUMBERINGS), recordKind: z.enum(RECORD_KINDS) }),
  }),

  'workingGroups.list': method<WorkingGroupView[]>()({
    summary: 'The network’s working groups with their members',
    writes: false,
    input: z.strictObject({ includeArchived: z.boolean().optional(), lang: localeSchema.optional() }),
  }),
  'workingGroups.create': method<WorkingGroupView>()({
    summary: 'Create a working group',
    writes: true,
    input: z
      .strictObject({ name: localizedTextSchema(), description: longText().optional(), recordKindDefault: z.enum(RECORD_KINDS).nullish() })
      .refine((value) => hasSomeLanguage(value.name), { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'workingGroups.update': method<WorkingGroupView>()({
    summary: 'Rename a working group or change its description or default record',
    writes: true,
    input: z
      .strictObject({
        id: idSchema,
        expectedVersion: expectedVersionSchema,
        name: localizedTextSchema(),
        description: longText().optional(),
        recordKindDefault: z.enum(RECORD_KINDS).nullish(),
      })
      .refine((value) => hasSomeLanguage(value.name), { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'workingGroups.archive': method<WorkingGroupView>()({
    summary: 'Archive or restore a working group (its meetings stay)',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, archived: z.boolean() }),
  }),
  'workingGroups.setMembers': method<WorkingGroupView>()({
    summary: 'Set a working group’s members and their roles',
    writes: true,
    input: z.strictObject({
      id: idSchema,
      expectedVersion: expectedVersionSchema,
      members: z
        .array(
          z.strictObject({
            representativeId: idSchema,
            role: z.enum(WORKING_GROUP_ROLES),
            validFrom: optionalDateSchema,
            validTo: optionalDateSchema,
          }),
        )
        .max(500),
    }),
  }),

  'agendaItems.create': method<MeetingDetail>()({
    summary: 'Add a § item to the agenda (after a given item, or before the closing items)',
    writes: true,
    input: z
      .strictObject({ meetingId: idSchema, afterItemId: idSchema.nullish(), ...agendaItemFields })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'agendaItems.update': method<MeetingDetail>()({
    summary: 'Change a § item: title, presenter, duration, background, proposal, discussion, subject',
    writes: true,
    input: z
      .strictObject({ ...itemRef, ...agendaItemFields, discussion: longText().optional() })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'agendaItems.move': method<MeetingDetail>()({
    summary: 'Move a § item before another (null: to the end); drag and keyboard both use it',
    writes: true,
    input: z.strictObject({ ...itemRef, beforeItemId: idSchema.nullable() }),
  }),
  'agendaItems.remove': method<MeetingDetail>()({
    summary: 'Remove a § item that has no decisions (a fixed number is not given again)',
    writes: true,
    input: z.strictObject(itemRef),
  }),
  'agendaItems.setNotDiscussed': method<MeetingDetail>()({
    summary: 'Mark a § item left undiscussed (offered to the next meeting), or discussed after all',
    writes: true,
    input: z.strictObject({ ...itemRef, notDiscussed: z.boolean() }),
  }),
  'agendaItems.carryOver': method<MeetingDetail>()({
    summary: 'Put an undiscussed item on a later meeting’s agenda (returns that meeting)',
    writes: true,
    input: z.strictObject({ fromItemId: idSchema, toMeetingId: idSchema }),
  }),
  'agendaItems.dismissCarryOver': method<MeetingDetail>()({
    summary: 'Stop offering an undiscussed item to later meetings (returns the given meeting)',
    writes: true,
    input: z.strictObject({ fromItemId: idSchema, meetingId: idSchema }),
  }),

  'attachments.add': method<MeetingDetail>()({
    summary: 'Keep a small file with a § item in the network file (5 MB a file, 25 MB a meeting)',
    writes: true,
    input: z.strictObject({
      itemId: idSchema,
      // the name is kept and shown with the item: free text like any other (no henkilötunnus)
      fileName: requiredTextSchema(255),
      contentBase64: z.string().max(7_000_000),
    }),
  }),
  'attachments.remove': method<MeetingDetail>()({
    summary: 'Remove an attachment',
    writes: true,
    input: z.strictObject({ attachmentId: idSchema, expectedVersion: expectedVersionSchema }),
  }),

  'attendance.set': method<MeetingDetail>()({
    summary: 'Record one person’s attendance (a representative, or a guest by name)',
    writes: true,
    input: z
      .strictObject({
        meetingId: idSchema,
        representativeId: idSchema.nullish(),
        guestName: optionalTextSchema(200),
        guestActorId: idSchema.nullish(),
        status: z.enum(ATTENDANCE_STATUSES),
        deputyForRepresentativeId: idSchema.nullish(),
        participation: z.enum(PARTICIPATION_MODES).nullish(),
        note: optionalTextSchema(500),
      })
      .refine((value) => Boolean(value.representativeId) !== Boolean(value.guestName), {
        params: { code: 'attendance_person_required' },
        path: ['representativeId'],
      })
      .refine((value) => value.status !== 'deputy' || Boolean(value.deputyForRepresentativeId), {
        params: { code: 'attendance_deputy_for_required' },
        path: ['deputyForRepresentativeId'],
      }),
  }),
  'attendance.remove': method<MeetingDetail>()({
    summary: 'Remove an attendance row entered by mistake',
    writes: true,
    input: z.strictObject({ attendanceId: idSchema, expectedVersion: expectedVersionSchema }),
  }),

  'decisions.create': method<MeetingDetail>()({
    summary: 'Write a decision under a § item (general, approving a matrix version, or an organisation accepting it)',
    writes: true,
    input: z
      .strictObject({
        agendaItemId: idSchema,
        kind: z.enum(DECISION_KINDS),
        text: longText(),
        matrixVersionId: idSchema.nullish(),
        actorId: idSchema.nullish(),
      })
      .refine(textRequired, { params: { code: 'decision_text_required' }, path: ['text'] })
      .refine((value) => value.kind === 'general' || Boolean(value.matrixVersionId), {
        params: { code: 'decision_matrix_version_required' },
        path: ['matrixVersionId'],
      })
      .refine((value) => value.kind !== 'accept_matrix_version' || Boolean(value.actorId), {
        params: { code: 'decision_actor_required' },
        path: ['actorId'],
      }),
  }),
  'decisions.update': method<MeetingDetail>()({
    summary: 'Change a decision’s text (its kind and object stay; withdraw and write anew to change them)',
    writes: true,
    input: z
      .strictObject({ decisionId: idSchema, expectedVersion: expectedVersionSchema, text: longText() })
      .refine(textRequired, { params: { code: 'decision_text_required' }, path: ['text'] }),
  }),
  'decisions.apply': method<MeetingDetail>()({
    summary: 'Carry out a decision on its object: approve the matrix version, or record the organisation’s acceptance',
    writes: true,
    input: z.strictObject({ decisionId: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'decisions.withdraw': method<MeetingDetail>()({
    summary: 'Undo a carried-out decision while the record is not approved and the version has not moved on',
    writes: true,
    input: z.strictObject({ decisionId: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'decisions.remove': method<MeetingDetail>()({
    summary: 'Remove a decision that has not been carried out',
    writes: true,
    input: z.strictObject({ decisionId: idSchema, expectedVersion: expectedVersionSchema }),
  }),

  'actionItems.create': method<MeetingDetail>()({
    summary: 'Add an action item to a meeting (what, owner, due date)',
    writes: true,
    input: z
      .strictObject({ meetingId: idSchema, agendaItemId: idSchema.nullish(), ...actionItemFields })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'actionItems.update': method<ActionItemView>()({
    summary: 'Change an action item',
    writes: true,
    input: z
      .strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, ...actionItemFields })
      .refine(titleRequired, { params: { code: 'name_required' }, path: ['title'] }),
  }),
  'actionItems.close': method<ActionItemView>()({
    summary: 'Mark an action item done or dropped',
    writes: true,
    input: z.strictObject({
      id: idSchema,
      expectedVersion: expectedVersionSchema,
      status: z.enum(['done', 'dropped']),
      closedOn: calendarDateSchema,
      closingNote: optionalTextSchema(2000),
    }),
  }),
  'actionItems.reopen': method<ActionItemView>()({
    summary: 'Open a closed action item again',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'actionItems.remove': method<MeetingDetail>()({
    summary: 'Remove an action item entered by mistake (returns its meeting)',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'actionItems.overview': method<ActionItemView[]>()({
    summary: 'Action items across meetings: by actor, owner and state (overdue against today)',
    writes: false,
    input: z.strictObject({
      actorId: idSchema.optional(),
      ownerRepresentativeId: idSchema.optional(),
      state: z.enum(['open', 'overdue', 'done', 'all']).optional(),
      lang: localeSchema.optional(),
    }),
  }),

  'search.meetings': method<MeetingSearchHit[]>()({
    summary: 'Search agendas, records, decisions and action items (Finnish-aware)',
    writes: false,
    input: z.strictObject({ query: requiredTextSchema(200), lang: localeSchema.optional() }),
  }),
};
