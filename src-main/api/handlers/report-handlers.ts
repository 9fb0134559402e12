import type { meetingDocumentsContract } from '../contract/meeting-documents.js';
import { actionItemsWorkbookFileName, loadActionItemsWorkbookInput } from '../../export/action-items-workbook/load-action-items-workbook.js';
import { annualReportFileName, loadAnnualReportModel } from '../../export/annual-report/load-annual-report-model.js';
import { saveExport } from '../../export/export-file.js';
import type { HandlersFor } from './handler-context.js';

type ReportMethods = Pick<typeof meetingDocumentsContract, 'exports.actionItemsWorkbook' | 'exports.annualReport'>;

/**
 * Documents across meetings: the action-item workbook and the annual report. The data is read
 * (and an unknown filter refused) before the save dialog opens; the file is built in the export worker.
 */
export const reportHandlers: HandlersFor<ReportMethods> = {
  'exports.actionItemsWorkbook': async ({ actorId, ownerRepresentativeId, state, lang }, context) => {
    const input = await loadActionItemsWorkbookInput(context, context.author.now, { actorId, ownerRepresentativeId, state }, lang);
    return saveExport(context.session, actionItemsWorkbookFileName(input), { kind: 'actionItemsWorkbook', input });
  },

  'exports.annualReport': async ({ year, lang }, context) => {
    const model = await loadAnnualReportModel(context, year, lang);
    return saveExport(context.session, annualReportFileName(model), { kind: 'annualReport', model });
  },
};
