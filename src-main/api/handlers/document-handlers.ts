import type { documentsContract } from '../contract/documents.js';
import { exportHandlers } from './export-handlers.js';
import type { HandlersFor } from './handler-context.js';
import { reviewFormHandlers } from './review-form-handlers.js';
import { workbookHandlers } from './workbook-handlers.js';

export const documentHandlers: HandlersFor<typeof documentsContract> = {
  ...exportHandlers,
  ...workbookHandlers,
  ...reviewFormHandlers,
};
