import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../src-main/api/dispatch.js';
import { APPLICATION_ID } from '../../src-main/db/file-inspection.js';
import { migrateToLatest } from '../../src-main/db/migrate.js';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src-main/db/migrations/index.js';
import { listGoals } from '../../src-main/domain/action-plan/goal-view.js';
import { getActorDetail, listActors } from '../../src-main/domain/actors/actor-queries.js';
import { getMatrixList } from '../../src-main/domain/matrices/matrix-list.js';
import { getMatrixView } from '../../src-main/domain/matrices/matrix-view.js';
import { actionItemOverview } from '../../src-main/domain/meetings/action-item-overview.js';
import { getMeetingDetail, listMeetings } from '../../src-main/domain/meetings/meeting-view.js';
import { getProcessDetail, getProcessMap } from '../../src-main/domain/processes/process-queries.js';
import { readNetworkInfo } from '../../src-main/domain/network/network-info.js';
import { contentHash, schemaOf, type SchemaEntry } from '../support/db-content.js';
import { RawSqlite, rawExec } from '../support/raw-sqlite.js';
import { removeTempDirs, sha256, sideFiles, tempDir } from '../support/temp-files.js';
import { createTempNetwork, openStore, readContext, TEST_INSTANT } from '../support/temp-network.js';

const SNAPSHOT = join(import.meta.dirname, 'schema-snapshot.sql');
const FIXTURE_V1 = join(import.meta.dirname, '..', 'fixtures', 'schema-v1.kotoverkko');
const FIXTURE_V2 = join(import.meta.dirname, '..', 'fixtures', 'schema-v2.kotoverkko');
const FIXTURE_V3 = join(import.meta.dirname, '..', 'fixtures', 'schema-v3.kotoverkko');

/** The schema as reviewable text: one statement per entry, in name order. */
function renderSchema(entries: readonly SchemaEntry[]): string {
  const lines = ['-- Schema of a new network file. Reviewed by hand: a change here is a change to every user’s file.'];
  for (const entry of entries) lines.push('', `-- ${entry.type} ${entry.name} on ${entry.tbl_name}`, `${entry.sql ?? '-- (no sql: automatic)'};`);
  return `${lines.join('\n')}\n`;
}

let fresh: string;
beforeAll(async () => {
  fresh = (await createTempNetwork()).file;
});
afterAll(removeTempDirs);

