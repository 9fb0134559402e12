import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkStore } from '../../../src-main/db/network-store.js';
import { createLegalAct } from '../../../src-main/domain/processes/legal-act-commands.js';
import { createLegalReference, deleteLegalReference } from '../../../src-main/domain/processes/legal-reference-commands.js';
import { createProcess } from '../../../src-main/domain/processes/process-commands.js';
import { createProcessEdge, deleteProcessEdge } from '../../../src-main/domain/processes/process-edge-commands.js';
import { createProcessGroup, deleteProcessGroup } from '../../../src-main/domain/processes/process-group-commands.js';
import { createProcessNode } from '../../../src-main/domain/processes/process-node-commands.js';
import { createTargetGroup, deleteTargetGroup } from '../../../src-main/domain/processes/target-group-commands.js';
import { isAppError } from '../../../src-main/domain/shared/app-error.js';
import type { WriteContext } from '../../../src-main/domain/shared/contexts.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork, openStore, write } from '../../support/temp-network.js';
import { racingWriter } from './racing-writer.js';

/**
 * A delete names the version its user saw. On a server (PostgreSQL, read committed) another
 * editor's change can land between the command's read and its delete; the delete must then be a
 * version conflict that writes nothing, never a silent loss of the other editor's change.
 */

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

async function refusedAsConflict(table: string, id: string, action: (context: WriteContext) => Promise<unknown>): Promise<void> {
  const error = await write(store, (context) => action({ ...context, db: racingWriter(context.db, table, id) })).catch((caught: unknown) => caught);
  expect(isAppError(error) ? error.code : error).toBe('version_conflict');
  const row = await store.db.selectFrom(table as 'process_edge').select('id').where('id', '=', id).executeTakeFirst();
  expect(row, `${table} row must survive a refused delete`).toBeDefined();
}

describe('a delete racing another editor', () => {
  it('is a version conflict for arrows, target groups, map groups and citations', async () => {
    const { process, group, act } = await write(store, async (context) => ({
      process: await createProcess(context, { name: text('Kuntaan osoittaminen') }),
      group: await createProcessGroup(context, text('Alkuvaihe')),
      act: await createLegalAct(context, { number: '681/2023', name: text('Kotoutumislaki'), inForceFrom: '2025-01-01', repealedOn: null }),
    }));
    const detail = await write(store, async (context) => {
      const withStep = await createProcessNode(context, process.id, null, { kind: 'step', name: text('Ohjaus') });
      const step = withStep.nodes.find((node) => node.kind === 'step')!;
      await createProcessEdge(context, process.id, withStep.nodes[0]!.id, step.id, null);
      await createTargetGroup(context, process.id, text('Työnhakijat'));
      return createLegalReference(context, { processId: process.id, nodeId: null, actId: act.id, section: '15 §', note: null });
    });
    const edge = detail.edges.find((candidate) => candidate.toNodeId !== detail.nodes.at(-1)!.id)!;
    const targetGroup = detail.targetGroups[0]!;
    const reference = detail.legalReferences[0]!;

    await refusedAsConflict('process_edge', edge.id, (context) => deleteProcessEdge(context, edge.id, edge.rowVersion));
    await refusedAsConflict('process_target_group', targetGroup.id, (context) => deleteTargetGroup(context, targetGroup.id, targetGroup.rowVersion));
    await refusedAsConflict('process_group', group.id, (context) => deleteProcessGroup(context, group.id, group.rowVersion));
    await refusedAsConflict('legal_reference', reference.id, (context) => deleteLegalReference(context, reference.id, reference.rowVersion));

    // Without the race the same deletes go through.
    await write(store, async (context) => {
      await deleteProcessEdge(context, edge.id, edge.rowVersion);
      await deleteTargetGroup(context, targetGroup.id, targetGroup.rowVersion);
      await deleteProcessGroup(context, group.id, group.rowVersion);
      await deleteLegalReference(context, reference.id, reference.rowVersion);
    });
  });
});
