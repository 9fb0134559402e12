import { Paragraph, TextRun, type FileChild } from 'docx';
import { COLOURS } from '../word/document-styles.js';
import { displayDate } from '../display-date.js';
import type { DocumentTexts } from './document-texts.js';
import { dataTable, keyValueTable, pick, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { contentsPage, titlePageHead } from '../word/title-page-parts.js';
import type { ProcessDocumentModel, ProcessDocumentProcess } from './process-document-model.js';

/** The title page (whose document, what, which versions, when) and the table of contents after it. */
export function titlePage(model: ProcessDocumentModel, texts: DocumentTexts): FileChild[] {
  const { locale } = model;
  const width = textWidth('portrait');
  const single = model.processes.length === 1 ? model.processes[0]! : null;

  const out: FileChild[] = titlePageHead({
    logoPng: model.template.logoPng,
    organisationName: model.template.organisationName,
    networkName: model.network.name,
    demo: model.network.isDemo ? { mark: texts.demoMark, notice: texts.demoNotice } : null,
  });
  out.push(new Paragraph({ spacing: { before: 1800 }, children: [new TextRun({ text: texts.documentName.toUpperCase(), bold: true, size: 24, color: COLOURS.heading })] }));
  out.push(new Paragraph({ style: 'Title', children: [new TextRun(single ? (pick(single.detail.name, locale) ?? '') : model.network.name)] }));

  const rows: Array<[string, string]> = [[texts.network, model.network.name]];
  if (model.template.organisationName) rows.push([texts.organisation, model.template.organisationName]);
  if (single) {
    rows.push([texts.process, pick(single.detail.name, locale) ?? '']);
    rows.push([texts.processStatus, texts.processStatuses[single.detail.status]]);
    rows.push([texts.matrix, matrixLines(single, texts, locale)]);
  }
  rows.push([texts.date, displayDate(model.date, locale)]);
  if (model.template.caseNumber) rows.push([texts.caseNumber, model.template.caseNumber]);
  out.push(keyValueTable(rows, width, 0.32));

  if (!single) {
    out.push(new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: texts.processes, bold: true })] }));
    out.push(
      dataTable(
        [texts.process, texts.processStatus, texts.matrix],
        model.processes.map((process) => [pick(process.detail.name, locale) ?? '', texts.processStatuses[process.detail.status], matrixLines(process, texts, locale)]),
        splitWidth(width, [45, 20, 35]),
      ),
    );
  }

  out.push(...contentsPage(texts.contents, 3));
  return out;
}

/** "Vastuumatriisi X: versio 2, hyväksytty", one line per matrix. */
function matrixLines(process: ProcessDocumentProcess, texts: DocumentTexts, locale: ProcessDocumentModel['locale']): string {
  if (process.matrices.length === 0) return texts.noMatrix;
  return process.matrices
    .map((view) => `${pick(view.matrix.name, locale) ?? ''}: ${texts.matrixVersion(view.version.number, texts.versionStatuses[view.version.status])}`)
    .join('\n');
}
