import type { privacyContract } from '../contract/privacy.js';
import type { HandlersFor } from './handler-context.js';

// Issue 7 in progress: this area's handlers are being written by a helper now.
export const privacyHandlers: HandlersFor<typeof privacyContract> = {};
