import { Document, type FileChild, type ISectionOptions } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { actorsAppendix } from './actors-appendix.js';
import { documentStyles } from '../word/document-styles.js';
import { documentTexts, type DocumentTexts } from './document-texts.js';
import { heading, pick } from '../word/docx-parts.js';
import { matrixSection } from './matrix-section.js';
import { pageProperties, type PageKind } from '../word/page-geometry.js';
import { pageHeader } from './page-header.js';
import { processCard } from './process-card.js';
import type { ProcessDocumentModel, ProcessDocumentProcess } from './process-document-model.js';
import { reviewRecord } from './review-record.js';
import { stepSections } from './step-sections.js';
import { renderSwimlaneImages } from './swimlane-image.js';
import { swimlaneSection } from './swimlane-section.js';
import { titlePage } from './title-page.js';

interface Block {
  kind: PageKind;
  children: FileChild[];
}

/**
 * The process description document (prosessikuvaus) from plain data: title page, contents, and
 * for each process its card, swimlane chart, steps, responsibility matrices (landscape) and their
 * review and acceptance record; the actors as an appendix. Nothing here reads a file or the clock.
 */
export function buildProcessDocument(model: ProcessDocumentModel): Document {
  const texts = documentTexts(model.locale);
  const blocks: Block[] = [{ kind: 'portrait', children: titlePage(model, texts) }];
  model.processes.forEach((process, index) => blocks.push(...processBlocks(model, process, index, texts)));
  blocks.push({ kind: 'portrait', children: actorsAppendix(model.actors, texts) });

  const names = model.processes.map((process) => pick(process.detail.name, model.locale) ?? '').filter(Boolean);
  return new Document({
    title: `${texts.documentName}: ${names.length === 1 ? names[0] : model.network.name}`,
    subject: model.network.name,
    creator: model.template.organisationName ?? 'Kotoverkko',
    description: model.network.isDemo ? texts.demoNotice : undefined,
    keywords: model.network.isDemo ? texts.demoMark : undefined,
    // Word fills in the table of contents' page numbers and the page count when it opens the file.
    features: { updateFields: true },
    // …and until then (and in programs that do not update fields) the contents show estimated ones.
    pageNumbers: estimatePageNumbersWith({ guess: true }),
    styles: documentStyles(model.locale),
    sections: blocks.filter((block) => block.children.length > 0).map((block) => section(model, texts, block)),
  });
}

function processBlocks(model: ProcessDocumentModel, process: ProcessDocumentProcess, index: number, texts: DocumentTexts): Block[] {
  const { locale } = model;
  const name = pick(process.detail.name, locale) ?? '';
  const blocks: Block[] = [];
  let portrait: FileChild[] = [heading(name, 1), ...processCard(process, texts, locale)];

  const images = process.swimlane && process.swimlane.nodes.length > 0 ? renderSwimlaneImages(process.swimlane, locale) : null;
  if (images) {
    const chart = swimlaneSection(images, name, texts, `swimlane-${index + 1}`);
    if (images.pageKind === 'portrait') portrait.push(...chart);
    else {
      blocks.push({ kind: 'portrait', children: portrait }, { kind: 'chart', children: chart });
      portrait = [];
    }
  }
  portrait.push(...stepSections(process, texts, locale));
  blocks.push({ kind: 'portrait', children: portrait });

  for (const view of process.matrices) {
    blocks.push({ kind: 'landscape', children: matrixSection(view, texts, locale) });
    blocks.push({ kind: 'portrait', children: reviewRecord(view, texts, locale, process.matrices.length > 1) });
  }
  return blocks;
}

function section(model: ProcessDocumentModel, texts: DocumentTexts, block: Block): ISectionOptions {
  return {
    properties: pageProperties(block.kind),
    headers: { default: pageHeader(model, texts, block.kind) },
    children: block.children,
  };
}
