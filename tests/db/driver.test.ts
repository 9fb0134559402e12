import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkStore } from '../../src-main/db/network-store.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, openStore, TEST_INSTANT } from '../support/temp-network.js';

/** The Kysely driver over a real file: one connection behind a lock, `BEGIN IMMEDIATE` for writes. */

let file: string;
let store: NetworkStore;
beforeEach(async () => {
  file = (await createTempNetwork()).file;
  store = await openStore(file);
});
afterEach(async () => {
  await store.close();
});
afterAll(removeTempDirs);

function setting(key: string, value: unknown) {
  return { key, value_json: JSON.stringify(value), updated_at: TEST_INSTANT, row_version: 1 };
}

async function readCounter(db: NetworkStore['db'], key = 'counter'): Promise<number> {
  const row = await db.selectFrom('network_setting').select('value_json').where('key', '=', key).executeTakeFirstOrThrow();
  return JSON.parse(row.value_json) as number;
}

/** Read, yield to the event loop (so any other caller could slip in), then write back plus one. */
async function increment(db: NetworkStore['db'], key = 'counter'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('network_setting').select('value_json').where('key', '=', key).executeTakeFirstOrThrow();
    await nextTurn();
    await trx
      .updateTable('network_setting')
      .set({ value_json: JSON.stringify((JSON.parse(row.value_json) as number) + 1) })
      .where('key', '=', key)
      .execute();
  });
}

