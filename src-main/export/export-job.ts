import type { ActionItemsWorkbookInput } from './action-items-workbook/action-items-workbook.js';
import type { AnnualReportModel } from './annual-report/annual-report-model.js';
import type { MeetingDocumentModel } from './meeting-document/meeting-document-model.js';
import type { ProcessDocumentModel } from './process-document/process-document-model.js';
import type { ReviewFormData } from './review-forms/review-form-data.js';
import type { MatrixWorkbookInput } from './xlsx/matrix-workbook.js';

/** What the main thread asks of the export worker, and its answer: plain data both ways. */
export type ExportJob =
  | { kind: 'processDocument'; model: ProcessDocumentModel }
  | { kind: 'matrixWorkbook'; input: MatrixWorkbookInput }
  | { kind: 'reviewForm'; form: ReviewFormData; format: 'docx' | 'xlsx' }
  | { kind: 'meetingDocument'; model: MeetingDocumentModel }
  | { kind: 'actionItemsWorkbook'; input: ActionItemsWorkbookInput }
  | { kind: 'annualReport'; model: AnnualReportModel };

export type ExportReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
