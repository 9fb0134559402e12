/**
 * What a review form carries so that its answers find their way back: the version, the member,
 * the fingerprint of the tasks, and the task behind each row number. A .docx keeps it in custom
 * document properties, an .xlsx on a hidden sheet; both survive a member's "save" in Word, Excel
 * and LibreOffice.
 */
export interface FormIdentity {
  matrixId: string;
  versionId: string;
  actorId: string;
  tasksChecksum: string;
  /** row number n on the form is taskIds[n - 1] */
  taskIds: string[];
}

export const REVIEW_FORM_FORMAT = 'kotoverkko-review-form';

/** Names of the .docx custom properties */
export const FORM_PROPERTIES = {
  format: 'KotoverkkoForm',
  matrixId: 'KotoverkkoMatrixId',
  versionId: 'KotoverkkoVersionId',
  actorId: 'KotoverkkoActorId',
  tasksChecksum: 'KotoverkkoTasksChecksum',
  taskIds: 'KotoverkkoTaskIds',
} as const;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An identity read from a file, or null when something is missing or malformed. */
export function identityFrom(values: { matrixId?: string; versionId?: string; actorId?: string; tasksChecksum?: string; taskIds?: string }): FormIdentity | null {
  const { matrixId, versionId, actorId, tasksChecksum, taskIds } = values;
  if (!matrixId || !versionId || !actorId || !tasksChecksum || taskIds === undefined) return null;
  const ids = taskIds === '' ? [] : taskIds.split(',').map((id) => id.trim());
  if (![matrixId, versionId, actorId, ...ids].every((id) => ID.test(id))) return null;
  if (!/^[0-9a-f]{64}$/.test(tasksChecksum)) return null;
  return { matrixId, versionId, actorId, tasksChecksum, taskIds: ids };
}
