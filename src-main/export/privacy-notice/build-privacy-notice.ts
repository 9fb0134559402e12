import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { documentTexts } from '../process-document/document-texts.js';
import { COLOURS, documentStyles, STYLE_IDS } from '../word/document-styles.js';
import { officialPageHeader } from '../word/official-page-header.js';
import { A4, marginsOf } from '../word/page-geometry.js';
import { CONTROLLER_PLACEHOLDER, privacyNoticeTexts } from './privacy-notice-texts.js';

export interface PrivacyNoticeModel {
  locale: Locale;
  /** YYYY-MM-DD */
  date: string;
  network: { name: string; isDemo: boolean };
  template: { organisationName: string | null; caseNumber: string | null };
  /** the coordinating organisation as the data names it, or null when it does not */
  coordinator: string | null;
}

/** The tietosuojaseloste as a Word document, with the official header of the network's other documents. */
export function buildPrivacyNotice(model: PrivacyNoticeModel): Document {
  const { locale } = model;
  const texts = privacyNoticeTexts(locale);
  const shared = documentTexts(locale);
  const controller = model.template.organisationName ?? model.coordinator ?? CONTROLLER_PLACEHOLDER[locale];
  const facts = { network: model.network.name, controller };
  const header = officialPageHeader(
    {
      sender: controller,
      demoMark: model.network.isDemo ? shared.demoMark : null,
      documentName: texts.documentName.toUpperCase(),
      date: displayDate(model.date, locale),
      caseNumber: model.template.caseNumber ? `${shared.caseNumberShort} ${model.template.caseNumber}` : null,
      shares: [45, 35, 20],
    },
    'portrait',
  );
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${texts.documentName}: ${model.network.name}`)] })];
  if (model.network.isDemo) {
    children.push(new Paragraph({ style: STYLE_IDS.demo, children: [new TextRun(shared.demoMark)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: shared.demoNotice, color: COLOURS.demo })] }));
  }
  children.push(new Paragraph({ children: [new TextRun(texts.intro(model.network.name))] }));
  children.push(new Paragraph({ children: [new TextRun({ text: texts.fillIn, italics: true, color: COLOURS.muted })] }));
  for (const section of texts.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    for (const paragraph of section.paragraphs) {
      children.push(new Paragraph({ children: [new TextRun(typeof paragraph === 'string' ? paragraph : paragraph(facts))] }));
    }
  }
  return new Document({
    title: `${texts.documentName}: ${model.network.name}`,
    subject: model.network.name,
    creator: controller,
    description: model.network.isDemo ? shared.demoNotice : undefined,
    keywords: model.network.isDemo ? shared.demoMark : undefined,
    styles: documentStyles(locale),
    sections: [
      {
        properties: { page: { size: { width: A4.short, height: A4.long, orientation: PageOrientation.PORTRAIT }, margin: marginsOf('portrait') } },
        headers: { default: header },
        children,
      },
    ],
  });
}

export async function packPrivacyNotice(model: PrivacyNoticeModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildPrivacyNotice(model)));
}
