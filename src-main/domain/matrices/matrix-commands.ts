import type { LocalizedText } from '../../api/contract/common.js';
import type { MatrixThresholds, MatrixView } from '../../api/contract/matrices.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { insertColumnRows, insertDraftVersionRow, insertTaskRows } from '../../db/repositories/matrix-draft-repository.js';
import { findMatrixStepRows, findProcessNameRow } from '../../db/repositories/matrix-process-repository.js';
import { findMatrixRow, findVersionRows } from '../../db/repositories/matrix-repository.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { DEFAULT_THRESHOLDS } from './matrix-checks.js';
import { getMatrixView } from './matrix-view.js';

export interface NewMatrix {
  name: LocalizedText;
  processId?: string | null;
  actorIds?: readonly string[];
  thresholds?: MatrixThresholds;
}


/**
 * A new matrix with its first draft (valid on today). From a process, each step and decision
 * becomes a row in the process's order, its name and statutory flag copied (a later rename of
 * the step does not rewrite this history); the columns are the given actors, or else the steps'
 * performers in order of appearance.
 */
export async function createMatrix(context: WriteContext, input: NewMatrix): Promise<MatrixView> {
  const now = context.author.now.toISOString();
  const steps = input.processId ? await stepsOfProcess(context, input.processId) : [];
  const actorIds = input.actorIds
    ? await existingActors(context, input.actorIds)
    : [...new Set(steps.map((step) => step.performer_actor_id).filter((id): id is string => id !== null))];
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;

  const matrixId = newId(context.author.now.getTime());
  const versionId = newId(context.author.now.getTime());
  const bookkeeping = { created_at: now, updated_at: now, row_version: 1 };
  await context.db
    .insertInto('matrix')
    .values({
      id: matrixId,
      process_id: input.processId ?? null,
      ...toStoredLocalized('name', input.name),
      threshold_consulted: thresholds.maxConsulted,
      threshold_informed: thresholds.maxInformed,
      archived_at: null,
      ...bookkeeping,
    })
    .execute();
  await insertDraftVersionRow(context.db, { id: versionId, matrixId, number: 1, basedOnVersionId: null, validOn: context.today, note: null, now });
  await insertTaskRows(
    context.db,
    steps.map((step, index) => ({
      id: newId(context.author.now.getTime()),
      version_id: versionId,
      node_id: step.id,
      lineage_id: newId(context.author.now.getTime()),
      name_fi: step.name_fi,
      name_sv: step.name_sv,
      name_en: step.name_en,
      statutory: step.statutory,
      sort_order: index,
      ...bookkeeping,
    })),
  );
  await insertColumnRows(
    context.db,
    actorIds.map((actorId, index) => ({ version_id: versionId, actor_id: actorId, sort_order: index })),
  );
  const created = await getMatrixView(context, matrixId);
  await recordChange(context.db, context.author, {
    entityType: 'matrix',
    entityId: matrixId,
    operation: 'create',
    after: { matrix: created.matrix, version: created.version, tasks: created.tasks.map((task) => task.name), actorIds },
  });
  return created;
}

/**
 * Renames a matrix or changes its check thresholds (they apply to every version's checks). While
 * a version is in review its checks are what the members read, so new thresholds wait until it
 * is approved or back in draft.
 */
export async function updateMatrix(
  context: WriteContext,
  id: string,
  expectedVersion: number,
  name: LocalizedText,
  thresholds: MatrixThresholds,
): Promise<MatrixView> {
  const before = await requireMatrix(context, id);
  const thresholdsChange = thresholds.maxConsulted !== before.threshold_consulted || thresholds.maxInformed !== before.threshold_informed;
  if (thresholdsChange && (await findVersionRows(context.db, [id])).some((version) => version.status === 'in_review')) {
    throw new AppError('matrix_thresholds_in_review', {}, ['thresholds']);
  }
  await bumpVersion(context.db, 'matrix', id, expectedVersion, {
    ...toStoredLocalized('name', name),
    threshold_consulted: thresholds.maxConsulted,
    threshold_informed: thresholds.maxInformed,
    updated_at: context.author.now.toISOString(),
  });
  const after = await findMatrixRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'matrix', entityId: id, operation: 'update', before, after });
  return getMatrixView(context, id);
}

export async function setMatrixArchived(context: WriteContext, id: string, expectedVersion: number, archived: boolean): Promise<MatrixView> {
  const before = await requireMatrix(context, id);
  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'matrix', id, expectedVersion, { archived_at: archived ? now : null, updated_at: now });
  const after = await findMatrixRow(context.db, id);
  await recordChange(context.db, context.author, { entityType: 'matrix', entityId: id, operation: archived ? 'archive' : 'restore', before, after });
  return getMatrixView(context, id);
}

async function requireMatrix(context: WriteContext, id: string) {
  const row = await findMatrixRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, ['id']);
  return row;
}

async function stepsOfProcess(context: WriteContext, processId: string) {
  if (!(await findProcessNameRow(context.db, processId))) throw new AppError('not_found', { id: processId }, ['processId']);
  return findMatrixStepRows(context.db, processId);
}

/** The given actors once each, in the given order; an unknown one is refused by its place. */
async function existingActors(context: WriteContext, actorIds: readonly string[]): Promise<string[]> {
  const found = new Set(
    actorIds.length === 0 ? [] : (await context.db.selectFrom('actor').select('id').where('id', 'in', [...new Set(actorIds)]).execute()).map((row) => row.id),
  );
  actorIds.forEach((id, index) => {
    if (!found.has(id)) throw new AppError('not_found', { id }, ['actorIds', index]);
  });
  return [...new Set(actorIds)];
}
