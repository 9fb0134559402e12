import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src-main/db/ids.js';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { insertCellRows, insertTaskRows } from '../../../src-main/db/repositories/matrix-draft-repository.js';
import { setCells } from '../../../src-main/domain/matrices/cell-commands.js';
import { addColumn, addTask, moveColumn, moveTask, removeTask } from '../../../src-main/domain/matrices/draft-structure-commands.js';
import { createMatrix } from '../../../src-main/domain/matrices/matrix-commands.js';
import { getMatrixView } from '../../../src-main/domain/matrices/matrix-view.js';
import type { WriteContext } from '../../../src-main/domain/shared/contexts.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, readContext, TEST_INSTANT, write } from '../../support/temp-network.js';

/**
 * A real network's matrix is 200 tasks × 60 actors at most. The statements one edit costs must
 * not grow with the number of rows or columns: no statement per row to renumber rows that stay.
 */

let store: NetworkStore;
let versionId: string;
let matrixId: string;
let rowVersion: number;
const actorIds: string[] = [];
const TASKS = 200;
const ACTORS = 60;

beforeAll(async () => {
  const { file } = await createTempNetwork();
  store = await openStore(file);
  const now = TEST_INSTANT;
  const bookkeeping = { created_at: now, updated_at: now, row_version: 1 };
  for (let index = 0; index < ACTORS + 1; index++) {
    const id = newId();
    await store.db.insertInto('actor').values({ id, type: 'municipality', is_public_authority: 1, search_text: '', ...bookkeeping }).execute();
    await store.db.insertInto('actor_name').values({ id: newId(), actor_id: id, valid_from: null, name_fi: `Kunta ${index}`, ...bookkeeping }).execute();
    actorIds.push(id);
  }
  const view = await write(store, (context) => createMatrix(context, { name: { fi: 'Iso', sv: null, en: null }, actorIds: actorIds.slice(0, ACTORS) }));
  ({ id: versionId, rowVersion } = view.version);
  matrixId = view.matrix.id;
  const taskIds = Array.from({ length: TASKS }, () => newId());
  await insertTaskRows(
    store.db,
    taskIds.map((id, index) => ({ id, version_id: versionId, lineage_id: newId(), name_fi: `Tehtävä ${index}`, statutory: 0, sort_order: index, ...bookkeeping })),
  );
  await insertCellRows(
    store.db,
    taskIds.flatMap((taskId) => [
      { version_id: versionId, task_id: taskId, actor_id: actorIds[0]!, letter: 'A' },
      { version_id: versionId, task_id: taskId, actor_id: actorIds[1]!, letter: 'R' },
    ]),
  );
});
afterAll(async () => {
  await store.close();
  removeTempDirs();
});

/** Runs one edit in a transaction and counts the statements it sends. */
async function statementsOf<T extends { version?: { rowVersion: number }; versionRowVersion?: number }>(
  edit: (context: WriteContext) => Promise<T>,
): Promise<number> {
  let count = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const result = await write(store, (context) => edit({ ...context, db: context.db.withPlugin(counter) }));
  rowVersion = result.version?.rowVersion ?? result.versionRowVersion!;
  return count;
}

const taskIds = async () => (await getMatrixView(readContext(store), matrixId)).tasks.map((task) => task.id);

describe('statements per edit of a 200 × 60 draft', () => {
  it('stay few for a letter, a row added at the end, a row or column moved by one, and a row removed at the end', async () => {
    const first = await taskIds();
    const counts: Record<string, number> = {};
    counts.setCell = await statementsOf((context) => setCells(context, versionId, rowVersion, [{ taskId: first[3]!, actorId: actorIds[2]!, letter: 'I' }]));
    counts.addTaskAtEnd = await statementsOf((context) => addTask(context, versionId, rowVersion, { name: { fi: 'Uusi', sv: null, en: null } }));
    counts.moveTaskByOne = await statementsOf((context) => moveTask(context, versionId, rowVersion, first[10]!, 11));
    const last = (await taskIds()).at(-1)!;
    counts.removeLastTask = await statementsOf((context) => removeTask(context, versionId, rowVersion, last));
    counts.addColumnAtEnd = await statementsOf((context) => addColumn(context, versionId, rowVersion, actorIds[ACTORS]!));
    counts.moveColumnByOne = await statementsOf((context) => moveColumn(context, versionId, rowVersion, actorIds[5]!, 6));
    for (const [edit, count] of Object.entries(counts)) expect(count, edit).toBeLessThan(40);
  });
});
