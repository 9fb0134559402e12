import type { FileChild } from 'docx';
import type { Locale } from '../../i18n/locales.js';
import type { DocumentTexts } from './document-texts.js';
import { type CellContent, heading, keyValueTable, pick } from '../word/docx-parts.js';
import { legalReferenceParagraphs } from './legal-references.js';
import { textWidth } from '../word/page-geometry.js';
import type { ProcessDocumentProcess } from './process-document-model.js';

/** Prosessikortti: the process at a glance, as a two-column table (JHS 152's process card). */
export function processCard(process: ProcessDocumentProcess, texts: DocumentTexts, locale: Locale): FileChild[] {
  const { detail } = process;
  const text = (value: Parameters<typeof pick>[0]) => pick(value, locale) ?? texts.none;
  const targetGroups = [...detail.targetGroups].sort((a, b) => a.sortOrder - b.sortOrder).map((group) => pick(group.name, locale) ?? '');
  const rows: Array<[string, CellContent]> = [
    [texts.purpose, text(detail.purpose)],
    [texts.owner, detail.ownerName ?? texts.none],
    [texts.targetGroups, targetGroups.length ? targetGroups.join('\n') : texts.none],
    [texts.startEvent, text(detail.startEvent)],
    [texts.endEvent, text(detail.endEvent)],
    [texts.inputs, text(detail.inputs)],
    [texts.outputs, text(detail.outputs)],
    [texts.legalBasis, detail.legalReferences.length ? legalReferenceParagraphs(detail.legalReferences, texts, locale) : texts.none],
    [texts.timeLimits, text(detail.timeLimits)],
    [texts.indicators, text(detail.indicators)],
    [texts.informationSystems, text(detail.informationSystems)],
  ];
  const notes = pick(detail.notes, locale);
  if (notes) rows.push([texts.notes, notes]);
  return [heading(texts.processCard, 2), keyValueTable(rows, textWidth('portrait'))];
}
