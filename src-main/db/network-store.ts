import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Queries take a database or a transaction alike, so repositories compose inside one write. */
export type Queryable = Kysely<Database> | Transaction<Database>;

/** An open network: a SQLite file today, a PostgreSQL database in shared mode later. */
export interface NetworkStore {
  readonly db: Kysely<Database>;
  /** the file path (or, later, a connection description without the password) */
  readonly location: string;
  readonly readOnly: boolean;
  /** a consistent, complete copy of the whole network in a new file */
  saveCopy(target: string, options: { overwrite: boolean }): Promise<void>;
  close(): Promise<void>;
}
