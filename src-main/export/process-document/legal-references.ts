import { Paragraph, TextRun } from 'docx';
import type { LegalReference } from '../../api/contract/processes.js';
import type { Locale } from '../../i18n/locales.js';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import { displayDate } from '../display-date.js';
import type { DocumentTexts } from './document-texts.js';
import { pick } from '../word/docx-parts.js';

/**
 * One line per citation: "681/2023 Laki kotoutumisen edistämisestä, 15 § – note". A repealed
 * act is never shown as if it were in force: the line says when it was repealed and by what.
 */
export function legalReferenceParagraphs(references: LegalReference[], texts: DocumentTexts, locale: Locale): Paragraph[] {
  return [...references]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((reference) => {
      const name = pick(reference.act.name, locale);
      const main = [reference.act.number, name].filter(Boolean).join(' ') + (reference.section ? `, ${reference.section}` : '');
      const runs = [new TextRun(main)];
      if (reference.note) runs.push(new TextRun(` – ${reference.note}`));
      if (reference.act.repealed) {
        const when = reference.act.repealedOn ? displayDate(reference.act.repealedOn, locale) : '';
        runs.push(new TextRun({ text: ` (${texts.repealed(when, reference.act.replacedByNumber)})`, bold: true, color: COLOURS.demo }));
      }
      return new Paragraph({ style: STYLE_IDS.tableText, children: runs });
    });
}
