import { Document, Packer, PageOrientation } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { documentStyles } from '../process-document/document-styles.js';
import { documentTexts } from '../process-document/document-texts.js';
import { A4, marginsOf } from '../process-document/page-geometry.js';
import { pageHeader } from '../process-document/page-header.js';
import type { AnnualReportModel } from './annual-report-model.js';
import { annualReportTexts } from './annual-report-texts.js';
import { attendanceSection, decisionsSection, meetingsSection, summarySection } from './meeting-sections.js';
import { actionItemsSection, actionPlanSection, matricesSection, pilotsSection } from './plan-sections.js';
import { reportTitlePage } from './report-title-page.js';

/**
 * The network's annual report (vuosiraportti) from plain data: title page, contents, the year in
 * brief, meetings held, attendance by organisation, decisions, the action plan, action items,
 * matrices approved and accepted, pilots. Nothing here reads a file or the clock.
 */
export function buildAnnualReport(model: AnnualReportModel): Document {
  const { locale } = model;
  const texts = annualReportTexts(locale);
  const shared = documentTexts(locale);
  const documentName = texts.documentName(model.year);
  // the official page header (sender, document and date, page "2 (5)", case number) is the process document's
  const header = pageHeader({ ...model, processes: [], actors: [] }, { ...shared, documentName }, 'portrait');
  const sections = [summarySection, meetingsSection, attendanceSection, decisionsSection, actionPlanSection, actionItemsSection, matricesSection, pilotsSection];
  return new Document({
    title: `${documentName}: ${model.network.name}`,
    subject: model.network.name,
    creator: model.template.organisationName ?? 'Kotoverkko',
    description: model.network.isDemo ? shared.demoNotice : undefined,
    keywords: model.network.isDemo ? shared.demoMark : undefined,
    features: { updateFields: true },
    pageNumbers: estimatePageNumbersWith({ guess: true }),
    styles: documentStyles(locale),
    sections: [
      {
        properties: { page: { size: { width: A4.short, height: A4.long, orientation: PageOrientation.PORTRAIT }, margin: marginsOf('portrait') } },
        headers: { default: header },
        children: [...reportTitlePage(model, texts), ...sections.flatMap((section) => section(model, texts))],
      },
    ],
  });
}

/** The finished .docx bytes (in the export worker). */
export async function packAnnualReport(model: AnnualReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildAnnualReport(model)));
}
