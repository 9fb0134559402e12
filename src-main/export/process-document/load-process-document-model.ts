import type { MatrixView } from '../../api/contract/matrices.js';
import type { ProcessDetail } from '../../api/contract/processes.js';
import { findVersionRows } from '../../db/repositories/matrix-repository.js';
import { getActorDetail, listActors } from '../../domain/actors/actor-queries.js';
import { getMatrixView } from '../../domain/matrices/matrix-view.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { getProcessDetail, getProcessMap } from '../../domain/processes/process-queries.js';
import { swimlaneModelOf } from '../../domain/processes/process-swimlane.js';
import { AppError, isAppError } from '../../domain/shared/app-error.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { readDocumentTemplate } from '../document-settings.js';
import type { ProcessDocumentActor, ProcessDocumentModel, ProcessDocumentProcess } from './process-document-model.js';

/**
 * Reads what the process description document shows, in the export's language, from the open
 * network (in the main thread: the data file stays there). `'all'` takes every process that is
 * not archived, in the process map's order. Each matrix shows its approved version, else its latest.
 */
export async function loadProcessDocumentModel(context: ReadContext, processIds: readonly string[] | 'all', locale: Locale): Promise<ProcessDocumentModel> {
  const reader: ReadContext = { ...context, locale };
  const ids = processIds === 'all' ? await allProcessIds(reader) : [...new Set(processIds)];
  if (ids.length === 0) throw new AppError('export_no_processes');

  const processes: ProcessDocumentProcess[] = [];
  for (const [index, id] of ids.entries()) {
    const detail = await getProcessDetail(reader, id).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'not_found') throw new AppError('export_process_not_found', { id }, ['processIds', index]);
      throw error;
    });
    processes.push({ detail, swimlane: swimlaneModelOf(detail, locale), matrices: await matricesOf(reader, detail) });
  }

  const info = await readNetworkInfo(context.db);
  return {
    locale,
    date: context.today,
    network: { name: pickLocalized(info.name, locale)?.text ?? '', isDemo: info.isDemo },
    template: await readDocumentTemplate(context.db),
    processes,
    actors: await actorsOf(reader, processes),
  };
}

async function allProcessIds(context: ReadContext): Promise<string[]> {
  const map = await getProcessMap(context);
  const groupPlace = new Map([...map.groups].sort((a, b) => a.sortOrder - b.sortOrder).map((group, index) => [group.id, index]));
  const place = (groupId: string | null) => (groupId === null ? Number.MAX_SAFE_INTEGER : (groupPlace.get(groupId) ?? Number.MAX_SAFE_INTEGER));
  // the map's own order within a group; grouped processes first, in the groups' order
  return map.processes
    .map((process, index) => ({ process, index }))
    .sort((a, b) => place(a.process.groupId) - place(b.process.groupId) || a.index - b.index)
    .map(({ process }) => process.id);
}

/**
 * The process's matrices (archived ones are not among them), each in its approved version, else
 * its latest. The versions are looked up first, so only the shown version's view is built.
 */
async function matricesOf(context: ReadContext, detail: ProcessDetail): Promise<MatrixView[]> {
  const versions = await findVersionRows(
    context.db,
    detail.matrices.map((matrix) => matrix.id),
  );
  const views: MatrixView[] = [];
  for (const { id } of detail.matrices) {
    const approved = versions.find((version) => version.matrix_id === id && version.status === 'approved');
    views.push(await getMatrixView(context, id, approved?.id));
  }
  return views;
}

/** Owners, performers and matrix columns of these processes, with their current representatives. */
async function actorsOf(context: ReadContext, processes: ProcessDocumentProcess[]): Promise<ProcessDocumentActor[]> {
  const ids = new Set<string>();
  for (const { detail, matrices } of processes) {
    if (detail.ownerActorId) ids.add(detail.ownerActorId);
    for (const node of detail.nodes) if (node.performerActorId) ids.add(node.performerActorId);
    for (const view of matrices) for (const column of view.columns) ids.add(column.actorId);
  }
  const summaries = (await listActors(context, { includeArchived: true })).filter((actor) => ids.has(actor.id));
  const actors: ProcessDocumentActor[] = [];
  for (const actor of summaries) {
    const detail = await getActorDetail(context, actor.id);
    actors.push({ actor, representatives: detail.representatives.filter((person) => !person.archived) });
  }
  return actors;
}
