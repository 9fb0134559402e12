import { z } from 'zod';
import type { RaciLetter, ReviewVerdict } from './matrices.js';
import { idSchema, localeSchema } from './common.js';
import { method } from './define.js';

/** Word and Excel: exports to send, and filled-in forms and workbooks to read back. */

export interface ExportResult {
  /** where the file was written (chosen in a save dialog, or the browser host's export folder) */
  path: string;
  fileName: string;
  byteLength: number;
  /** the browser host's address for downloading the file (with the session token); null in the app */
  downloadUrl: string | null;
}

/** A file the user picked in the page, sent whole (the renderer never hands the core a path to read). */
export const uploadedFileSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  /** base64 of the file's bytes; the host's body limit keeps it under about 6 MB */
  contentBase64: z.string().max(8_000_000),
});

export interface ReviewFormPreviewAnswer {
  taskId: string;
  taskName: string;
  letters: RaciLetter[];
  verdict: ReviewVerdict | null;
  comment: string | null;
  /** how the answer relates to what is already recorded */
  change: 'new' | 'same' | 'changed' | 'unanswered';
}

/** What importing a filled review form would record; nothing is written by the preview. */
export interface ReviewFormPreview {
  versionId: string;
  versionNumber: number;
  matrixName: string;
  actorId: string;
  actorName: string;
  answers: ReviewFormPreviewAnswer[];
  /** a hash of the form's contents: the import must name the same one, so what was previewed is what is written */
  checksum: string;
}

export interface WorkbookImportProblem {
  /** 1-based row and column in the sheet, as Excel shows them */
  row: number;
  column: number;
  code: 'unknown_letter' | 'unknown_task' | 'unknown_actor' | 'duplicate_task' | 'duplicate_actor';
  value: string;
}

export interface WorkbookImportPreview {
  versionId: string;
  changes: Array<{ taskId: string; taskName: string; actorId: string; actorName: string; before: RaciLetter | null; after: RaciLetter | null }>;
  problems: WorkbookImportProblem[];
  checksum: string;
}

const uploadAndChecksum = uploadedFileSchema.extend({ checksum: z.string().min(1).max(128) });

export const documentsContract = {
  'exports.processDocument': method<ExportResult | null>()({
    summary: 'Write the process description document (.docx): the given processes or all of them in one document',
    writes: false,
    longRunning: true,
    input: z
      .strictObject({ processIds: z.array(idSchema).max(500).optional(), all: z.boolean().optional(), lang: localeSchema })
      .refine((value) => value.all === true || (value.processIds?.length ?? 0) > 0, { params: { code: 'export_nothing_chosen' }, path: ['processIds'] }),
  }),
  'exports.matrixWorkbook': method<ExportResult | null>()({
    summary: 'Write a version of a matrix to Excel (.xlsx): letters, colours, legend, frozen header',
    writes: false,
    longRunning: true,
    input: z.strictObject({ versionId: idSchema, lang: localeSchema }),
  }),
  'reviewForms.export': method<ExportResult | null>()({
    summary: 'Write a review form for one member (.docx or .xlsx): its tasks and letters, agree / comment',
    writes: false,
    longRunning: true,
    input: z.strictObject({ versionId: idSchema, actorId: idSchema, format: z.enum(['docx', 'xlsx']), lang: localeSchema }),
  }),
  'reviewForms.preview': method<ReviewFormPreview>()({
    summary: 'Read a filled review form and show what importing it would record',
    writes: false,
    longRunning: true,
    input: uploadedFileSchema,
  }),
  'reviewForms.import': method<ReviewFormPreview>()({
    summary: 'Record the answers of a previewed review form (refused for another version, actor or changed file)',
    writes: true,
    longRunning: true,
    input: uploadAndChecksum,
  }),
  'matrices.previewWorkbook': method<WorkbookImportPreview>()({
    summary: 'Read an .xlsx matrix into a draft version: the changes and problems, nothing written',
    writes: false,
    longRunning: true,
    input: uploadedFileSchema.extend({ versionId: idSchema }),
  }),
  'matrices.importWorkbook': method<WorkbookImportPreview>()({
    summary: 'Write a previewed .xlsx matrix into the draft (refused when it has problems or the file changed)',
    writes: true,
    longRunning: true,
    input: uploadAndChecksum.extend({ versionId: idSchema, expectedVersion: z.number().int().min(1) }),
  }),
  'exports.open': method<{ opened: boolean }>()({
    summary: 'Open a written export with the system’s program (in the app; the browser host downloads instead)',
    writes: false,
    scope: 'app',
    input: z.strictObject({ path: z.string().min(1).max(4096) }),
  }),
};
