import type { Finding, MatrixColumn, MatrixTask } from '../../../src-main/api/contract/index';
import type { Dictionary } from '../../i18n/fi';
import { formatTemplate } from '../../i18n/format';

/** A finding in words, naming its task and actor as the version shows them. */
export function findingMessage(
  finding: Finding,
  texts: Dictionary['matrices']['findings'],
  names: { tasks: ReadonlyMap<string, MatrixTask>; columns: ReadonlyMap<string, MatrixColumn> },
): string {
  const task = finding.taskId ? (names.tasks.get(finding.taskId)?.name ?? texts.unknownTask) : '';
  const actor = finding.actorId ? (names.columns.get(finding.actorId)?.name ?? texts.unknownActor) : '';
  return formatTemplate(texts.messages[finding.code], { task, actor, ...finding.params });
}

/** The key that names one finding (and its acceptance) within a version. */
export const findingKey = (finding: Pick<Finding, 'code' | 'taskId' | 'actorId'>) => `${finding.code}:${finding.taskId ?? ''}:${finding.actorId ?? ''}`;
