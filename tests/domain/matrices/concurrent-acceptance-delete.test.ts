import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { createActor } from '../../../src-main/domain/actors/actor-commands.js';
import { deleteAcceptance, recordAcceptance } from '../../../src-main/domain/matrices/acceptance-commands.js';
import { setCells } from '../../../src-main/domain/matrices/cell-commands.js';
import { addTask } from '../../../src-main/domain/matrices/draft-structure-commands.js';
import { createMatrix } from '../../../src-main/domain/matrices/matrix-commands.js';
import { approveVersion, sendToReview } from '../../../src-main/domain/matrices/version-lifecycle.js';
import { isAppError } from '../../../src-main/domain/shared/app-error.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, write } from '../../support/temp-network.js';
import { racingWriter } from '../processes/racing-writer.js';

/** Removing a member's acceptance names the version its user saw, even when another editor races it. */

let store: NetworkStore;
beforeAll(async () => {
  const { file } = await createTempNetwork();
  store = await openStore(file);
});
afterAll(async () => {
  await store.close();
  removeTempDirs();
});

const text = (fi: string) => ({ fi, sv: null, en: null });

it('is a version conflict that writes nothing, not a delete that quietly did nothing', async () => {
  const view = await write(store, async (context) => {
    const hml = await createActor(context, { name: text('Hämeenlinnan kaupunki'), type: 'municipality', isPublicAuthority: true } as never);
    const ty = await createActor(context, { name: text('Hämeenlinnan seudun työllisyysalue'), type: 'employment_authority', isPublicAuthority: true } as never);
    const created = await createMatrix(context, { name: text('Hyväksynnät'), actorIds: [hml.id, ty.id] });
    const withTask = await addTask(context, created.version.id, 1, { name: text('Ohjaus') });
    const taskId = withTask.tasks[0]!.id;
    await setCells(context, created.version.id, 2, [
      { taskId, actorId: hml.id, letter: 'A' },
      { taskId, actorId: ty.id, letter: 'R' },
    ]);
    await sendToReview(context, created.version.id, 3, null);
    await approveVersion(context, created.version.id, 4, '2026-03-16', null);
    return recordAcceptance(context, created.version.id, {
      actorId: hml.id,
      acceptedByName: 'Hämeenlinnan kaupunginhallitus',
      acceptedOn: '2026-03-16',
      body: null,
      section: '45 §',
      caseNumber: null,
      note: null,
    });
  });
  const acceptance = view.acceptances[0]!;
  const logged = async () => (await store.db.selectFrom('change_log').select('id').where('entity_id', '=', acceptance.id).execute()).length;
  const logBefore = await logged();

  const error = await write(store, (context) =>
    deleteAcceptance({ ...context, db: racingWriter(context.db, 'matrix_acceptance', acceptance.id) }, acceptance.id, acceptance.rowVersion),
  ).catch((caught: unknown) => caught);
  expect(isAppError(error) ? error.code : error).toBe('version_conflict');
  expect(await store.db.selectFrom('matrix_acceptance').select('id').where('id', '=', acceptance.id).executeTakeFirst()).toBeDefined();
  expect(await logged()).toBe(logBefore);
});
