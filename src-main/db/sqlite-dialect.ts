import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { Mutex } from './mutex.js';
import type { SqliteConnection } from './sqlite-connection.js';

/**
 * Kysely's own SqliteDialect wants better-sqlite3's synchronous API. We keep Kysely's SQLite
 * adapter, compiler and introspector and put our own small driver under them: one connection,
 * one lock, `BEGIN IMMEDIATE` so a writer never upgrades a read lock halfway (no SQLITE_BUSY
 * deadlocks between two processes on the same file).
 */
export class KotoverkkoSqliteDialect implements Dialect {
  constructor(private readonly connection: SqliteConnection) {}

  createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  createDriver(): Driver {
    return new SingleConnectionDriver(this.connection);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/**
 * SQLite does run DDL inside transactions; Kysely's adapter says it does not, which would make
 * the migrator run each migration outside a transaction. A failed migration must leave nothing.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SingleConnectionDriver implements Driver {
  private readonly lock = new Mutex();
  private readonly databaseConnection: SqliteDatabaseConnection;

  constructor(private readonly connection: SqliteConnection) {
    this.databaseConnection = new SqliteDatabaseConnection(connection);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.lock();
    return this.databaseConnection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`rollback to ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`release ${quoteIdentifier(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.lock.unlock();
  }

  async destroy(): Promise<void> {
    await this.lock.lock();
    try {
      await this.connection.close();
    } finally {
      this.lock.unlock();
    }
  }
}

class SqliteDatabaseConnection implements DatabaseConnection {
  constructor(private readonly connection: SqliteConnection) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    const returnsRows =
      query.kind === 'SelectQueryNode' ||
      query.kind === 'RawNode' ||
      ('returning' in query && query.returning !== undefined);
    if (returnsRows) {
      const rows = await this.connection.all<R>(sql, parameters);
      return { rows };
    }
    const result = await this.connection.run(sql, parameters);
    return {
      rows: [],
      numAffectedRows: BigInt(result.changes),
      insertId: BigInt(result.lastId),
    };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported by the sqlite3 driver');
  }
}

function rawQuery(sql: string): CompiledQuery {
  return CompiledQuery.raw(sql);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
