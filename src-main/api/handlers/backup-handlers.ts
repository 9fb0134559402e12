import type { backupsContract } from '../contract/backups.js';
import type { HandlersFor } from './handler-context.js';

// Issue 7 in progress: this area's handlers are being written by a helper now.
export const backupHandlers: HandlersFor<typeof backupsContract> = {};
