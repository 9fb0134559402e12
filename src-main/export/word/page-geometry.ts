import { PageOrientation, type ISectionPropertiesOptions } from 'docx';

/**
 * A4 pages in twips (1/20 pt; 1 mm ≈ 56.7 twips). Margins after the Finnish official layout
 * (SFS 2487): room at the top for the header with the document name, date and page "2 (5)".
 */
export const A4 = { short: 11906, long: 16838 } as const;

export type Orientation = 'portrait' | 'landscape';

/** 'chart': a landscape page given to a swimlane chart, with narrower top and bottom margins */
export type PageKind = Orientation | 'chart';

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

const TEXT_MARGINS: Margins = { top: 1531, bottom: 1134, left: 1304, right: 1134, header: 567, footer: 567 };
const CHART_MARGINS: Margins = { ...TEXT_MARGINS, top: 1247, bottom: 680, header: 454, footer: 340 };

export function orientationOf(kind: PageKind): Orientation {
  return kind === 'portrait' ? 'portrait' : 'landscape';
}

export function marginsOf(kind: PageKind): Margins {
  return kind === 'chart' ? CHART_MARGINS : TEXT_MARGINS;
}

export function textWidth(kind: PageKind): number {
  const margins = marginsOf(kind);
  return (orientationOf(kind) === 'portrait' ? A4.short : A4.long) - margins.left - margins.right;
}

export function textHeight(kind: PageKind): number {
  const margins = marginsOf(kind);
  return (orientationOf(kind) === 'portrait' ? A4.long : A4.short) - margins.top - margins.bottom;
}

/** Images are sized in CSS pixels (96 to the inch); a twip is 1/1440 inch. */
export function twipsToPixels(twips: number): number {
  return (twips * 96) / 1440;
}

/** A section's page: A4 turned as the kind wants, with the kind's margins. */
export function pageProperties(kind: PageKind): ISectionPropertiesOptions {
  const orientation = orientationOf(kind) === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return { page: { size: { width: A4.short, height: A4.long, orientation }, margin: marginsOf(kind) } };
}
