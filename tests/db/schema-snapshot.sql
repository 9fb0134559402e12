-- Schema of a new network file. Reviewed by hand: a change here is a change to every user’s file.

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

-- table change_log on change_log
CREATE TABLE "change_log" ("id" text primary key, "changed_at" text not null, "changed_by" text not null, "entity_type" text not null, "entity_id" text not null, "operation" text not null, "before_json" text, "after_json" text);

-- index change_log_changed_at_idx on change_log
CREATE INDEX "change_log_changed_at_idx" on "change_log" ("changed_at");

-- index change_log_entity_idx on change_log
CREATE INDEX "change_log_entity_idx" on "change_log" ("entity_type", "entity_id");

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
CREATE TABLE "matrix_acceptance" ("id" text primary key, "version_id" text not null references "matrix_version" ("id") on delete cascade, "actor_id" text not null references "actor" ("id"), "accepted_by_name" text not null, "accepted_on" text not null, "body" text, "section" text, "case_number" text, "note" text, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null, constraint "matrix_acceptance_actor_unique" unique ("version_id", "actor_id"));

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
CREATE TABLE "matrix_version" ("id" text primary key, "matrix_id" text not null references "matrix" ("id") on delete cascade, "number" integer not null, "status" text not null, "based_on_version_id" text references "matrix_version" ("id"), "valid_on" text not null, "note" text, "sent_to_review_at" text, "review_deadline" text, "approved_at" text, "approved_by" text, "approval_reference" text, "frozen_threshold_consulted" integer, "frozen_threshold_informed" integer, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index matrix_version_number_unique on matrix_version
CREATE UNIQUE INDEX "matrix_version_number_unique" on "matrix_version" ("matrix_id", "number");

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
