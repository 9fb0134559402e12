import { sql } from 'kysely';
import type { Queryable } from '../../../src-main/db/network-store.js';

/**
 * A database handle on which another writer changes a row (bumps its `row_version`) just before
 * this transaction deletes from its table: what PostgreSQL's read committed allows between a
 * command's read and its delete. SQLite runs one transaction at a time, so the race is staged.
 */
export function racingWriter(db: Queryable, table: string, id: string): Queryable {
  let raced = false;
  const race = async () => {
    if (raced) return;
    raced = true;
    await sql`update ${sql.table(table)} set row_version = row_version + 1 where id = ${id}`.execute(db);
  };
  const wrap = <T extends object>(builder: T): T =>
    new Proxy(builder, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (typeof property === 'string' && property.startsWith('execute')) {
          return async (...args: unknown[]) => {
            await race();
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result && typeof result === 'object' && 'execute' in result ? wrap(result) : result;
        };
      },
    });
  return new Proxy(db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'deleteFrom') {
        return (from: string) => {
          const builder = (value as (t: string) => object).call(target, from);
          return from === table ? wrap(builder) : builder;
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