describe('the SQLite driver', () => {
  it('serializes concurrent transactions: 60 parallel read-modify-write increments give exactly 60', async () => {
    await store.db.insertInto('network_setting').values(setting('counter', 0)).execute();
    await Promise.all(Array.from({ length: 60 }, () => increment(store.db)));
    expect(await readCounter(store.db)).toBe(60);
  });

  it('lets plain queries issued during a transaction wait for it instead of seeing its half-done state', async () => {
    await store.db.insertInto('network_setting').values([setting('a', 0), setting('b', 0)]).execute();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = store.db.transaction().execute(async (trx) => {
      await trx.updateTable('network_setting').set({ value_json: '1' }).where('key', '=', 'a').execute();
      await gate;
      await trx.updateTable('network_setting').set({ value_json: '1' }).where('key', '=', 'b').execute();
    });
    const observed = store.db.selectFrom('network_setting').select(['key', 'value_json']).where('key', 'in', ['a', 'b']).orderBy('key').execute();
    await nextTurn();
    release();
    await transaction;
    expect((await observed).map((row) => row.value_json)).toEqual(['1', '1']);
  });

  it('two connections to the same file (two windows) never deadlock and lose no update', async () => {
    const second = await openStore(file);
    try {
      await store.db.insertInto('network_setting').values(setting('counter', 0)).execute();
      await Promise.all(Array.from({ length: 30 }, (_, index) => increment(index % 2 === 0 ? store.db : second.db)));
      expect(await readCounter(store.db)).toBe(30);
    } finally {
      await second.close();
    }
  });

  it('rolls a failing transaction back completely and stays usable', async () => {
    await store.db.insertInto('network_setting').values(setting('kept', 'before')).execute();
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx.insertInto('network_setting').values(setting('lost', 1)).execute();
        await trx.updateTable('network_setting').set({ value_json: '"changed"' }).where('key', '=', 'kept').execute();
        throw new Error('failure halfway');
      }),
    ).rejects.toThrow('failure halfway');
    const rows = await store.db.selectFrom('network_setting').select(['key', 'value_json']).execute();
    expect(rows).toEqual([{ key: 'kept', value_json: '"before"' }]);
    await store.db.insertInto('network_setting').values(setting('after', 2)).execute();
    expect(await store.db.selectFrom('network_setting').select('key').orderBy('key').execute()).toEqual([{ key: 'after' }, { key: 'kept' }]);
  });

  it('releases the connection after an SQL error, inside and outside transactions', async () => {
    await expect(sql`select * from no_such_table`.execute(store.db)).rejects.toThrow(/no such table/);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx.insertInto('network_setting').values(setting('dup', 1)).execute();
        await trx.insertInto('network_setting').values(setting('dup', 2)).execute();
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await store.db.selectFrom('network_setting').selectAll().execute()).toEqual([]);
    await store.db.insertInto('network_setting').values(setting('ok', 1)).execute();
    expect(await readCounter(store.db, 'ok')).toBe(1);
  });

  it('reports numAffectedRows for updates and deletes, and insertId as the new rowid', async () => {
    const first = await store.db.insertInto('network_setting').values(setting('k1', 1)).executeTakeFirstOrThrow();
    await store.db.insertInto('network_setting').values([setting('k2', 2), setting('k3', 3), setting('other', 4)]).execute();
    const last = await store.db.insertInto('network_setting').values(setting('k4', 5)).executeTakeFirstOrThrow();
    const rowids = await sql<{ key: string; rowid: number }>`select key, rowid from network_setting order by rowid`.execute(store.db);
    expect(first.insertId).toBe(BigInt(rowids.rows.find((row) => row.key === 'k1')!.rowid));
    expect(last.insertId).toBe(BigInt(rowids.rows.find((row) => row.key === 'k4')!.rowid));

    const updated = await store.db.updateTable('network_setting').set({ row_version: 2 }).where('key', 'like', 'k%').executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(4n);
    const none = await store.db.updateTable('network_setting').set({ row_version: 3 }).where('key', '=', 'missing').executeTakeFirstOrThrow();
    expect(none.numUpdatedRows).toBe(0n);
    const deleted = await store.db.deleteFrom('network_setting').where('row_version', '=', 1).executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(1n);
    expect(await store.db.selectFrom('network_setting').select('key').where('row_version', '=', 1).execute()).toEqual([]);
  });

  it('returns rows from INSERT … RETURNING', async () => {
    const returned = await store.db.insertInto('network_setting').values(setting('r', 7)).returning(['key', 'value_json']).execute();
    expect(returned).toEqual([{ key: 'r', value_json: '7' }]);
  });

  it('supports savepoints: rolling back to one undoes only what came after it', async () => {
    const trx = await store.db.startTransaction().execute();
    await trx.insertInto('network_setting').values(setting('before-savepoint', 1)).execute();
    const withSavepoint = await trx.savepoint('vaihe "1"').execute();
    await withSavepoint.insertInto('network_setting').values(setting('after-savepoint', 2)).execute();
    const rolledBack = await withSavepoint.rollbackToSavepoint('vaihe "1"').execute();
    const second = await rolledBack.savepoint('vaihe2').execute();
    await second.insertInto('network_setting').values(setting('kept-savepoint', 3)).execute();
    const released = await second.releaseSavepoint('vaihe2').execute();
    await released.commit().execute();
    const keys = await store.db.selectFrom('network_setting').select('key').orderBy('key').execute();
    expect(keys.map((row) => row.key)).toEqual(['before-savepoint', 'kept-savepoint']);
  });

  it('runs write transactions as BEGIN IMMEDIATE: another connection cannot write while one is open', async () => {
    const second = await openStore(file);
    try {
      const trx = await store.db.startTransaction().execute();
      // no write yet, but the write lock is already taken
      const started = Date.now();
      let blockedDone = false;
      const blocked = second.db
        .insertInto('network_setting')
        .values(setting('blocked', 1))
        .execute()
        .then(() => (blockedDone = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(blockedDone).toBe(false);
      await trx.insertInto('network_setting').values(setting('first', 1)).execute();
      await trx.commit().execute();
      await blocked;
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      const keys = await store.db.selectFrom('network_setting').select('key').orderBy('key').execute();
      expect(keys.map((row) => row.key)).toEqual(['blocked', 'first']);
    } finally {
      await second.close();
    }
  });

  it('refuses to stream (the sqlite3 driver cannot)', async () => {
    const stream = store.db.selectFrom('network_setting').selectAll().stream();
    await expect(stream.next()).rejects.toThrow(/not supported/);
  });
});
