import type { meetingsContract } from '../contract/meetings.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { HandlersFor } from './handler-context.js';

// TEMPORARY stubs while the area is being built (session 3); replaced by the real handlers.
const notYet = () => Promise.reject(new AppError('internal'));

/** What a meeting records: attendance, decisions (and what they carry out) and action items. */
export const meetingRecordHandlers = {
  'attendance.set': notYet,
  'attendance.remove': notYet,
  'decisions.create': notYet,
  'decisions.update': notYet,
  'decisions.apply': notYet,
  'decisions.withdraw': notYet,
  'decisions.remove': notYet,
  'actionItems.create': notYet,
  'actionItems.update': notYet,
  'actionItems.close': notYet,
  'actionItems.reopen': notYet,
  'actionItems.remove': notYet,
  'actionItems.overview': notYet,
} satisfies Partial<HandlersFor<typeof meetingsContract>>;
