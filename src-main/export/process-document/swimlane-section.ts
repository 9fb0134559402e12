import { AlignmentType, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocumentTexts } from './document-texts.js';
import { heading } from '../word/docx-parts.js';
import type { SwimlaneImages } from './swimlane-image.js';

/**
 * Uimaratakaavio: the chart's picture(s) under their heading, each with the chart's text
 * alternative as alt text and a caption. A landscape chart's parts each start a new page.
 */
export function swimlaneSection(images: SwimlaneImages, processName: string, texts: DocumentTexts, imageId: string): FileChild[] {
  const out: FileChild[] = [heading(texts.swimlane, 2)];
  const count = images.parts.length;
  images.parts.forEach((part, index) => {
    const suffix = count > 1 ? ` (${index + 1}/${count})` : '';
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        pageBreakBefore: index > 0,
        spacing: { after: 0 },
        children: [
          new ImageRun({
            type: 'png',
            data: part.png,
            transformation: { width: part.width, height: part.height },
            altText: { name: `${imageId}-${index + 1}`, title: `${texts.swimlane}: ${processName}${suffix}`, description: `${images.altText}${suffix}` },
          }),
        ],
      }),
      new Paragraph({ style: 'Caption', children: [new TextRun(`${texts.swimlaneCaption(processName)}${suffix}`)] }),
    );
  });
  return out;
}
