import { Document, Packer } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { displayDate } from '../display-date.js';
import { documentStyles } from '../word/document-styles.js';
import { officialTexts } from '../word/official-texts.js';
import { pageProperties } from '../word/page-geometry.js';
import { officialPageHeader } from '../word/official-page-header.js';
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
  const shared = officialTexts(locale);
  const documentName = texts.documentName(model.year);
  const header = officialPageHeader(
    {
      sender: model.template.organisationName ?? model.network.name,
      demoMark: model.network.isDemo ? shared.demoMark : null,
      documentName,
      date: displayDate(model.date, locale),
      caseNumber: model.template.caseNumber ? `${shared.caseNumberShort} ${model.template.caseNumber}` : null,
      shares: [45, 35, 20],
    },
    'portrait',
  );
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
        properties: pageProperties('portrait'),
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
