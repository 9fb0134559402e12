import type { ProcessDetail, ProcessEdge, ProcessNode } from '../../../src-main/api/contract/index';
import type { I18n } from '../../i18n/use-i18n';
import { plainText } from './localized';

/** A node's name in the UI language; an unnamed start or end is called by its kind. */
export function nodeName(node: ProcessNode, { t, locale }: Pick<I18n, 't' | 'locale'>): string {
  return plainText(node.name, locale) || t.processes.kinds[node.kind];
}

/** "työnhakija: → Alkukartoitus" for a labelled branch, "→ Alkukartoitus" for a plain arrow. */
export function arrowText(edge: ProcessEdge, process: ProcessDetail, i18n: Pick<I18n, 't' | 'locale' | 'format'>): string {
  const { t, locale, format } = i18n;
  const target = process.nodes.find((candidate) => candidate.id === edge.toNodeId);
  const name = target ? nodeName(target, i18n) : '?';
  const label = plainText(edge.label, locale);
  return label ? format(t.processes.steps.branch, { label, name }) : format(t.processes.steps.nextTo, { name });
}
