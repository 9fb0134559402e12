import { method } from './define.js';

/** Privacy (GDPR): erasing a former representative's personal data, and the privacy notice (issue 7). */
// Issue 7 in progress: this area's methods are being written by a helper now.
void method;
export const privacyContract = {};
