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

-- table network_info on network_info
CREATE TABLE "network_info" ("id" text primary key, "name_fi" text, "name_sv" text, "name_en" text, "region" text, "is_demo" integer default 0 not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table network_setting on network_setting
CREATE TABLE "network_setting" ("key" text primary key, "value_json" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- table representative on representative
CREATE TABLE "representative" ("id" text primary key, "actor_id" text not null references "actor" ("id") on delete cascade, "name" text not null, "title" text, "email" text, "phone" text, "network_role" text not null, "valid_from" text, "valid_to" text, "archived_at" text, "search_text" text default '' not null, "created_at" text not null, "updated_at" text not null, "row_version" integer default 1 not null);

-- index representative_actor_idx on representative
CREATE INDEX "representative_actor_idx" on "representative" ("actor_id");
