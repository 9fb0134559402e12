import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.js';
import * as processesAndMatrices from './0002-processes-and-matrices.js';
import * as meetings from './0003-meetings.js';

/** Every migration, numbered, in order. The last number is the schema version of this build. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-processes-and-matrices': processesAndMatrices,
  '0003-meetings': meetings,
};

export const LATEST_SCHEMA_VERSION = Object.keys(migrations).length;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
