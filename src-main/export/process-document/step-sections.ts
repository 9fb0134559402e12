import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ProcessNode } from '../../api/contract/processes.js';
import type { Locale } from '../../i18n/locales.js';
import { COLOURS } from '../word/document-styles.js';
import type { DocumentTexts } from './document-texts.js';
import { type CellContent, heading, keyValueTable, paragraphsOf, pick } from '../word/docx-parts.js';
import { legalReferenceParagraphs } from './legal-references.js';
import { textWidth } from '../word/page-geometry.js';
import type { ProcessDocumentProcess } from './process-document-model.js';

/**
 * Vaiheet: one section per step or decision point in the list order, each under its own
 * heading (so the navigation pane lists them), with what the chart cannot say in a box.
 */
export function stepSections(process: ProcessDocumentProcess, texts: DocumentTexts, locale: Locale): FileChild[] {
  const { detail } = process;
  const steps = detail.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision').sort((a, b) => a.sortOrder - b.sortOrder);
  const out: FileChild[] = [heading(texts.steps, 2)];
  if (steps.length === 0) {
    out.push(...paragraphsOf(texts.noSteps));
    return out;
  }
  steps.forEach((step, index) => {
    out.push(heading(`${index + 1}. ${pick(step.name, locale) ?? ''}`, 3));
    const marks = [step.kind === 'decision' ? texts.decision : null, step.statutory ? texts.statutory : null].filter(Boolean);
    if (marks.length) out.push(new Paragraph({ children: [new TextRun({ text: marks.join(' · '), italics: true, color: COLOURS.muted })] }));
    out.push(keyValueTable(stepRows(step, process, texts, locale), textWidth('portrait'), 0.25));
  });
  return out;
}

function stepRows(step: ProcessNode, process: ProcessDocumentProcess, texts: DocumentTexts, locale: Locale): Array<[string, CellContent]> {
  const { detail } = process;
  const rows: Array<[string, CellContent]> = [[texts.performer, step.performerName ?? texts.none]];
  if (step.targetGroupId) {
    const group = detail.targetGroups.find((candidate) => candidate.id === step.targetGroupId);
    rows.push([texts.targetGroup, pick(group?.name, locale) ?? texts.none]);
  }
  rows.push([texts.description, pick(step.description, locale) ?? texts.none]);
  const optional: Array<[string, string | null]> = [
    [texts.inputs, pick(step.inputs, locale)],
    [texts.outputs, pick(step.outputs, locale)],
    [texts.timeLimit, timeLimit(step, texts, locale)],
  ];
  for (const [label, value] of optional) if (value) rows.push([label, value]);
  if (step.legalReferences.length) rows.push([texts.legalReferences, legalReferenceParagraphs(step.legalReferences, texts, locale)]);
  const notes = pick(step.notes, locale);
  if (notes) rows.push([texts.notes, notes]);
  rows.push([texts.next, nextSteps(step, process, texts, locale)]);
  return rows;
}

/** The rule in words where there is one, the days beside it where both are given. */
function timeLimit(step: ProcessNode, texts: DocumentTexts, locale: Locale): string | null {
  const words = pick(step.timeLimitText, locale);
  const days = step.timeLimitDays === null ? null : texts.days(step.timeLimitDays);
  if (words && days) return `${words} (${days})`;
  return words ?? days;
}

/** Where the flow goes from here, with a decision's branch conditions. */
function nextSteps(step: ProcessNode, process: ProcessDocumentProcess, texts: DocumentTexts, locale: Locale): string {
  const byId = new Map(process.detail.nodes.map((node) => [node.id, node]));
  const lines = process.detail.edges
    .filter((edge) => edge.fromNodeId === step.id)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((edge) => {
      const target = byId.get(edge.toNodeId);
      const name = target ? (pick(target.name, locale) ?? '') : '?';
      const label = pick(edge.label, locale);
      return label ? `${label}: ${name}` : name;
    });
  return lines.length ? lines.join('\n') : texts.processEnds;
}
