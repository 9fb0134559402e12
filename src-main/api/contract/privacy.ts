import { z } from 'zod';
import type { Representative } from './actors.js';
import { expectedVersionSchema, idSchema, localeSchema } from './common.js';
import { method } from './define.js';
import type { ExportResult } from './documents.js';

/** Privacy (GDPR): erasing a former representative's personal data, and the privacy notice (issue 7). */

export interface ErasureResult {
  /** the representative as it stands now: "Entinen edustaja (Organisaatio)", no title, e-mail or phone */
  representative: Representative;
  /** rows outside the representative's own where the person's data was replaced (attendance, records, search texts…) */
  rowsRewritten: number;
  /** change-log entries whose before/after texts were rewritten */
  changeLogEntriesRewritten: number;
}

export const privacyContract = {
  'privacy.eraseRepresentative': method<ErasureResult>()({
    summary:
      'Erase a former representative’s personal data (name, title, e-mail, phone) from the data and the change log, leaving “former representative of X”; cannot be undone',
    writes: true,
    input: z.strictObject({ representativeId: idSchema, expectedVersion: expectedVersionSchema }),
  }),
  'exports.privacyNotice': method<ExportResult | null>()({
    summary: 'Write a privacy notice template (tietosuojaseloste, .docx) for the network, with brackets for what the network fills in',
    writes: false,
    input: z.strictObject({ lang: localeSchema }),
  }),
};
