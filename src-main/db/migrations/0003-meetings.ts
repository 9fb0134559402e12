import type { CreateTableBuilder, Kysely } from 'kysely';

// Frozen in time: never edit a released migration, add a new one.
// See docs/design/meetings.md for why the tables look like this.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- builders of tables not yet typed
type Table = CreateTableBuilder<any, any>;

function localized(table: Table, prefix: string): Table {
  return table.addColumn(`${prefix}_fi`, 'text').addColumn(`${prefix}_sv`, 'text').addColumn(`${prefix}_en`, 'text');
}

function bookkeeping(table: Table): Table {
  return table
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  // Työryhmä: a body of the network with its own members and its own meetings.
  let table: Table = db.schema.createTable('working_group').addColumn('id', 'text', (column) => column.primaryKey());
  table = localized(table, 'name');
  table = localized(table, 'description');
  table = table.addColumn('record_kind_default', 'text').addColumn('archived_at', 'text');
  await bookkeeping(table).execute();

  table = db.schema
    .createTable('working_group_member')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('working_group_id', 'text', (column) => column.notNull().references('working_group.id').onDelete('cascade'))
    .addColumn('representative_id', 'text', (column) => column.notNull().references('representative.id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text');
  await bookkeeping(table).execute();
  await db.schema.createIndex('working_group_member_group_idx').on('working_group_member').column('working_group_id').execute();

  // Kokous. Times are Helsinki wall clock 'YYYY-MM-DDTHH:mm'; body_key is 'network' or the group's
  // id, because NULLs never collide in a unique index.
  table = db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('working_group_id', 'text', (column) => column.references('working_group.id'))
    .addColumn('body_key', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('number_in_year', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull());
  table = localized(table, 'title');
  table = table
    .addColumn('starts_at', 'text', (column) => column.notNull())
    .addColumn('ends_at', 'text', (column) => column.notNull())
    .addColumn('place', 'text')
    .addColumn('online_link', 'text')
    .addColumn('chair_representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('secretary_representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('record_kind', 'text', (column) => column.notNull())
    .addColumn('minute_checker_1_id', 'text', (column) => column.references('representative.id'))
    .addColumn('minute_checker_2_id', 'text', (column) => column.references('representative.id'))
    .addColumn('case_number', 'text')
    .addColumn('ics_sequence', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('invitation_sent_at', 'text')
    // the agenda's § numbers are stored from the moment the invitation goes out
    .addColumn('numbers_fixed', 'integer', (column) => column.notNull().defaultTo(0));
  table = localized(table, 'held_note');
  table = table
    .addColumn('record_approved_on', 'text')
    .addColumn('record_approved_by_meeting_id', 'text', (column) => column.references('meeting.id'))
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''));
  await bookkeeping(table).execute();
  await db.schema.createIndex('meeting_starts_at_idx').on('meeting').column('starts_at').execute();
  await db.schema.createIndex('meeting_number_unique').on('meeting').columns(['body_key', 'year', 'number_in_year']).unique().execute();

  await db.schema
    .createTable('meeting_invitee')
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('representative_id', 'text', (column) => column.notNull().references('representative.id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('meeting_invitee_pk', ['meeting_id', 'representative_id'])
    .execute();

  // Esityslistan kohta (§). A subject is one nullable FK per kind, never a type/id pair.
  table = db.schema
    .createTable('agenda_item')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (column) => column.notNull())
    .addColumn('section_number', 'integer')
    .addColumn('kind', 'text', (column) => column.notNull());
  table = localized(table, 'title');
  table = table
    .addColumn('presenter_representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('presenter_text', 'text')
    .addColumn('duration_minutes', 'integer');
  for (const prefix of ['background', 'proposal', 'discussion']) table = localized(table, prefix);
  table = table
    .addColumn('not_discussed', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('carried_from_item_id', 'text', (column) => column.references('agenda_item.id').onDelete('set null'))
    .addColumn('carry_over_dismissed', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('process_id', 'text', (column) => column.references('process.id').onDelete('set null'))
    .addColumn('matrix_version_id', 'text', (column) => column.references('matrix_version.id').onDelete('set null'))
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''));
  await bookkeeping(table).execute();
  await db.schema.createIndex('agenda_item_meeting_idx').on('agenda_item').columns(['meeting_id', 'sort_order']).execute();

  table = db.schema
    .createTable('agenda_attachment')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('agenda_item_id', 'text', (column) => column.notNull().references('agenda_item.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('media_type', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('content', 'blob', (column) => column.notNull())
    .addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('agenda_attachment_item_idx').on('agenda_attachment').column('agenda_item_id').execute();

  // Läsnäolo: the person's name and organisation are kept as they were that day.
  table = db.schema
    .createTable('meeting_attendance')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('person_name', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('deputy_for_representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('participation', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('meeting_attendance_person_unique', ['meeting_id', 'representative_id']);
  await bookkeeping(table).execute();

  // Päätös. The decision holds the FK of what it decides; the decided object points back.
  table = db.schema
    .createTable('meeting_decision')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'text', (column) => column.notNull().references('agenda_item.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (column) => column.notNull());
  table = localized(table, 'text');
  table = table
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('matrix_version_id', 'text', (column) => column.references('matrix_version.id'))
    .addColumn('actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('applied_at', 'text')
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''));
  await bookkeeping(table).execute();
  await db.schema.createIndex('meeting_decision_meeting_idx').on('meeting_decision').column('meeting_id').execute();

  // Yhteisen työn tavoitteet ja toimenpiteet: the network's action plan.
  table = db.schema.createTable('network_goal').addColumn('id', 'text', (column) => column.primaryKey());
  table = localized(table, 'name');
  table = localized(table, 'description');
  table = table
    .addColumn('period_from', 'text')
    .addColumn('period_to', 'text')
    .addColumn('sort_order', 'integer', (column) => column.notNull())
    .addColumn('archived_at', 'text');
  await bookkeeping(table).execute();

  table = db.schema
    .createTable('goal_action')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('goal_id', 'text', (column) => column.notNull().references('network_goal.id').onDelete('cascade'));
  table = localized(table, 'name');
  table = localized(table, 'description');
  table = table.addColumn('schedule_from', 'text').addColumn('schedule_to', 'text');
  table = localized(table, 'schedule_text');
  table = localized(table, 'indicator');
  table = table.addColumn('status', 'text', (column) => column.notNull()).addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('goal_action_goal_idx').on('goal_action').column('goal_id').execute();

  await db.schema
    .createTable('goal_action_actor')
    .addColumn('goal_action_id', 'text', (column) => column.notNull().references('goal_action.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id'))
    .addPrimaryKeyConstraint('goal_action_actor_pk', ['goal_action_id', 'actor_id'])
    .execute();

  // Toimenpide / tehtävä from a meeting; open ones carry over until done.
  table = db.schema
    .createTable('action_item')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'text', (column) => column.references('agenda_item.id').onDelete('set null'));
  table = localized(table, 'title');
  table = table
    .addColumn('owner_actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('owner_representative_id', 'text', (column) => column.references('representative.id'))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('closing_note', 'text')
    .addColumn('goal_action_id', 'text', (column) => column.references('goal_action.id').onDelete('set null'))
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''));
  await bookkeeping(table).execute();
  await db.schema.createIndex('action_item_status_due_idx').on('action_item').columns(['status', 'due_date']).execute();
  await db.schema.createIndex('action_item_meeting_idx').on('action_item').column('meeting_id').execute();

  // The object records which meeting decided it; the decision row holds the same link the other way.
  await db.schema
    .alterTable('matrix_version')
    .addColumn('approved_by_decision_id', 'text', (column) => column.references('meeting_decision.id'))
    .execute();
  await db.schema
    .alterTable('matrix_acceptance')
    .addColumn('decision_id', 'text', (column) => column.references('meeting_decision.id'))
    .execute();
}
