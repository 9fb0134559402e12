import { PageBreak, Paragraph, TextRun, type FileChild } from 'docx';
import { displayDate } from '../display-date.js';
import { COLOURS } from '../word/document-styles.js';
import { officialTexts } from '../word/official-texts.js';
import { keyValueTable } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { contentsPage, titlePageHead } from '../word/title-page-parts.js';
import type { AnnualReportModel } from './annual-report-model.js';
import type { AnnualReportTexts } from './annual-report-texts.js';

/** The title page (whose report, which year, as on which day) and the table of contents after it. */
export function reportTitlePage(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const { locale } = model;
  const shared = officialTexts(locale);
  const out: FileChild[] = titlePageHead({
    logoPng: model.template.logoPng,
    organisationName: model.template.organisationName,
    networkName: model.network.name,
    demo: model.network.isDemo ? { mark: shared.demoMark, notice: shared.demoNotice } : null,
  });
  out.push(new Paragraph({ spacing: { before: 1800 }, children: [new TextRun({ text: texts.titleMark(model.year), bold: true, size: 24, color: COLOURS.heading })] }));
  out.push(new Paragraph({ style: 'Title', children: [new TextRun(model.network.name)] }));

  const rows: Array<[string, string]> = [[texts.network, model.network.name]];
  if (model.template.organisationName) rows.push([texts.organisation, model.template.organisationName]);
  rows.push([texts.year, String(model.year)]);
  rows.push([texts.statusOn, displayDate(model.date, locale)]);
  if (model.template.caseNumber) rows.push([texts.caseNumber, model.template.caseNumber]);
  out.push(keyValueTable(rows, textWidth('portrait'), 0.32));

  out.push(...contentsPage(shared.contents, 2));
  // the chapters follow one another in one section, so the first needs a page of its own
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}
