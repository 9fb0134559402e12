import type { CreateTableBuilder, Kysely } from 'kysely';

// Frozen in time: never edit a released migration, add a new one.
// See docs/design/processes-and-matrices.md for why the tables look like this.

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
  // Prosessikartta: the groups of the process map.
  let table: Table = db.schema.createTable('process_group').addColumn('id', 'text', (column) => column.primaryKey());
  table = localized(table, 'name');
  table = table.addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();

  table = db.schema
    .createTable('process')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('group_id', 'text', (column) => column.references('process_group.id').onDelete('set null'))
    .addColumn('owner_actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('sort_order', 'integer', (column) => column.notNull());
  for (const prefix of ['name', 'purpose', 'start_event', 'end_event', 'inputs', 'outputs', 'time_limits', 'indicators', 'information_systems', 'notes']) {
    table = localized(table, prefix);
  }
  table = table.addColumn('archived_at', 'text').addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''));
  await bookkeeping(table).execute();
  await db.schema.createIndex('process_group_idx').on('process').column('group_id').execute();

  // Asiakkaat / kohderyhmät: one process serves several, and variants of steps point at them.
  table = db.schema
    .createTable('process_target_group')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('process_id', 'text', (column) => column.notNull().references('process.id').onDelete('cascade'));
  table = localized(table, 'name');
  table = table.addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('process_target_group_process_idx').on('process_target_group').column('process_id').execute();

  table = db.schema
    .createTable('process_node')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('process_id', 'text', (column) => column.notNull().references('process.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('performer_actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('target_group_id', 'text', (column) => column.references('process_target_group.id').onDelete('set null'))
    .addColumn('statutory', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('time_limit_days', 'integer');
  for (const prefix of ['name', 'description', 'inputs', 'outputs', 'time_limit_text', 'notes']) {
    table = localized(table, prefix);
  }
  table = table.addColumn('sort_order', 'integer', (column) => column.notNull()).addColumn('deleted_at', 'text');
  await bookkeeping(table).execute();
  await db.schema.createIndex('process_node_process_idx').on('process_node').columns(['process_id', 'sort_order']).execute();

  table = db.schema
    .createTable('process_edge')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('process_id', 'text', (column) => column.notNull().references('process.id').onDelete('cascade'))
    .addColumn('from_node_id', 'text', (column) => column.notNull().references('process_node.id').onDelete('cascade'))
    .addColumn('to_node_id', 'text', (column) => column.notNull().references('process_node.id').onDelete('cascade'));
  table = localized(table, 'label');
  table = table.addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('process_edge_process_idx').on('process_edge').column('process_id').execute();

  // Säädökset: an act's validity is data, so a step citing a repealed act can be flagged.
  table = db.schema
    .createTable('legal_act')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('number', 'text', (column) => column.notNull());
  table = localized(table, 'name');
  table = table
    .addColumn('in_force_from', 'text')
    .addColumn('repealed_on', 'text')
    .addColumn('replaced_by_act_id', 'text', (column) => column.references('legal_act.id').onDelete('set null'));
  await bookkeeping(table).execute();
  await db.schema.createIndex('legal_act_number_unique').on('legal_act').column('number').unique().execute();

  table = db.schema
    .createTable('legal_reference')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('process_id', 'text', (column) => column.notNull().references('process.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (column) => column.references('process_node.id').onDelete('cascade'))
    .addColumn('act_id', 'text', (column) => column.notNull().references('legal_act.id'))
    .addColumn('section', 'text')
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('legal_reference_process_idx').on('legal_reference').columns(['process_id', 'node_id']).execute();

  // Vastuumatriisi.
  table = db.schema
    .createTable('matrix')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('process_id', 'text', (column) => column.references('process.id').onDelete('set null'));
  table = localized(table, 'name');
  table = table
    .addColumn('threshold_consulted', 'integer', (column) => column.notNull())
    .addColumn('threshold_informed', 'integer', (column) => column.notNull())
    .addColumn('archived_at', 'text');
  await bookkeeping(table).execute();

  table = db.schema
    .createTable('matrix_version')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('matrix_id', 'text', (column) => column.notNull().references('matrix.id').onDelete('cascade'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('based_on_version_id', 'text', (column) => column.references('matrix_version.id'))
    .addColumn('valid_on', 'text', (column) => column.notNull())
    .addColumn('note', 'text')
    .addColumn('sent_to_review_at', 'text')
    .addColumn('review_deadline', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approval_reference', 'text')
    // the matrix's check limits as they were when the version was frozen (null while a draft)
    .addColumn('frozen_threshold_consulted', 'integer')
    .addColumn('frozen_threshold_informed', 'integer');
  await bookkeeping(table).execute();
  await db.schema.createIndex('matrix_version_number_unique').on('matrix_version').columns(['matrix_id', 'number']).unique().execute();

  table = db.schema
    .createTable('matrix_task')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('node_id', 'text', (column) => column.references('process_node.id').onDelete('set null'))
    // a task keeps its identity across versions, so reviews and diffs can pair rows of two versions
    .addColumn('lineage_id', 'text', (column) => column.notNull());
  table = localized(table, 'name');
  table = table
    .addColumn('statutory', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (column) => column.notNull());
  await bookkeeping(table).execute();
  await db.schema.createIndex('matrix_task_version_idx').on('matrix_task').columns(['version_id', 'sort_order']).execute();

  await db.schema
    .createTable('matrix_column')
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id'))
    .addColumn('sort_order', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('matrix_column_pk', ['version_id', 'actor_id'])
    .execute();

  // Empty cells are absent rows.
  await db.schema
    .createTable('matrix_cell')
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (column) => column.notNull().references('matrix_task.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id'))
    .addColumn('letter', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('matrix_cell_pk', ['task_id', 'actor_id'])
    .execute();
  await db.schema.createIndex('matrix_cell_version_idx').on('matrix_cell').column('version_id').execute();

  await db.schema
    .createTable('matrix_accepted_warning')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('task_id', 'text', (column) => column.references('matrix_task.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.references('actor.id'))
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('accepted_by', 'text', (column) => column.notNull())
    .addColumn('accepted_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('matrix_accepted_warning_version_idx').on('matrix_accepted_warning').column('version_id').execute();

  // Lausuntokierros: one answer per member, task and version; the latest answer replaces the earlier one.
  await db.schema
    .createTable('matrix_review')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id'))
    .addColumn('task_id', 'text', (column) => column.notNull().references('matrix_task.id').onDelete('cascade'))
    .addColumn('verdict', 'text', (column) => column.notNull())
    .addColumn('comment', 'text')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('resolution', 'text')
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('matrix_review_answer_unique', ['version_id', 'actor_id', 'task_id'])
    .execute();

  // Hyväksyntä: a network meeting cannot bind its members; each organisation accepts by its own decision.
  table = db.schema
    .createTable('matrix_acceptance')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('version_id', 'text', (column) => column.notNull().references('matrix_version.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id'))
    .addColumn('accepted_by_name', 'text', (column) => column.notNull())
    .addColumn('accepted_on', 'text', (column) => column.notNull())
    .addColumn('body', 'text')
    .addColumn('section', 'text')
    .addColumn('case_number', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('matrix_acceptance_actor_unique', ['version_id', 'actor_id']);
  await bookkeeping(table).execute();
}
