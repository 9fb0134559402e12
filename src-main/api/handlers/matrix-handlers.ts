import type { matricesContract } from '../contract/matrices.js';
import { deleteAcceptance, recordAcceptance } from '../../domain/matrices/acceptance-commands.js';
import { acceptWarning, setCells, withdrawWarningAcceptance } from '../../domain/matrices/cell-commands.js';
import {
  addColumn,
  addTask,
  moveColumn,
  moveTask,
  removeColumn,
  removeTask,
  transferColumn,
  updateTask,
} from '../../domain/matrices/draft-structure-commands.js';
import { createMatrix, setMatrixArchived, updateMatrix } from '../../domain/matrices/matrix-commands.js';
import { getMatrixList } from '../../domain/matrices/matrix-list.js';
import { getMatrixView } from '../../domain/matrices/matrix-view.js';
import { recordReviewAnswers, resolveReview } from '../../domain/matrices/review-commands.js';
import { approveVersion, newDraft, returnToDraft, sendToReview } from '../../domain/matrices/version-lifecycle.js';
import { compareMatrixVersions } from '../../domain/matrices/version-comparison.js';
import type { HandlersFor } from './handler-context.js';

export const matrixHandlers: HandlersFor<typeof matricesContract> = {
  'matrices.list': ({ lang, ...filter }, context) => getMatrixList({ ...context, locale: lang ?? context.locale }, filter),
  'matrices.get': ({ matrixId, versionId, lang }, context) => getMatrixView({ ...context, locale: lang ?? context.locale }, matrixId, versionId),
  'matrices.create': (input, context) => createMatrix(context, input),
  'matrices.update': ({ id, expectedVersion, name, thresholds }, context) => updateMatrix(context, id, expectedVersion, name, thresholds),
  'matrices.archive': ({ id, expectedVersion }, context) => setMatrixArchived(context, id, expectedVersion, true),
  'matrices.restore': ({ id, expectedVersion }, context) => setMatrixArchived(context, id, expectedVersion, false),

  'matrices.setCells': ({ versionId, expectedVersion, cells }, context) => setCells(context, versionId, expectedVersion, cells),
  'matrices.addTask': ({ versionId, expectedVersion, ...task }, context) => addTask(context, versionId, expectedVersion, task),
  'matrices.updateTask': ({ versionId, expectedVersion, taskId, name, statutory }, context) =>
    updateTask(context, versionId, expectedVersion, taskId, name, statutory),
  'matrices.moveTask': ({ versionId, expectedVersion, taskId, position }, context) => moveTask(context, versionId, expectedVersion, taskId, position),
  'matrices.removeTask': ({ versionId, expectedVersion, taskId }, context) => removeTask(context, versionId, expectedVersion, taskId),
  'matrices.addColumn': ({ versionId, expectedVersion, actorId, position }, context) => addColumn(context, versionId, expectedVersion, actorId, position),
  'matrices.moveColumn': ({ versionId, expectedVersion, actorId, position }, context) => moveColumn(context, versionId, expectedVersion, actorId, position),
  'matrices.removeColumn': ({ versionId, expectedVersion, actorId }, context) => removeColumn(context, versionId, expectedVersion, actorId),
  'matrices.transferColumn': ({ versionId, expectedVersion, fromActorId, toActorIds }, context) =>
    transferColumn(context, versionId, expectedVersion, fromActorId, toActorIds),
  'matrices.acceptWarning': ({ versionId, expectedVersion, reason, ...warning }, context) => acceptWarning(context, versionId, expectedVersion, warning, reason),
  'matrices.withdrawAcceptance': ({ versionId, expectedVersion, ...warning }, context) => withdrawWarningAcceptance(context, versionId, expectedVersion, warning),

  'matrices.sendToReview': ({ versionId, expectedVersion, reviewDeadline }, context) => sendToReview(context, versionId, expectedVersion, reviewDeadline),
  'matrices.approve': ({ versionId, expectedVersion, approvedOn, approvalReference }, context) =>
    approveVersion(context, versionId, expectedVersion, approvedOn, approvalReference),
  'matrices.returnToDraft': ({ versionId, expectedVersion }, context) => returnToDraft(context, versionId, expectedVersion),
  'matrices.newDraft': ({ matrixId, ...options }, context) => newDraft(context, matrixId, options),
  'matrices.compare': ({ fromVersionId, toVersionId, lang }, context) =>
    compareMatrixVersions({ ...context, locale: lang ?? context.locale }, fromVersionId, toVersionId),

  'reviews.record': ({ versionId, actorId, answers, source }, context) => recordReviewAnswers(context, versionId, actorId, answers, source),
  'reviews.resolve': ({ reviewId, resolution }, context) => resolveReview(context, reviewId, resolution),

  'acceptances.record': ({ versionId, ...acceptance }, context) => recordAcceptance(context, versionId, acceptance),
  'acceptances.delete': ({ id, expectedVersion }, context) => deleteAcceptance(context, id, expectedVersion),
};
