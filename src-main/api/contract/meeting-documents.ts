import { z } from 'zod';
import type { ExportResult } from './documents.js';
import { idSchema, localeSchema } from './common.js';
import { method } from './define.js';

/** The meetings' documents: agenda and record (.docx), invitation (.ics), action items (.xlsx), annual report. */

export const meetingDocumentsContract = {
  'exports.agenda': method<ExportResult | null>()({
    summary: 'Write a meeting’s agenda (esityslista) as .docx',
    writes: false,
    longRunning: true,
    input: z.strictObject({ meetingId: idSchema, lang: localeSchema }),
  }),
  'exports.meetingRecord': method<ExportResult | null>()({
    summary: 'Write a meeting’s record as .docx: memo (muistio) or minutes (pöytäkirja), as the meeting keeps',
    writes: false,
    longRunning: true,
    input: z.strictObject({ meetingId: idSchema, lang: localeSchema }),
  }),
  'exports.meetingIcs': method<ExportResult | null>()({
    summary: 'Write a meeting’s calendar invitation (.ics, RFC 5545; a cancellation for a cancelled meeting)',
    writes: false,
    input: z.strictObject({ meetingId: idSchema, lang: localeSchema.optional() }),
  }),
  'exports.attachment': method<ExportResult | null>()({
    summary: 'Save an agenda item’s attachment as a file',
    writes: false,
    input: z.strictObject({ attachmentId: idSchema }),
  }),
  'exports.actionItemsWorkbook': method<ExportResult | null>()({
    summary: 'Write the action items (with the overview’s filters) to .xlsx',
    writes: false,
    longRunning: true,
    input: z.strictObject({
      actorId: idSchema.optional(),
      ownerRepresentativeId: idSchema.optional(),
      state: z.enum(['open', 'overdue', 'done', 'all']).optional(),
      lang: localeSchema,
    }),
  }),
  'exports.annualReport': method<ExportResult | null>()({
    summary: 'Write the network’s annual report (.docx): meetings, attendance, decisions, actions, matrices',
    writes: false,
    longRunning: true,
    input: z.strictObject({ year: z.number().int().min(2000).max(2200), lang: localeSchema }),
  }),
};
