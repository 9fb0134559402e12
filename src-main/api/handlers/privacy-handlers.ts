import type { privacyContract } from '../contract/privacy.js';
import { compactAfterErasure } from '../../domain/privacy/compact-after-erasure.js';
import { eraseRepresentative } from '../../domain/privacy/erase-representative.js';
import { savePrivacyNotice } from '../../export/privacy-notice/save-privacy-notice.js';
import type { HandlersFor } from './handler-context.js';

export const privacyHandlers: HandlersFor<typeof privacyContract> = {
  'privacy.eraseRepresentative': async ({ representativeId, expectedVersion }, context) => {
    const result = await eraseRepresentative(context, representativeId, expectedVersion);
    // queued behind this call's transaction (the connection serves callers in turn): runs after the commit
    compactAfterErasure(context.session.requireNetwork().db);
    return result;
  },
  'exports.privacyNotice': ({ lang }, context) => savePrivacyNotice(context, lang),
};
