import type { meetingDocumentsContract } from '../contract/meeting-documents.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

/** A meeting's own documents: agenda, record, calendar invitation, attachments. */
export const meetingDocumentHandlers = {
  'exports.agenda': notYet,
  'exports.meetingRecord': notYet,
  'exports.meetingIcs': notYet,
  'exports.attachment': notYet,
} satisfies Partial<HandlersFor<typeof meetingDocumentsContract>>;
