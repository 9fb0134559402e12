import { parentPort } from 'node:worker_threads';
import { buildActionItemsWorkbook } from './action-items-workbook/action-items-workbook.js';
import { packAnnualReport } from './annual-report/build-annual-report.js';
import type { ExportJob, ExportReply } from './export-job.js';
import { packMeetingDocument } from './meeting-document/pack-meeting-document.js';
import { packProcessDocument } from './process-document/pack-process-document.js';
import { buildReviewFormDocx } from './review-forms/review-form-docx.js';
import { buildReviewFormXlsx } from './review-forms/review-form-xlsx.js';
import { buildMatrixWorkbook } from './xlsx/matrix-workbook.js';
import { xmlSafeData } from './xml-safe-text.js';

/**
 * The export worker: gets a document's data as plain JSON, answers with the file's bytes. Building
 * a document (laying out tables, drawing the chart, zipping) takes seconds; here it never freezes
 * the app's main thread, which keeps answering the window meanwhile.
 */
async function run(unsafeJob: ExportJob): Promise<Uint8Array> {
  // every text lands in an XML part (the chart's SVG too): characters XML forbids are dropped first
  const job = xmlSafeData(unsafeJob);
  switch (job.kind) {
    case 'processDocument':
      return packProcessDocument(job.model);
    case 'matrixWorkbook':
      return buildMatrixWorkbook(job.input);
    case 'reviewForm':
      return job.format === 'docx' ? buildReviewFormDocx(job.form) : buildReviewFormXlsx(job.form);
    case 'meetingDocument':
      return packMeetingDocument(job.model);
    case 'actionItemsWorkbook':
      return buildActionItemsWorkbook(job.input);
    case 'annualReport':
      return packAnnualReport(job.model);
  }
}

parentPort?.once('message', (job: ExportJob) => {
  run(job).then(
    (bytes) => parentPort!.postMessage({ ok: true, bytes } satisfies ExportReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ExportReply),
  );
});
