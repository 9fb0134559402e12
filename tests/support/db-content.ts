import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/** One hash over every row of every table: equal before and after means nothing was written. */
export async function contentHash<DB>(db: Kysely<DB>): Promise<string> {
  const hash = createHash('sha256');
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  for (const { name } of tables.rows) {
    const rows = await sql`select * from ${sql.table(name)} order by rowid`.execute(db);
    hash.update(`${name}\n${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}

export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export async function schemaOf<DB>(db: Kysely<DB>): Promise<SchemaEntry[]> {
  const result = await sql<SchemaEntry>`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name`.execute(db);
  return result.rows;
}

export async function tableNames<DB>(db: Kysely<DB>): Promise<string[]> {
  return (await schemaOf(db)).filter((entry) => entry.type === 'table').map((entry) => entry.name);
}
