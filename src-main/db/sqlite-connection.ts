import sqlite3 from 'sqlite3';

/**
 * A promise wrapper around one `sqlite3` connection. The rest of the app never touches the
 * callback API; this is the only file that knows it.
 */
export interface RunResult {
  changes: number;
  lastId: number;
}

export class SqliteConnection {
  private constructor(private readonly handle: sqlite3.Database) {}

  /** Opens a connection. `uri` enables `file:` URIs (used for the read-only, immutable probe). */
  static open(filename: string, options: { readOnly: boolean; create: boolean; uri?: boolean }): Promise<SqliteConnection> {
    let mode = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE;
    if (options.create) mode |= sqlite3.OPEN_CREATE;
    if (options.uri) mode |= sqlite3.OPEN_URI;
    return new Promise((resolve, reject) => {
      const handle: sqlite3.Database = new sqlite3.Database(filename, mode, (error) => {
        if (error) reject(error);
        else resolve(new SqliteConnection(handle));
      });
    });
  }

  setBusyTimeout(milliseconds: number): void {
    this.handle.configure('busyTimeout', milliseconds);
  }

  all<Row = Record<string, unknown>>(sql: string, parameters: readonly unknown[] = []): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      this.handle.all(sql, parameters as unknown[], (error: Error | null, rows: Row[]) => {
        if (error) reject(error);
        else resolve(rows);
      });
    });
  }

  run(sql: string, parameters: readonly unknown[] = []): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.handle.run(sql, parameters as unknown[], function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ changes: this.changes, lastId: this.lastID });
      });
    });
  }

  /** Runs several statements without parameters (schema scripts, pragmas). */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.exec(sql, (error: Error | null) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.close((error: Error | null) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }
}
