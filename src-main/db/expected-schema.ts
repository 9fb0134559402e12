import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrationProvider, migrations } from './migrations/index.js';
import { SqliteConnection } from './sqlite-connection.js';
import { KotoverkkoSqliteDialect } from './sqlite-dialect.js';

const cache = new Map<string, Promise<string[]>>();

/**
 * The tables, indexes and triggers (`"<type> <name>"`) a network file has after the given
 * migration, learned by running the migrations on an in-memory database once per process.
 * An unknown migration (a newer app's) expects nothing: that file is refused for its version.
 */
export function expectedSchemaObjects(lastApplied: string | undefined): Promise<string[]> {
  if (lastApplied === undefined || !(lastApplied in migrations)) return Promise.resolve([]);
  let objects = cache.get(lastApplied);
  if (!objects) {
    objects = migrateInMemory(lastApplied);
    cache.set(lastApplied, objects);
    objects.catch(() => cache.delete(lastApplied));
  }
  return objects;
}

async function migrateInMemory(target: string): Promise<string[]> {
  const connection = await SqliteConnection.open(':memory:', { readOnly: false, create: true });
  const db = new Kysely<unknown>({ dialect: new KotoverkkoSqliteDialect(connection) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(target);
    if (error) throw error instanceof Error ? error : new Error(String(error));
    const rows = await connection.all<{ type: string; name: string }>("select type, name from sqlite_master where name not like 'sqlite_%'");
    return rows.map((row) => `${row.type} ${row.name}`);
  } finally {
    await db.destroy();
  }
}