describe('the schema of a new network file', () => {
  /**
   * A schema change must come with a reviewed update of tests/db/schema-snapshot.sql. To write the
   * new snapshot: KOTOVERKKO_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/migrations.test.ts,
   * then read its diff before committing.
   */
  it('equals the committed snapshot (tests/db/schema-snapshot.sql)', async () => {
    const store = await openStore(fresh);
    const rendered = renderSchema(await schemaOf(store.db));
    await store.close();
    if (process.env.KOTOVERKKO_UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, rendered, 'utf8');
    expect(existsSync(SNAPSHOT), 'the snapshot file is missing').toBe(true);
    expect(rendered).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('has every known migration applied, in order', async () => {
    const store = await openStore(fresh);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    await store.close();
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
    expect(applied.rows).toHaveLength(LATEST_SCHEMA_VERSION);
  });

  it('carries our application_id in its header, as plain bytes and through SQLite', async () => {
    expect(readFileSync(fresh).readUInt32BE(68)).toBe(APPLICATION_ID);
    const raw = await RawSqlite.open(fresh);
    try {
      expect(await raw.all('pragma application_id')).toEqual([{ application_id: APPLICATION_ID }]);
    } finally {
      await raw.close();
    }
  });

  it('is opened with a rollback journal (never WAL), full sync and foreign keys enforced', async () => {
    const file = join(tempDir(), 'asetukset.kotoverkko');
    copyFileSync(fresh, file);
    const store = await openStore(file);
    try {
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      expect(journal.rows).toEqual([{ journal_mode: 'delete' }]);
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
      expect(foreignKeys.rows).toEqual([{ foreign_keys: 1 }]);
      const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      expect(synchronous.rows).toEqual([{ synchronous: 2 }]);
      // and they bite: a name for an actor that does not exist is refused
      await expect(
        store.db
          .insertInto('actor_name')
          .values({
            id: '00000000-0000-7000-8000-000000000001',
            actor_id: '00000000-0000-7000-8000-00000000dead',
            valid_from: null,
            name_fi: 'Orpo',
            name_sv: null,
            name_en: null,
            short_name_fi: null,
            short_name_sv: null,
            short_name_en: null,
            created_at: TEST_INSTANT,
            updated_at: TEST_INSTANT,
            row_version: 1,
          })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await store.close();
    }
    // bytes 18 and 19 of the header are 1 for rollback-journal files, 2 for WAL
    const header = readFileSync(file);
    expect([header[18], header[19]]).toEqual([1, 1]);
  });
});

describe('a file written by schema version 1 (tests/fixtures/schema-v1.kotoverkko)', () => {
  it('opens with the current app, is brought to the latest schema, and keeps all its data', async () => {
    const fixtureHash = sha256(FIXTURE_V1);
    const dir = tempDir();
    const file = join(dir, 'vanha.kotoverkko');
    copyFileSync(FIXTURE_V1, file);
    const raw = await RawSqlite.open(file);
    const appliedBefore = (await raw.all<{ name: string }>('select name from kysely_migration')).map((row) => row.name);
    await raw.close();
    expect(appliedBefore).toContain('0001-initial');
    const pending = Object.keys(migrations).filter((name) => !appliedBefore.includes(name));

    const store = await openStore(file);
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
      // the upgraded file has exactly the schema of a new one
      const freshStore = await openStore(fresh);
      const freshSchema = await schemaOf(freshStore.db);
      await freshStore.close();
      expect(await schemaOf(store.db)).toEqual(freshSchema);

      const info = await readNetworkInfo(store.db);
      expect(info.name).toEqual({ fi: 'Vanha verkosto', sv: 'Gammalt nätverk', en: null });
      expect(info.isDemo).toBe(false);

      const context = readContext(store);
      const actors = await listActors(context, { includeArchived: true });
      const byName = new Map(actors.map((actor) => [actor.name, actor]));
      expect([...byName.keys()].sort()).toEqual(
        [
          'Etelä-Hämeen työllisyysalue',
          'Hämeen TE-toimisto',
          'Hämeenlinnan kaupunki',
          'Hämeenlinnan seudun työllisyysalue',
          'Kanta-Hämeen monikulttuurinen yhdistys ry',
          'Lakkautettu hanke',
        ].sort(),
      );
      expect(byName.get('Lakkautettu hanke')?.archived).toBe(true);
      expect(byName.get('Hämeen TE-toimisto')?.succeededBy.sort()).toEqual(['Etelä-Hämeen työllisyysalue', 'Hämeenlinnan seudun työllisyysalue']);

      const association = await getActorDetail(context, byName.get('Kanta-Hämeen monikulttuurinen yhdistys ry')!.id);
      expect(association.names.map((version) => [version.validFrom, version.name.fi])).toEqual([
        [null, 'Monikulttuurinen yhdistys ry'],
        ['2026-01-01', 'Kanta-Hämeen monikulttuurinen yhdistys ry'],
      ]);
      expect(association.businessId).toBe('0246246-0');
      expect(association.notes).toBe('Kerho tiistaisin');

      const city = await getActorDetail(context, byName.get('Hämeenlinnan kaupunki')!.id);
      expect(city.name.sv).toBe('Tavastehus stad');
      expect(city.representatives.map((person) => [person.name, person.networkRole, person.validFrom])).toEqual([['Aino Öhman', 'coordinator', '2024-01-01']]);
      const oldSearch = await listActors(context, { search: 'monikulttuurinen yhdistys' });
      expect(oldSearch.map((actor) => actor.id)).toEqual([association.id]);
    } finally {
      await store.close();
    }
    expect(sideFiles(file)).toEqual([]);
    // an upgrade keeps a backup of the file as it was; no upgrade, no backup
    const backups = existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : [];
    expect(backups.length).toBe(pending.length > 0 ? 1 : 0);
    expect(sha256(FIXTURE_V1)).toBe(fixtureHash);
  });
});

describe('a file written by schema version 2 (tests/fixtures/schema-v2.kotoverkko, the demo of 2026-11-23)', () => {
  it('opens with the current app and keeps its processes, matrix versions, reviews and acceptances', async () => {
    const fixtureHash = sha256(FIXTURE_V2);
    const file = join(tempDir(), 'kakkonen.kotoverkko');
    copyFileSync(FIXTURE_V2, file);
    const store = await openStore(file);
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
      const freshStore = await openStore(fresh);
      const freshSchema = await schemaOf(freshStore.db);
      await freshStore.close();
      expect(await schemaOf(store.db)).toEqual(freshSchema);

      const context = { ...readContext(store), today: '2026-11-23' };
      const map = await getProcessMap(context);
      const main = map.processes.find((process) => process.name === 'Maahanmuuttaja-asiakkaan kotoutumisprosessi');
      expect(main?.status).toBe('approved');
      const detail = await getProcessDetail(context, main!.id);
      expect(detail.nodes.filter((node) => node.kind === 'decision').map((node) => node.name.fi)).toEqual(['Onko asiakas työnhakija?']);
      expect(detail.targetGroups).toHaveLength(2);
      expect(detail.findings.filter((finding) => finding.code === 'repealed_act').map((finding) => finding.params.act)).toEqual(['1386/2010']);

      const [matrix] = await getMatrixList(context, {});
      const latest = await getMatrixView(context, matrix!.id);
      expect(latest.versions.map((version) => [version.number, version.status])).toEqual([
        [2, 'in_review'],
        [1, 'approved'],
      ]);
      expect(latest.reviews.length).toBeGreaterThan(0);
      expect(latest.summary.errors).toBe(0);
      const approved = await getMatrixView(context, matrix!.id, latest.versions[1]!.id);
      expect(approved.acceptances.length).toBeGreaterThanOrEqual(3);
      expect(approved.cells.length).toBeGreaterThan(approved.tasks.length);
    } finally {
      await store.close();
    }
    expect(sha256(FIXTURE_V2)).toBe(fixtureHash);
  });
});

describe('a migration that fails', () => {
  const broken: Migration = {
    async up(db) {
      await db.schema.createTable('broken_migration_table').addColumn('id', 'text', (column) => column.primaryKey()).execute();
      await db.schema.alterTable('actor').addColumn('broken_migration_ref', 'text').execute();
      await sql`update actor set notes = 'muutettu'`.execute(db);
      throw new Error('migration 9000 fails on purpose');
    },
  };

  async function runWith(file: string, extra: Record<string, Migration>) {
    const store = await openStore(file);
    const before = { schema: await schemaOf(store.db), content: await contentHash(store.db) };
    const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => ({ ...migrations, ...extra }) } });
    const outcome = await migrator.migrateToLatest();
    const after = { schema: await schemaOf(store.db), content: await contentHash(store.db) };
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    await store.close();
    return { before, after, outcome, applied: applied.rows.map((row) => row.name) };
  }

  it('rolls back its DDL and data changes: schema, rows and the file’s bytes stay as they were', async () => {
    const file = join(tempDir(), 'rikki.kotoverkko');
    copyFileSync((await createTempNetwork({ demo: true })).file, file);
    const hashBefore = sha256(file);

    const { before, after, outcome, applied } = await runWith(file, { '9000-broken': broken });

    expect(outcome.error).toBeInstanceOf(Error);
    expect(outcome.results?.find((result) => result.migrationName === '9000-broken')?.status).toBe('Error');
    expect(after.schema).toEqual(before.schema);
    expect(after.schema.map((entry) => entry.name)).not.toContain('broken_migration_table');
    expect(after.content).toBe(before.content);
    expect(applied).toEqual(Object.keys(migrations).sort());
    expect(sha256(file)).toBe(hashBefore);
    expect(sideFiles(file)).toEqual([]);
  });

  it('takes the migrations that ran before it in the same upgrade back with it', async () => {
    const file = join(tempDir(), 'kaksi.kotoverkko');
    copyFileSync(fresh, file);
    const good: Migration = {
      async up(db) {
        await db.schema.createTable('task').addColumn('id', 'text', (column) => column.primaryKey()).execute();
      },
    };
    const { before, after, outcome, applied } = await runWith(file, { '8000-good': good, '9000-broken': broken });
    expect(outcome.error).toBeInstanceOf(Error);
    expect(after.schema).toEqual(before.schema);
    expect(after.schema.map((entry) => entry.name)).not.toContain('task');
    expect(applied).not.toContain('8000-good');
    // the file is still a healthy network file and upgrades normally afterwards
    const store = await openStore(file);
    await migrateToLatest(store.db);
    await store.close();
  });

  it('when an upgrade fails while opening, the file is left byte for byte as it was, closed, with a backup kept', async () => {
    const dir = tempDir();
    const file = join(dir, 'keskeytynyt.kotoverkko');
    copyFileSync(fresh, file);
    // a file that claims no migrations but has the tables: re-running the first migration fails
    await rawExec(file, 'delete from kysely_migration');
    const hashBefore = sha256(file);

    const refusal = await openStore(file).then(
      async (store) => {
        await store.close();
        return null;
      },
      (error: unknown) => toApiError(error, 'fi'),
    );

    expect(refusal?.code).toBe('migration_failed');
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = join(dir, 'backups', backups[0]!);
    expect(refusal!.message).toContain(backup);
    expect(readFileSync(backup).readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(sha256(file)).toBe(hashBefore);
    expect(sideFiles(file)).toEqual([]);
    // closed: another connection can take the write lock at once
    const other = await RawSqlite.open(file);
    await other.exec('begin exclusive; rollback');
    await other.close();
  });
});

