import { sql } from 'kysely';
import type { Queryable } from '../../db/network-store.js';
import { foldForSearch } from '../shared/finnish-text.js';

/**
 * Replaces a person's texts (name, e-mail, phone) wherever the data copied them: every text column
 * of every table but the representative row itself and the change log (handled apart). Search texts
 * hold folded copies, so the folded forms are replaced there too. A row that changes gets a new
 * row version, so an editor still holding the old text cannot write it back unnoticed.
 */
export interface Replacement {
  /** exact texts to find (at least 3 characters, so a short phone or initials cannot hit unrelated text) */
  needles: string[];
  replacement: string;
}

const SKIPPED_TABLES = new Set(['representative', 'change_log', 'kysely_migration', 'kysely_migration_lock']);

interface ColumnInfo {
  name: string;
  type: string;
}

export async function scrubTables(db: Queryable, { needles, replacement }: Replacement): Promise<number> {
  const pairs = substitutionPairs(needles, replacement);
  if (pairs.length === 0) return 0;
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  let rewritten = 0;
  for (const { name: table } of tables.rows) {
    if (SKIPPED_TABLES.has(table)) continue;
    const columns = (await sql<ColumnInfo>`select name, type from pragma_table_info(${table})`.execute(db)).rows;
    const textColumns = columns.filter((column) => /TEXT|CHAR|CLOB|^$/i.test(column.type) && column.name !== 'id' && !column.name.endsWith('_id'));
    if (textColumns.length === 0) continue;
    const versioned = columns.some((column) => column.name === 'row_version');
    for (const column of textColumns) {
      // inside stored JSON a text appears escaped, and a quote in the replacement must not end the string
      const columnPairs = column.name.endsWith('_json') ? pairs.map(([needle, substitute]) => [jsonEscaped(needle), jsonEscaped(substitute)] as const) : pairs;
      for (const [needle, substitute] of columnPairs) {
        const ref = sql.ref(column.name);
        const bump = versioned ? sql`, row_version = row_version + 1` : sql``;
        const result = await sql`update ${sql.table(table)} set ${ref} = replace(${ref}, ${needle}, ${substitute})${bump} where instr(${ref}, ${needle}) > 0 returning 1 as one`.execute(db);
        // a raw statement answers rows, not a count: RETURNING gives one row for each row changed
        rewritten += result.rows.length;
      }
    }
  }
  return rewritten;
}

function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** The texts as written and, for search texts, as folded; the longest first so a name is replaced before a part of it. */
export function substitutionPairs(needles: readonly string[], replacement: string): Array<[string, string]> {
  const pairs = new Map<string, string>();
  for (const needle of needles) {
    const trimmed = needle.trim();
    if (trimmed.length < 3) continue;
    pairs.set(trimmed, replacement);
    const folded = foldForSearch(trimmed);
    if (!pairs.has(folded)) pairs.set(folded, foldForSearch(replacement));
  }
  return [...pairs.entries()].sort((a, b) => b[0].length - a[0].length);
}

/** A JSON value with every string's occurrences of the texts replaced (the shape, keys and ids kept). */
export function replaceInValue(value: unknown, pairs: ReadonlyArray<[string, string]>): unknown {
  if (typeof value === 'string') return pairs.reduce((text, [needle, substitute]) => text.split(needle).join(substitute), value);
  if (Array.isArray(value)) return value.map((item) => replaceInValue(item, pairs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, replaceInValue(item, pairs)]));
  }
  return value;
}
