import { PageBreak, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { displayDate } from '../display-date.js';
import { logoRun } from '../document-logo.js';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import { documentTexts } from '../process-document/document-texts.js';
import { keyValueTable } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import type { AnnualReportModel } from './annual-report-model.js';
import type { AnnualReportTexts } from './annual-report-texts.js';

/** The title page (whose report, which year, as on which day) and the table of contents after it. */
export function reportTitlePage(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const { locale } = model;
  const shared = documentTexts(locale);
  const out: FileChild[] = [];
  const logo = model.template.logoPng ? logoRun(model.template.logoPng, model.template.organisationName ?? model.network.name) : null;
  if (logo) out.push(new Paragraph({ spacing: { after: 240 }, children: [logo] }));
  if (model.template.organisationName) out.push(new Paragraph({ children: [new TextRun({ text: model.template.organisationName, bold: true, size: 24 })] }));
  if (model.network.isDemo) {
    out.push(new Paragraph({ style: STYLE_IDS.demo, spacing: { before: 240 }, children: [new TextRun(shared.demoMark)] }));
    out.push(new Paragraph({ children: [new TextRun({ text: shared.demoNotice, color: COLOURS.demo })] }));
  }
  out.push(new Paragraph({ spacing: { before: 1800 }, children: [new TextRun({ text: texts.titleMark(model.year), bold: true, size: 24, color: COLOURS.heading })] }));
  out.push(new Paragraph({ style: 'Title', children: [new TextRun(model.network.name)] }));

  const rows: Array<[string, string]> = [[texts.network, model.network.name]];
  if (model.template.organisationName) rows.push([texts.organisation, model.template.organisationName]);
  rows.push([texts.year, String(model.year)]);
  rows.push([texts.statusOn, displayDate(model.date, locale)]);
  if (model.template.caseNumber) rows.push([texts.caseNumber, model.template.caseNumber]);
  out.push(keyValueTable(rows, textWidth('portrait'), 0.32));

  out.push(new Paragraph({ children: [new PageBreak()] }));
  // Not a heading: the table of contents would otherwise list itself.
  out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: shared.contents, bold: true, size: 32, color: COLOURS.heading })] }));
  out.push(new TableOfContents(shared.contents, { hyperlink: true, headingStyleRange: '1-2' }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}
