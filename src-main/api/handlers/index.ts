import type { MethodName } from '../contract/index.js';
import { actionPlanHandlers } from './action-plan-handlers.js';
import { actorHandlers } from './actor-handlers.js';
import { backupHandlers } from './backup-handlers.js';
import { documentHandlers } from './document-handlers.js';
import { documentTemplateHandlers } from './document-template-handlers.js';
import { historyHandlers } from './history-handlers.js';
import { matrixHandlers } from './matrix-handlers.js';
import { meetingDocumentHandlers } from './meeting-document-handlers.js';
import { meetingHandlers } from './meeting-handlers.js';
import { meetingRecordHandlers } from './meeting-record-handlers.js';
import { privacyHandlers } from './privacy-handlers.js';
import { processHandlers } from './process-handlers.js';
import { reportHandlers } from './report-handlers.js';
import type { Handler } from './handler-context.js';
import { sessionHandlers } from './session-handlers.js';

/** Every handler; the type makes a missing or extra handler a compile error. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...sessionHandlers,
  ...actorHandlers,
  ...processHandlers,
  ...matrixHandlers,
  ...documentHandlers,
  ...documentTemplateHandlers,
  ...meetingHandlers,
  ...meetingRecordHandlers,
  ...actionPlanHandlers,
  ...meetingDocumentHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...historyHandlers,
  ...privacyHandlers,
};