describe('a file written by schema version 3 (tests/fixtures/schema-v3.kotoverkko, the demo of 2026-11-23)', () => {
  it('opens with the current app and keeps its meetings, records, decisions, action items and action plan', async () => {
    const fixtureHash = sha256(FIXTURE_V3);
    const file = join(tempDir(), 'kolmonen.kotoverkko');
    copyFileSync(FIXTURE_V3, file);
    const store = await openStore(file);
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
      const freshStore = await openStore(fresh);
      const freshSchema = await schemaOf(freshStore.db);
      await freshStore.close();
      expect(await schemaOf(store.db)).toEqual(freshSchema);

      const context = { ...readContext(store), today: '2026-11-23' };
      const meetings = await listMeetings(context, {});
      expect(meetings.map((meeting) => [meeting.number, meeting.status])).toEqual([
        ['4/2026', 'planned'],
        ['3/2026', 'held'],
        ['2/2026', 'record_approved'],
        ['1/2026', 'record_approved'],
        ['1/2025', 'record_approved'],
      ]);
      const first = await getMeetingDetail(context, meetings.at(-1)!.id);
      const approval = first.decisions.find((decision) => decision.kind === 'approve_matrix_version');
      expect(approval?.appliedAt).not.toBeNull();
      expect(first.attendance.filter((row) => row.status === 'present').length).toBeGreaterThan(10);

      const [matrix] = await getMatrixList(context, {});
      const approved = await getMatrixView(context, matrix!.id, matrix!.approvedVersion!.id);
      expect(approved.version.decidedAt).toEqual({ meetingId: first.id, meetingNumber: '1/2025', sectionLabel: expect.stringMatching(/^\d+ §$/) });

      const overdue = (await actionItemOverview(context, { state: 'overdue' })).map((item) => item.title);
      expect(overdue).toEqual(['Toimitetaan kommentit laatumittariehdotukseen']);
      const goals = await listGoals(context);
      expect(goals.map((goal) => goal.actions.length)).toEqual([2, 3, 2]);
    } finally {
      await store.close();
    }
    expect(sha256(FIXTURE_V3)).toBe(fixtureHash);
  });
});
