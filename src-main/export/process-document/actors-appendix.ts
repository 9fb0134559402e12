import { Paragraph, TextRun, type FileChild } from 'docx';
import { compareFinnish } from '../../domain/shared/finnish-text.js';
import { COLOURS, STYLE_IDS } from '../word/document-styles.js';
import type { DocumentTexts } from './document-texts.js';
import { dataTable, heading, paragraphsOf, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import type { ProcessDocumentActor } from './process-document-model.js';

/** Liite: the actors of these processes and who represents each in the network. */
export function actorsAppendix(actors: ProcessDocumentActor[], texts: DocumentTexts): FileChild[] {
  const out: FileChild[] = [heading(texts.appendixActors, 1)];
  if (actors.length === 0) {
    out.push(...paragraphsOf(texts.none));
    return out;
  }
  const sorted = [...actors].sort((a, b) => compareFinnish(a.actor.name, b.actor.name));
  out.push(
    dataTable(
      [texts.actor, texts.representatives],
      sorted.map(({ actor, representatives }) => [
        [
          new Paragraph({ style: STYLE_IDS.tableText, children: [new TextRun({ text: actor.name, bold: true })] }),
          ...[actor.shortName, actor.isPublicAuthority ? texts.publicAuthority : null, actor.municipality]
            .filter((line): line is string => Boolean(line))
            .map((line) => new Paragraph({ style: STYLE_IDS.tableText, children: [new TextRun({ text: line, color: COLOURS.muted })] })),
        ],
        representatives.length
          ? [...representatives]
              .sort((a, b) => compareFinnish(a.name, b.name))
              .map(
                (person) =>
                  new Paragraph({
                    style: STYLE_IDS.tableText,
                    children: [
                      new TextRun({ text: person.name, bold: true }),
                      new TextRun(`${person.title ? `, ${person.title}` : ''} (${texts.roles[person.networkRole]})`),
                      ...[person.email, person.phone].filter(Boolean).map((contact) => new TextRun({ text: ` · ${contact}`, color: COLOURS.muted })),
                    ],
                  }),
              )
          : texts.noRepresentatives,
      ]),
      splitWidth(textWidth('portrait'), [36, 64]),
    ),
  );
  return out;
}
