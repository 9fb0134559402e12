import { sql } from 'kysely';
import { recordChange, type ChangeOperation } from '../../db/change-log.js';
import type { Queryable } from '../../db/network-store.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import type { LoggedChange } from './change-log-entries.js';

type Row = Record<string, unknown>;

const REVERSED: Record<ChangeOperation, ChangeOperation> = { create: 'delete', delete: 'create', update: 'update', archive: 'restore', restore: 'archive' };

/**
 * Undoes one logged change of a table whose log holds whole rows: an update by writing `before`
 * back, a create by deleting the row, a delete by inserting `before` again. The undo is a change of
 * its own (new version, new log entry). The caller has checked that this is the object's last change.
 */
export async function undoRowChange(context: WriteContext, table: string, change: LoggedChange): Promise<void> {
  const columns = await columnsOf(context.db, table);
  const entityId = change.after?.id ?? change.before?.id;
  if (typeof entityId !== 'string' || !neededRows(change).every((row) => isWholeRow(row, columns))) throw new AppError('history_not_undoable_entry');
  const current = await rowOf(context.db, table, entityId);
  const now = context.author.now.toISOString();

  if (change.operation === 'delete') {
    // A delete of a row others point at may have taken or unlinked them; a row copy cannot bring them back.
    if (await isPointedAt(context.db, table)) throw new AppError('history_not_undoable_entry');
    if (current) throw new AppError('history_row_differs');
    const restored = stamped(change.before!, columns, Number(change.before!.row_version) + 1, now);
    await requireReferencesExist(context.db, table, restored);
    await guarded(() => insertRow(context.db, table, columns, restored));
    await recordChange(context.db, context.author, { entityType: table, entityId, operation: 'create', after: (await rowOf(context.db, table, entityId))! });
    return;
  }

  if (!current || !sameRow(current, change.after!, columns)) throw new AppError('history_row_differs');
  if (change.operation === 'create') {
    await requireUnreferenced(context.db, table, entityId);
    await guarded(() => sql`delete from ${sql.table(table)} where id = ${entityId} and row_version = ${current.row_version}`.execute(context.db));
    await recordChange(context.db, context.author, { entityType: table, entityId, operation: 'delete', before: current });
    return;
  }

  const restored = stamped(change.before!, columns, Number(current.row_version) + 1, now);
  await requireReferencesExist(context.db, table, restored);
  const assignments = columns.filter((column) => column !== 'id').map((column) => sql`${sql.ref(column)} = ${restored[column] as never}`);
  await guarded(() =>
    sql`update ${sql.table(table)} set ${sql.join(assignments)} where id = ${entityId} and row_version = ${current.row_version}`.execute(context.db),
  );
  const after = (await rowOf(context.db, table, entityId))!;
  await recordChange(context.db, context.author, { entityType: table, entityId, operation: REVERSED[change.operation], before: current, after });
}

/** Whether undo could apply to this entry at all (the rows it needs are whole); the row's state is checked at undo. */
export async function holdsWholeRows(db: Queryable, table: string, change: LoggedChange): Promise<boolean> {
  const columns = await columnsOf(db, table);
  if (change.operation === 'delete' && (await isPointedAt(db, table))) return false;
  return neededRows(change).every((row) => isWholeRow(row, columns));
}

function neededRows(change: LoggedChange): Array<Row | null> {
  return change.operation === 'create' ? [change.after] : change.operation === 'delete' ? [change.before] : [change.before, change.after];
}

async function isPointedAt(db: Queryable, table: string): Promise<boolean> {
  return (await referencingKeys(db, table)).length > 0;
}

async function referencingKeys(db: Queryable, table: string): Promise<Array<{ name: string; from: string }>> {
  const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const found: Array<{ name: string; from: string }> = [];
  for (const { name } of tables) {
    const { rows: keys } = await sql<{ table: string; from: string; to: string | null }>`select "table", "from", "to" from pragma_foreign_key_list(${name})`.execute(db);
    for (const key of keys) if (key.table === table && (key.to ?? 'id') === 'id') found.push({ name, from: key.from });
  }
  return found;
}

async function columnsOf(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return rows.map((row) => row.name);
}

async function rowOf(db: Queryable, table: string, id: string): Promise<Row | undefined> {
  const { rows } = await sql<Row>`select * from ${sql.table(table)} where id = ${id}`.execute(db);
  return rows[0];
}

/** A log entry holds the whole row when it names exactly the table's columns: nothing missing, nothing extra. */
function isWholeRow(row: Row | null, columns: readonly string[]): boolean {
  if (!row) return false;
  const keys = Object.keys(row);
  return keys.length === columns.length && columns.every((column) => Object.hasOwn(row, column));
}

function sameRow(current: Row, logged: Row, columns: readonly string[]): boolean {
  return columns.every((column) => JSON.stringify(current[column] ?? null) === JSON.stringify(logged[column] ?? null));
}

function stamped(row: Row, columns: readonly string[], rowVersion: number, now: string): Row {
  return { ...row, row_version: rowVersion, ...(columns.includes('updated_at') ? { updated_at: now } : {}) };
}

async function insertRow(db: Queryable, table: string, columns: readonly string[], row: Row) {
  const names = sql.join(columns.map((column) => sql.ref(column)));
  const values = sql.join(columns.map((column) => sql`${row[column] as never}`));
  await sql`insert into ${sql.table(table)} (${names}) values (${values})`.execute(db);
}

/** The restored row points only at rows that still exist (the database would refuse it anyway, without saying which). */
async function requireReferencesExist(db: Queryable, table: string, row: Row): Promise<void> {
  const { rows: keys } = await sql<{ table: string; from: string; to: string | null }>`select "table", "from", "to" from pragma_foreign_key_list(${table})`.execute(db);
  for (const key of keys) {
    const value = row[key.from];
    if (value === null || value === undefined) continue;
    const { rows } = await sql<{ found: number }>`select count(*) as found from ${sql.table(key.table)} where ${sql.ref(key.to ?? 'id')} = ${value as never}`.execute(db);
    if (Number(rows[0]?.found ?? 0) === 0) throw new AppError('history_undo_reference_missing', { table: key.table });
  }
}

/** Nothing in any table points at the row (a cascade would otherwise take other data with it). */
async function requireUnreferenced(db: Queryable, table: string, id: string): Promise<void> {
  for (const { name, from } of await referencingKeys(db, table)) {
    const self = name === table ? sql` and id != ${id}` : sql``;
    const { rows } = await sql<{ found: number }>`select count(*) as found from ${sql.table(name)} where ${sql.ref(from)} = ${id}${self}`.execute(db);
    const count = Number(rows[0]?.found ?? 0);
    if (count > 0) throw new AppError('history_undo_referenced', { table: name, count });
  }
}

/** A unique or check constraint the restored row would break is a refusal, not an internal error. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && /SQLITE_CONSTRAINT|constraint failed/i.test(`${(error as { code?: string }).code ?? ''} ${error.message}`)) {
      throw new AppError('history_undo_conflict');
    }
    throw error;
  }
}
