-- Schema of a new network file. Reviewed by hand: a change here is a change to every user’s file.

-- table action_item on action_item
CREATE TABLE "action_item" ("id" text primary key, "meeting_id" text not null references "meeting" ("id") on delete cascade, "agenda_item_id" text references "agenda_item" ("id") on delete set null, "title_fi" text, "title_sv" text, "title_en" text, "owner_actor_id" text references "actor" ("id"), "owner_representative_id" text references "representative" ("id"), "due_date" text, "status" text not null, "closed_on" text, "closing_note" text, "goal_action_id" text references "goal_action" ("id") on delete set null, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index action_item_meeting_idx on action_item
CREATE INDEX "action_item_meeting_idx" on "action_item" ("meeting_id");

-- index action_item_status_due_idx on action_item
CREATE INDEX "action_item_status_due_idx" on "action_item" ("status", "due_date");

-- table actor on actor
CREATE TABLE "actor" ("id" text primary key, "type" text not null, "is_public_authority" integer not null, "business_id" text, "municipality" text, "website" text, "notes" text, "valid_from" text, "valid_to" text, "archived_at" text, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table actor_name on actor_name
CREATE TABLE "actor_name" ("id" text primary key, "actor_id" text not null references "actor" ("id") on delete cascade, "valid_from" text, "name_fi" text, "name_sv" text, "name_en" text, "short_name_fi" text, "short_name_sv" text, "short_name_en" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index actor_name_actor_idx on actor_name
CREATE INDEX "actor_name_actor_idx" on "actor_name" ("actor_id", "valid_from");

-- table actor_succession on actor_succession
CREATE TABLE "actor_succession" ("id" text primary key, "predecessor_id" text not null references "actor" ("id") on delete cascade, "successor_id" text not null references "actor" ("id") on delete cascade, "effective_date" text not null, "note" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null, constraint "actor_succession_pair_unique" unique ("predecessor_id", "successor_id"));

-- index actor_succession_successor_idx on actor_succession
CREATE INDEX "actor_succession_successor_idx" on "actor_succession" ("successor_id");

-- index actor_type_idx on actor
CREATE INDEX "actor_type_idx" on "actor" ("type");

-- table agenda_attachment on agenda_attachment
CREATE TABLE "agenda_attachment" ("id" text primary key, "agenda_item_id" text not null references "agenda_item" ("id") on delete cascade, "file_name" text not null, "media_type" text not null, "size_bytes" integer not null, "sha256" text not null, "content" blob not null, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index agenda_attachment_item_idx on agenda_attachment
CREATE INDEX "agenda_attachment_item_idx" on "agenda_attachment" ("agenda_item_id");

-- table agenda_item on agenda_item
CREATE TABLE "agenda_item" ("id" text primary key, "meeting_id" text not null references "meeting" ("id") on delete cascade, "sort_order" integer not null, "section_number" integer, "kind" text not null, "title_fi" text, "title_sv" text, "title_en" text, "presenter_representative_id" text references "representative" ("id"), "presenter_text" text, "duration_minutes" integer, "background_fi" text, "background_sv" text, "background_en" text, "proposal_fi" text, "proposal_sv" text, "proposal_en" text, "discussion_fi" text, "discussion_sv" text, "discussion_en" text, "not_discussed" integer default 0 not null, "carried_from_item_id" text references "agenda_item" ("id") on delete set null, "carry_over_dismissed" integer default 0 not null, "process_id" text references "process" ("id") on delete set null, "matrix_version_id" text references "matrix_version" ("id") on delete set null, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index agenda_item_meeting_idx on agenda_item
CREATE INDEX "agenda_item_meeting_idx" on "agenda_item" ("meeting_id", "sort_order");

-- table change_log on change_log
CREATE TABLE "change_log" ("id" text primary key, "changed_at" text not null, "changed_by" text not null, "entity_type" text not null, "entity_id" text not null, "operation" text not null, "before_json" text, "after_json" text);

-- index change_log_changed_at_idx on change_log
CREATE INDEX "change_log_changed_at_idx" on "change_log" ("changed_at");

-- index change_log_entity_idx on change_log
CREATE INDEX "change_log_entity_idx" on "change_log" ("entity_type", "entity_id");

-- table goal_action on goal_action
CREATE TABLE "goal_action" ("id" text primary key, "goal_id" text not null references "network_goal" ("id") on delete cascade, "name_fi" text, "name_sv" text, "name_en" text, "description_fi" text, "description_sv" text, "description_en" text, "schedule_from" text, "schedule_to" text, "schedule_text_fi" text, "schedule_text_sv" text, "schedule_text_en" text, "indicator_fi" text, "indicator_sv" text, "indicator_en" text, "status" text not null, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table goal_action_actor on goal_action_actor
CREATE TABLE "goal_action_actor" ("goal_action_id" text not null references "goal_action" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), constraint "goal_action_actor_pk" primary key ("goal_action_id", "actor_id"));

-- index goal_action_goal_idx on goal_action
CREATE INDEX "goal_action_goal_idx" on "goal_action" ("goal_id");

-- table kysely_migration on kysely_migration
CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);

-- table kysely_migration_lock on kysely_migration_lock
CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);

-- table legal_act on legal_act
CREATE TABLE "legal_act" ("id" text primary key, "number" text not null, "name_fi" text, "name_sv" text, "name_en" text, "in_force_from" text, "repealed_on" text, "replaced_by_act_id" text references "legal_act" ("id") on delete set null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index legal_act_number_unique on legal_act
CREATE UNIQUE INDEX "legal_act_number_unique" on "legal_act" ("number");

-- table legal_reference on legal_reference
CREATE TABLE "legal_reference" ("id" text primary key, "process_id" text not null references "process" ("id") on delete cascade, "node_id" text references "process_node" ("id") on delete cascade, "act_id" text not null references "legal_act" ("id"), "section" text, "note" text, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index legal_reference_process_idx on legal_reference
CREATE INDEX "legal_reference_process_idx" on "legal_reference" ("process_id", "node_id");

-- table matrix on matrix
CREATE TABLE "matrix" ("id" text primary key, "process_id" text references "process" ("id") on delete set null, "name_fi" text, "name_sv" text, "name_en" text, "threshold_consulted" integer not null, "threshold_informed" integer not null, "archived_at" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table matrix_acceptance on matrix_acceptance
CREATE TABLE "matrix_acceptance" ("id" text primary key, "version_id" text not null references "matrix_version" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), "accepted_by_name" text not null, "accepted_on" text not null, "body" text, "section" text, "case_number" text, "note" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null, "decision_id" text references "meeting_decision" ("id"), constraint "matrix_acceptance_actor_unique" unique ("version_id", "actor_id"));

-- table matrix_accepted_warning on matrix_accepted_warning
CREATE TABLE "matrix_accepted_warning" ("id" text primary key, "version_id" text not null references "matrix_version" ("id") on delete cascade, "code" text not null, "task_id" text references "matrix_task" ("id") on delete cascade, "actor_id" text references "actor" ("id"), "reason" text not null, "accepted_by" text not null, "accepted_at" text not null);

-- index matrix_accepted_warning_version_idx on matrix_accepted_warning
CREATE INDEX "matrix_accepted_warning_version_idx" on "matrix_accepted_warning" ("version_id");

-- table matrix_cell on matrix_cell
CREATE TABLE "matrix_cell" ("version_id" text not null references "matrix_version" ("id") on delete cascade, "task_id" text not null references "matrix_task" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), "letter" text not null, constraint "matrix_cell_pk" primary key ("task_id", "actor_id"));

-- index matrix_cell_version_idx on matrix_cell
CREATE INDEX "matrix_cell_version_idx" on "matrix_cell" ("version_id");

-- table matrix_column on matrix_column
CREATE TABLE "matrix_column" ("version_id" text not null references "matrix_version" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), "sort_order" integer not null, constraint "matrix_column_pk" primary key ("version_id", "actor_id"));

-- table matrix_review on matrix_review
CREATE TABLE "matrix_review" ("id" text primary key, "version_id" text not null references "matrix_version" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), "task_id" text not null references "matrix_task" ("id") on delete cascade, "verdict" text not null, "comment" text, "source" text not null, "resolution" text, "recorded_by" text not null, "recorded_at" text not null, constraint "matrix_review_answer_unique" unique ("version_id", "actor_id", "task_id"));

-- table matrix_task on matrix_task
CREATE TABLE "matrix_task" ("id" text primary key, "version_id" text not null references "matrix_version" ("id") on delete cascade, "node_id" text references "process_node" ("id") on delete set null, "lineage_id" text not null, "name_fi" text, "name_sv" text, "name_en" text, "statutory" integer default 0 not null, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index matrix_task_version_idx on matrix_task
CREATE INDEX "matrix_task_version_idx" on "matrix_task" ("version_id", "sort_order");

-- table matrix_version on matrix_version
CREATE TABLE "matrix_version" ("id" text primary key, "matrix_id" text not null references "matrix" ("id") on delete cascade, "number" integer not null, "status" text not null, "based_on_version_id" text references "matrix_version" ("id"), "valid_on" text not null, "note" text, "sent_to_review_at" text, "review_deadline" text, "approved_at" text, "approved_by" text, "approval_reference" text, "frozen_threshold_consulted" integer, "frozen_threshold_informed" integer, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null, "approved_by_decision_id" text references "meeting_decision" ("id"));

-- index matrix_version_number_unique on matrix_version
CREATE UNIQUE INDEX "matrix_version_number_unique" on "matrix_version" ("matrix_id", "number");

-- table meeting on meeting
CREATE TABLE "meeting" ("id" text primary key, "working_group_id" text references "working_group" ("id"), "body_key" text not null, "year" integer not null, "number_in_year" integer not null, "kind" text not null, "status" text not null, "title_fi" text, "title_sv" text, "title_en" text, "starts_at" text not null, "ends_at" text not null, "place" text, "online_link" text, "chair_representative_id" text references "representative" ("id"), "secretary_representative_id" text references "representative" ("id"), "record_kind" text not null, "minute_checker_1_id" text references "representative" ("id"), "minute_checker_2_id" text references "representative" ("id"), "case_number" text, "ics_sequence" integer default 0 not null, "invitation_sent_at" text, "numbers_fixed" integer default 0 not null, "held_note_fi" text, "held_note_sv" text, "held_note_en" text, "record_approved_on" text, "record_approved_by_meeting_id" text references "meeting" ("id"), "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table meeting_attendance on meeting_attendance
CREATE TABLE "meeting_attendance" ("id" text primary key, "meeting_id" text not null references "meeting" ("id") on delete cascade, "representative_id" text references "representative" ("id"), "person_name" text not null, "actor_id" text references "actor" ("id"), "status" text not null, "deputy_for_representative_id" text references "representative" ("id"), "participation" text, "note" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null, constraint "meeting_attendance_person_unique" unique ("meeting_id", "representative_id"));

-- table meeting_decision on meeting_decision
CREATE TABLE "meeting_decision" ("id" text primary key, "meeting_id" text not null references "meeting" ("id") on delete cascade, "agenda_item_id" text not null references "agenda_item" ("id") on delete cascade, "sort_order" integer not null, "text_fi" text, "text_sv" text, "text_en" text, "kind" text not null, "matrix_version_id" text references "matrix_version" ("id"), "actor_id" text references "actor" ("id"), "applied_at" text, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index meeting_decision_meeting_idx on meeting_decision
CREATE INDEX "meeting_decision_meeting_idx" on "meeting_decision" ("meeting_id");

-- table meeting_invitee on meeting_invitee
CREATE TABLE "meeting_invitee" ("meeting_id" text not null references "meeting" ("id") on delete cascade, "representative_id" text not null references "representative" ("id"), "role" text not null, constraint "meeting_invitee_pk" primary key ("meeting_id", "representative_id"));

-- index meeting_number_unique on meeting
CREATE UNIQUE INDEX "meeting_number_unique" on "meeting" ("body_key", "year", "number_in_year");

-- index meeting_starts_at_idx on meeting
CREATE INDEX "meeting_starts_at_idx" on "meeting" ("starts_at");

-- table network_goal on network_goal
CREATE TABLE "network_goal" ("id" text primary key, "name_fi" text, "name_sv" text, "name_en" text, "description_fi" text, "description_sv" text, "description_en" text, "period_from" text, "period_to" text, "sort_order" integer not null, "archived_at" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table network_info on network_info
CREATE TABLE "network_info" ("id" text primary key, "name_fi" text, "name_sv" text, "name_en" text, "region" text, "is_demo" integer default 0 not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table network_setting on network_setting
CREATE TABLE "network_setting" ("key" text primary key, "value_json" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table process on process
CREATE TABLE "process" ("id" text primary key, "group_id" text references "process_group" ("id") on delete set null, "owner_actor_id" text references "actor" ("id"), "status" text not null, "sort_order" integer not null, "name_fi" text, "name_sv" text, "name_en" text, "purpose_fi" text, "purpose_sv" text, "purpose_en" text, "start_event_fi" text, "start_event_sv" text, "start_event_en" text, "end_event_fi" text, "end_event_sv" text, "end_event_en" text, "inputs_fi" text, "inputs_sv" text, "inputs_en" text, "outputs_fi" text, "outputs_sv" text, "outputs_en" text, "time_limits_fi" text, "time_limits_sv" text, "time_limits_en" text, "indicators_fi" text, "indicators_sv" text, "indicators_en" text, "information_systems_fi" text, "information_systems_sv" text, "information_systems_en" text, "notes_fi" text, "notes_sv" text, "notes_en" text, "archived_at" text, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table process_edge on process_edge
CREATE TABLE "process_edge" ("id" text primary key, "process_id" text not null references "process" ("id") on delete cascade, "from_node_id" text not null references "process_node" ("id") on delete cascade, "to_node_id" text not null references "process_node" ("id") on delete cascade, "label_fi" text, "label_sv" text, "label_en" text, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index process_edge_process_idx on process_edge
CREATE INDEX "process_edge_process_idx" on "process_edge" ("process_id");

-- table process_group on process_group
CREATE TABLE "process_group" ("id" text primary key, "name_fi" text, "name_sv" text, "name_en" text, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index process_group_idx on process
CREATE INDEX "process_group_idx" on "process" ("group_id");

-- table process_node on process_node
CREATE TABLE "process_node" ("id" text primary key, "process_id" text not null references "process" ("id") on delete cascade, "kind" text not null, "performer_actor_id" text references "actor" ("id"), "target_group_id" text references "process_target_group" ("id") on delete set null, "statutory" integer default 0 not null, "time_limit_days" integer, "name_fi" text, "name_sv" text, "name_en" text, "description_fi" text, "description_sv" text, "description_en" text, "inputs_fi" text, "inputs_sv" text, "inputs_en" text, "outputs_fi" text, "outputs_sv" text, "outputs_en" text, "time_limit_text_fi" text, "time_limit_text_sv" text, "time_limit_text_en" text, "notes_fi" text, "notes_sv" text, "notes_en" text, "sort_order" integer not null, "deleted_at" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index process_node_process_idx on process_node
CREATE INDEX "process_node_process_idx" on "process_node" ("process_id", "sort_order");

-- table process_target_group on process_target_group
CREATE TABLE "process_target_group" ("id" text primary key, "process_id" text not null references "process" ("id") on delete cascade, "name_fi" text, "name_sv" text, "name_en" text, "sort_order" integer not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index process_target_group_process_idx on process_target_group
CREATE INDEX "process_target_group_process_idx" on "process_target_group" ("process_id");

-- table representative on representative
CREATE TABLE "representative" ("id" text primary key, "actor_id" text not null references "actor" ("id") on delete cascade, "name" text not null, "title" text, "email" text, "phone" text, "network_role" text not null, "valid_from" text, "valid_to" text, "archived_at" text, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index representative_actor_idx on representative
CREATE INDEX "representative_actor_idx" on "representative" ("actor_id");

-- table working_group on working_group
CREATE TABLE "working_group" ("id" text primary key, "name_fi" text, "name_sv" text, "name_en" text, "description_fi" text, "description_sv" text, "description_en" text, "record_kind_default" text, "archived_at" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table working_group_member on working_group_member
CREATE TABLE "working_group_member" ("id" text primary key, "working_group_id" text not null references "working_group" ("id") on delete cascade, "representative_id" text not null references "representative" ("id"), "role" text not null, "valid_from" text, "valid_to" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index working_group_member_group_idx on working_group_member
CREATE INDEX "working_group_member_group_idx" on "working_group_member" ("working_group_id");
