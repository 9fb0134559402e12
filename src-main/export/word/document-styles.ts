import { type IStylesOptions, LineRuleType } from 'docx';
import type { Locale } from '../../i18n/locales.js';

/** The document's language as Word names it (w:lang), so spelling and hyphenation follow it. */
const WORD_LANGUAGE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' };

/** Text colours: each stays well above 4.5:1 on white and on the light table shadings. */
export const COLOURS = {
  text: '1B1B1B',
  heading: '1F3A5F',
  muted: '4A4A4A',
  demo: 'A11A1A',
  rule: '8C9BAB',
  labelShading: 'E8EDF3',
  headerShading: 'D5DEE8',
} as const;

export const FONT = 'Arial';

/** Paragraph styles of our own, beside Word's built-in Heading 1–3, Title and Caption. */
export const STYLE_IDS = { tableText: 'TableText', tableHeading: 'TableHeading', small: 'SmallText', demo: 'DemoMark' } as const;

/**
 * Real Word styles: Heading 1–3 feed the navigation pane and the table of contents, and every
 * style's runs carry the export language, so Word checks spelling and hyphenates in it.
 */
export function documentStyles(locale: Locale): IStylesOptions {
  const language = { value: WORD_LANGUAGE[locale] };
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: COLOURS.heading, language },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: COLOURS.text, language },
        // lineRule spelled out: without it LibreOffice reads the spacing as exact and clips pictures
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: 44, bold: true, color: COLOURS.heading, language }, paragraph: { spacing: { before: 240, after: 240 } } },
      heading1: heading(32, 0, 240),
      heading2: heading(26, 360, 160),
      heading3: heading(23, 280, 120),
      caption: { run: { font: FONT, size: 18, italics: true, color: COLOURS.muted, language }, paragraph: { spacing: { before: 80, after: 240 } } },
    },
    paragraphStyles: [
      { id: STYLE_IDS.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 19, language }, paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: LineRuleType.AUTO } } },
      {
        id: STYLE_IDS.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE_IDS.tableText,
        quickFormat: true,
        run: { size: 19, bold: true, language },
        paragraph: { keepNext: true },
      },
      { id: STYLE_IDS.small, name: 'Small Text', basedOn: 'Normal', run: { size: 17, color: COLOURS.muted, language }, paragraph: { spacing: { after: 0 } } },
      { id: STYLE_IDS.demo, name: 'Demo Mark', basedOn: 'Normal', run: { size: 28, bold: true, color: COLOURS.demo, language }, paragraph: { spacing: { after: 120 } } },
    ],
  };
}
