import sqlite3 from 'sqlite3';

/**
 * A connection straight from the `sqlite3` package, bypassing all of Kotoverkko: for making
 * foreign or damaged databases and for playing "another program" that holds a file.
 */
export class RawSqlite {
  private constructor(private readonly handle: sqlite3.Database) {}

  static open(file: string): Promise<RawSqlite> {
    return new Promise((resolve, reject) => {
      const handle: sqlite3.Database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(new RawSqlite(handle))));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.handle.exec(sql, (error) => (error ? reject(error) : resolve())));
  }

  all<Row = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    return new Promise((resolve, reject) => this.handle.all(sql, parameters, (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows))));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.handle.close((error) => (error ? reject(error) : resolve())));
  }
}

/** Opens, runs a script, closes. */
export async function rawExec(file: string, sql: string): Promise<void> {
  const connection = await RawSqlite.open(file);
  try {
    await connection.exec(sql);
  } finally {
    await connection.close();
  }
}
