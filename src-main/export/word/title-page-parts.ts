import { PageBreak, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { COLOURS, STYLE_IDS } from './document-styles.js';
import { logoRun } from './document-logo.js';

export interface TitlePageHead {
  logoPng: string | null;
  organisationName: string | null;
  networkName: string;
  /** ESIMERKKI and its notice on a demo network's document, else null */
  demo: { mark: string; notice: string } | null;
}

/** The top of a title page: the organisation's logo and name, then a demo network's ESIMERKKI and notice. */
export function titlePageHead(head: TitlePageHead): Paragraph[] {
  const out: Paragraph[] = [];
  const logo = head.logoPng ? logoRun(head.logoPng, head.organisationName ?? head.networkName) : null;
  if (logo) out.push(new Paragraph({ spacing: { after: 240 }, children: [logo] }));
  if (head.organisationName) out.push(new Paragraph({ children: [new TextRun({ text: head.organisationName, bold: true, size: 24 })] }));
  if (head.demo) {
    out.push(new Paragraph({ style: STYLE_IDS.demo, spacing: { before: 240 }, children: [new TextRun(head.demo.mark)] }));
    out.push(new Paragraph({ children: [new TextRun({ text: head.demo.notice, color: COLOURS.demo })] }));
  }
  return out;
}

/** The table of contents on a page of its own after the title page, listing headings down to `depth`. */
export function contentsPage(label: string, depth: 2 | 3): FileChild[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    // Not a heading: the table of contents would otherwise list itself.
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: label, bold: true, size: 32, color: COLOURS.heading })] }),
    new TableOfContents(label, { hyperlink: true, headingStyleRange: `1-${depth}` }),
  ];
}
