import type { Kysely } from 'kysely';

// Frozen in time: never edit a released migration, add a new one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('network_info')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name_fi', 'text')
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('region', 'text')
    .addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('actor')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('is_public_authority', 'integer', (column) => column.notNull())
    .addColumn('business_id', 'text')
    .addColumn('municipality', 'text')
    .addColumn('website', 'text')
    .addColumn('notes', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('actor_type_idx').on('actor').column('type').execute();

  await db.schema
    .createTable('actor_name')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id').onDelete('cascade'))
    .addColumn('valid_from', 'text')
    .addColumn('name_fi', 'text')
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('short_name_fi', 'text')
    .addColumn('short_name_sv', 'text')
    .addColumn('short_name_en', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('actor_name_actor_idx').on('actor_name').columns(['actor_id', 'valid_from']).execute();

  await db.schema
    .createTable('actor_succession')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('predecessor_id', 'text', (column) => column.notNull().references('actor.id').onDelete('cascade'))
    .addColumn('successor_id', 'text', (column) => column.notNull().references('actor.id').onDelete('cascade'))
    .addColumn('effective_date', 'text', (column) => column.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .addUniqueConstraint('actor_succession_pair_unique', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema.createIndex('actor_succession_successor_idx').on('actor_succession').column('successor_id').execute();

  await db.schema
    .createTable('representative')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('actor_id', 'text', (column) => column.notNull().references('actor.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('network_role', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('representative_actor_idx').on('representative').column('actor_id').execute();

  await db.schema
    .createTable('change_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('changed_at', 'text', (column) => column.notNull())
    .addColumn('changed_by', 'text', (column) => column.notNull())
    .addColumn('entity_type', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('operation', 'text', (column) => column.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('change_log_entity_idx').on('change_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('change_log_changed_at_idx').on('change_log').column('changed_at').execute();

  await db.schema
    .createTable('network_setting')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value_json', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('row_version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
}
