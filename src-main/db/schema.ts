/**
 * Row types of every table, exactly as stored. Conversions to domain values (booleans, localized
 * texts) happen in the repositories through `stored-values.ts`; nothing above the repositories
 * sees these shapes.
 */
export interface NetworkInfoTable {
  id: string;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  region: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
  row_version: number;
}

export interface ActorTable {
  id: string;
  /** an ActorType code */
  type: string;
  is_public_authority: number;
  /** Y-tunnus; optional and deliberately not unique */
  business_id: string | null;
  municipality: string | null;
  website: string | null;
  notes: string | null;
  valid_from: string | null;
  valid_to: string | null;
  archived_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** An actor's name over time; the row with the latest valid_from not after a date is the name then. */
export interface ActorNameTable {
  id: string;
  actor_id: string;
  /** null: the name the actor had from the start */
  valid_from: string | null;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  short_name_fi: string | null;
  short_name_sv: string | null;
  short_name_en: string | null;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** Seuraanto: many-to-many, so splits (TE-toimisto → työllisyysalueet) and mergers both fit. */
export interface ActorSuccessionTable {
  id: string;
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  row_version: number;
}

export interface RepresentativeTable {
  id: string;
  actor_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** a NetworkRole code */
  network_role: string;
  valid_from: string | null;
  valid_to: string | null;
  archived_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** One log for every change (what, when, who): the base of audit, undo and conflict messages. */
export interface ChangeLogTable {
  id: string;
  changed_at: string;
  changed_by: string;
  entity_type: string;
  entity_id: string;
  operation: string;
  before_json: string | null;
  after_json: string | null;
}

export interface NetworkSettingTable {
  key: string;
  value_json: string;
  updated_at: string;
  row_version: number;
}

type Localized<Prefix extends string> = { [K in `${Prefix}_${'fi' | 'sv' | 'en'}`]: string | null };

interface Bookkeeping {
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** Prosessikartan ryhmä: a group of the process map (initial phase, integration plan phase, …). */
export interface ProcessGroupTable extends Localized<'name'>, Bookkeeping {
  id: string;
  sort_order: number;
}

/** Prosessikortti: one process of the network, with the card's fields as localized texts. */
export interface ProcessTable
  extends Localized<'name'>,
    Localized<'purpose'>,
    Localized<'start_event'>,
    Localized<'end_event'>,
    Localized<'inputs'>,
    Localized<'outputs'>,
    Localized<'time_limits'>,
    Localized<'indicators'>,
    Localized<'information_systems'>,
    Localized<'notes'>,
    Bookkeeping {
  id: string;
  group_id: string | null;
  owner_actor_id: string | null;
  /** a ProcessStatus code */
  status: string;
  sort_order: number;
  archived_at: string | null;
  search_text: string;
}

/** Asiakasryhmä: a customer / target group of one process. */
export interface ProcessTargetGroupTable extends Localized<'name'>, Bookkeeping {
  id: string;
  process_id: string;
  sort_order: number;
}

/** A step, decision, start or end of a process; its performer is its swimlane. */
export interface ProcessNodeTable
  extends Localized<'name'>,
    Localized<'description'>,
    Localized<'inputs'>,
    Localized<'outputs'>,
    Localized<'time_limit_text'>,
    Localized<'notes'>,
    Bookkeeping {
  id: string;
  process_id: string;
  /** a ProcessNodeKind code */
  kind: string;
  performer_actor_id: string | null;
  /** set when the node belongs to one target group's variant of the path */
  target_group_id: string | null;
  /** a statutory authority task (viranomaistehtävä) */
  statutory: number;
  time_limit_days: number | null;
  sort_order: number;
  /** deleted steps stay until the delete can no longer be undone */
  deleted_at: string | null;
}

export interface ProcessEdgeTable extends Localized<'label'>, Bookkeeping {
  id: string;
  process_id: string;
  from_node_id: string;
  to_node_id: string;
  sort_order: number;
}

/** Säädös, e.g. 681/2023 (kotoutumislaki); its validity is data. */
export interface LegalActTable extends Localized<'name'>, Bookkeeping {
  id: string;
  /** "681/2023" */
  number: string;
  in_force_from: string | null;
  repealed_on: string | null;
  replaced_by_act_id: string | null;
}

/** A process (node_id null) or a step citing a section of an act. */
export interface LegalReferenceTable extends Bookkeeping {
  id: string;
  process_id: string;
  node_id: string | null;
  act_id: string;
  /** "15 §" */
  section: string | null;
  note: string | null;
  sort_order: number;
}

/** Vastuumatriisi: of a process, or free. */
export interface MatrixTable extends Localized<'name'>, Bookkeeping {
  id: string;
  process_id: string | null;
  threshold_consulted: number;
  threshold_informed: number;
  archived_at: string | null;
}

/** A version: a draft until sent to review; frozen from then on. */
export interface MatrixVersionTable extends Bookkeeping {
  id: string;
  matrix_id: string;
  number: number;
  /** a MatrixVersionStatus code */
  status: string;
  based_on_version_id: string | null;
  /** the date whose actor names and successions the version uses */
  valid_on: string;
  note: string | null;
  sent_to_review_at: string | null;
  review_deadline: string | null;
  approved_at: string | null;
  approved_by: string | null;
  /** e.g. the network meeting's decision: "Verkoston kokous 3/2026, 5 §" */
  approval_reference: string | null;
  /** the matrix's check limits when the version was sent to review: a frozen version keeps its findings */
  frozen_threshold_consulted: number | null;
  frozen_threshold_informed: number | null;
  /** the meeting decision that approved it (schema v3); null for approvals recorded by hand */
  approved_by_decision_id: string | null;
}

export interface MatrixTaskTable extends Localized<'name'>, Bookkeeping {
  id: string;
  version_id: string;
  node_id: string | null;
  /** the same in every version's copy of the task: pairs rows for review and comparison */
  lineage_id: string;
  statutory: number;
  sort_order: number;
}

export interface MatrixColumnTable {
  version_id: string;
  actor_id: string;
  sort_order: number;
}

/** One letter; an empty cell is an absent row. */
export interface MatrixCellTable {
  version_id: string;
  task_id: string;
  actor_id: string;
  /** R, A, C or I */
  letter: string;
}

export interface MatrixAcceptedWarningTable {
  id: string;
  version_id: string;
  /** a FindingCode */
  code: string;
  task_id: string | null;
  actor_id: string | null;
  reason: string;
  accepted_by: string;
  accepted_at: string;
}

/** A member's answer on one task of a version in review. */
export interface MatrixReviewTable {
  id: string;
  version_id: string;
  actor_id: string;
  task_id: string;
  /** 'agree' | 'comment' */
  verdict: string;
  comment: string | null;
  /** 'app' | 'form' | 'entered_by_coordinator' */
  source: string;
  /** the coordinator's answer to a comment; null while the comment is open */
  resolution: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** A member organisation's own decision accepting an approved version. */
export interface MatrixAcceptanceTable extends Bookkeeping {
  id: string;
  version_id: string;
  actor_id: string;
  accepted_by_name: string;
  accepted_on: string;
  /** the deciding body, e.g. "Hämeenlinnan kaupunginhallitus" */
  body: string | null;
  /** "45 §" */
  section: string | null;
  /** diaarinumero */
  case_number: string | null;
  note: string | null;
  /** the meeting decision that recorded it (schema v3) */
  decision_id: string | null;
}

// ---- Meetings and the action plan (schema v3, docs/design/meetings.md) ----

/** Työryhmä. */
export interface WorkingGroupTable extends Localized<'name'>, Localized<'description'>, Bookkeeping {
  id: string;
  /** 'memo' | 'minutes' | null (the network's setting) */
  record_kind_default: string | null;
  archived_at: string | null;
}

export interface WorkingGroupMemberTable extends Bookkeeping {
  id: string;
  working_group_id: string;
  representative_id: string;
  /** 'chair' | 'secretary' | 'member' */
  role: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** Kokous. Times are Helsinki wall clock 'YYYY-MM-DDTHH:mm'. */
export interface MeetingTable extends Localized<'title'>, Localized<'held_note'>, Bookkeeping {
  id: string;
  working_group_id: string | null;
  /** 'network' or the working group's id: the scope of the number 3/2026 */
  body_key: string;
  year: number;
  number_in_year: number;
  /** 'network_meeting' | 'steering_group' | 'workshop' */
  kind: string;
  /** 'planned' | 'invited' | 'held' | 'record_approved' | 'cancelled' */
  status: string;
  starts_at: string;
  ends_at: string;
  place: string | null;
  online_link: string | null;
  chair_representative_id: string | null;
  secretary_representative_id: string | null;
  /** 'memo' (muistio) | 'minutes' (pöytäkirja) */
  record_kind: string;
  minute_checker_1_id: string | null;
  minute_checker_2_id: string | null;
  /** diaarinumero */
  case_number: string | null;
  /** raised whenever a sent invitation changes, so calendars update the same event */
  ics_sequence: number;
  invitation_sent_at: string | null;
  /** 1 once the invitation is sent: the agenda's § numbers are stored and stand */
  numbers_fixed: number;
  record_approved_on: string | null;
  record_approved_by_meeting_id: string | null;
  search_text: string;
}

export interface MeetingInviteeTable {
  meeting_id: string;
  representative_id: string;
  /** 'chair' | 'required' | 'optional' */
  role: string;
}

/** Esityslistan kohta (§). */
export interface AgendaItemTable
  extends Localized<'title'>,
    Localized<'background'>,
    Localized<'proposal'>,
    Localized<'discussion'>,
    Bookkeeping {
  id: string;
  meeting_id: string;
  sort_order: number;
  /** null until the meeting's numbers are fixed */
  section_number: number | null;
  /** an AgendaItemKind code */
  kind: string;
  presenter_representative_id: string | null;
  presenter_text: string | null;
  duration_minutes: number | null;
  not_discussed: number;
  carried_from_item_id: string | null;
  carry_over_dismissed: number;
  process_id: string | null;
  matrix_version_id: string | null;
  search_text: string;
}

export interface AgendaAttachmentTable extends Bookkeeping {
  id: string;
  agenda_item_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  sort_order: number;
}

/** Läsnäolo: name and organisation as they were on the day. */
export interface MeetingAttendanceTable extends Bookkeeping {
  id: string;
  meeting_id: string;
  /** null for a guest */
  representative_id: string | null;
  person_name: string;
  actor_id: string | null;
  /** 'present' | 'absent' | 'deputy' */
  status: string;
  deputy_for_representative_id: string | null;
  /** 'in_person' | 'online' | null */
  participation: string | null;
  note: string | null;
}

/** Päätös. */
export interface MeetingDecisionTable extends Localized<'text'>, Bookkeeping {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  sort_order: number;
  /** 'general' | 'approve_matrix_version' | 'accept_matrix_version' */
  kind: string;
  matrix_version_id: string | null;
  /** the accepting organisation of an accept_matrix_version decision */
  actor_id: string | null;
  /** when the decision was carried out on its object; null while only written */
  applied_at: string | null;
  search_text: string;
}

/** Yhteisen työn tavoite. */
export interface NetworkGoalTable extends Localized<'name'>, Localized<'description'>, Bookkeeping {
  id: string;
  period_from: string | null;
  period_to: string | null;
  sort_order: number;
  archived_at: string | null;
}

/** Toimenpide of a goal. */
export interface GoalActionTable
  extends Localized<'name'>,
    Localized<'description'>,
    Localized<'schedule_text'>,
    Localized<'indicator'>,
    Bookkeeping {
  id: string;
  goal_id: string;
  schedule_from: string | null;
  schedule_to: string | null;
  /** 'planned' | 'ongoing' | 'done' | 'postponed' | 'dropped' */
  status: string;
  sort_order: number;
}

export interface GoalActionActorTable {
  goal_action_id: string;
  actor_id: string;
}

/** Tehtävä from a meeting; open ones carry over until done. */
export interface ActionItemTable extends Localized<'title'>, Bookkeeping {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  owner_actor_id: string | null;
  owner_representative_id: string | null;
  due_date: string | null;
  /** 'open' | 'done' | 'dropped' */
  status: string;
  closed_on: string | null;
  closing_note: string | null;
  goal_action_id: string | null;
  search_text: string;
}

export interface Database {
  network_info: NetworkInfoTable;
  actor: ActorTable;
  actor_name: ActorNameTable;
  actor_succession: ActorSuccessionTable;
  representative: RepresentativeTable;
  change_log: ChangeLogTable;
  network_setting: NetworkSettingTable;
  process_group: ProcessGroupTable;
  process: ProcessTable;
  process_target_group: ProcessTargetGroupTable;
  process_node: ProcessNodeTable;
  process_edge: ProcessEdgeTable;
  legal_act: LegalActTable;
  legal_reference: LegalReferenceTable;
  matrix: MatrixTable;
  matrix_version: MatrixVersionTable;
  matrix_task: MatrixTaskTable;
  matrix_column: MatrixColumnTable;
  matrix_cell: MatrixCellTable;
  matrix_accepted_warning: MatrixAcceptedWarningTable;
  matrix_review: MatrixReviewTable;
  matrix_acceptance: MatrixAcceptanceTable;
  working_group: WorkingGroupTable;
  working_group_member: WorkingGroupMemberTable;
  meeting: MeetingTable;
  meeting_invitee: MeetingInviteeTable;
  agenda_item: AgendaItemTable;
  agenda_attachment: AgendaAttachmentTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_decision: MeetingDecisionTable;
  network_goal: NetworkGoalTable;
  goal_action: GoalActionTable;
  goal_action_actor: GoalActionActorTable;
  action_item: ActionItemTable;
}
