import type { meetingDocumentsContract } from '../contract/meeting-documents.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

/** Documents across meetings: the action-item workbook and the annual report. */
export const reportHandlers = {
  'exports.actionItemsWorkbook': notYet,
  'exports.annualReport': notYet,
} satisfies Partial<HandlersFor<typeof meetingDocumentsContract>>;
