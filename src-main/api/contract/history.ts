import { method } from './define.js';

/** The audit trail read from the change log: an object's history and undo of its last change (issue 7). */
// Issue 7 in progress: this area's methods are being written by a helper now.
void method;
export const historyContract = {};
