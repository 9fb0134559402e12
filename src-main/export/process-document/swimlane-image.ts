import { Resvg } from '@resvg/resvg-js';
import { describeSwimlane } from '../../domain/processes/swimlane/swimlane-alt-text.js';
import { layoutSwimlane, type SwimlaneLayout } from '../../domain/processes/swimlane/swimlane-layout.js';
import type { SwimlaneModel } from '../../domain/processes/swimlane/swimlane-model.js';
import { escapeXml, renderSwimlaneSvg, SWIMLANE_FONT_FAMILY, SWIMLANE_PALETTE } from '../../domain/processes/swimlane/swimlane-svg.js';
import type { Locale } from '../../i18n/locales.js';
import { bundledFontFiles } from '../app-resources.js';
import { type PageKind, textHeight, textWidth, twipsToPixels } from '../word/page-geometry.js';

/**
 * The swimlane chart for paper. A chart that fits the portrait text width readably stays in the
 * text; a wider one goes on landscape pages of its own, scaled to fit, and one too wide to read
 * on a single page is cut between columns into parts, each repeating the lane names.
 */
export interface SwimlaneImagePart {
  png: Uint8Array;
  /** the size on the page, in CSS pixels (96 to the inch) */
  width: number;
  height: number;
}

export interface SwimlaneImages {
  /** 'portrait': in the text; 'chart': on landscape pages of its own */
  pageKind: Extract<PageKind, 'portrait' | 'chart'>;
  parts: SwimlaneImagePart[];
  /** the text alternative's summary: every part's alt text */
  altText: string;
}

/** Below this the chart's 13 px text prints under 6 pt: it is cut into parts rather than shrunk further. */
export const MIN_READABLE_SCALE = 0.6;
/** the scale of a chart cut into parts: a little above the minimum, so fewer parts are needed */
const PARTS_SCALE = 0.65;
/** PNG pixels per chart pixel at full size: sharp on paper */
const PRINT_ZOOM = 2;
const MAX_PNG_SIDE = 6000;
/** what a chart page keeps for the heading above the chart and the caption below it */
const CAPTION_ALLOWANCE_PX = 120;
/** room kept in the portrait text for the heading and caption around an inline chart */
const PORTRAIT_HEIGHT_SHARE = 0.6;

export function renderSwimlaneImages(model: SwimlaneModel, locale: Locale): SwimlaneImages {
  const layout = layoutSwimlane(model);
  const altText = describeSwimlane(model, locale).summary;
  const svg = renderSwimlaneSvg(layout, { locale, description: altText });
  const plan = planSwimlanePages(layout);
  const parts = plan.slices.map((slice, index) => {
    const partSvg = plan.slices.length === 1 ? svg : sliceSvg(svg, layout, slice, index, plan.slices.length);
    const sliceWidth = plan.slices.length === 1 ? layout.width : layout.laneLabelWidth + (slice.to - slice.from);
    return { png: renderPng(partSvg, sliceWidth, layout.height), width: Math.round(sliceWidth * plan.scale), height: Math.round(layout.height * plan.scale) };
  });
  return { pageKind: plan.pageKind, parts, altText };
}

export interface SwimlanePagePlan {
  pageKind: Extract<PageKind, 'portrait' | 'chart'>;
  /** chart pixels → page pixels */
  scale: number;
  /** for each part, the chart's x range shown beside the lane names (the first starts at the lane names' edge) */
  slices: Array<{ from: number; to: number }>;
}

/** Where and how large the chart goes; pure geometry, so it can be tested without drawing. */
export function planSwimlanePages(layout: Pick<SwimlaneLayout, 'width' | 'height' | 'laneLabelWidth' | 'nodes' | 'edges'>): SwimlanePagePlan {
  const whole = [{ from: layout.laneLabelWidth, to: layout.width }];
  const portraitWidth = twipsToPixels(textWidth('portrait'));
  const portraitHeight = twipsToPixels(textHeight('portrait')) * PORTRAIT_HEIGHT_SHARE;
  const portraitScale = Math.min(1, portraitWidth / layout.width, portraitHeight / layout.height);
  if (portraitScale >= MIN_READABLE_SCALE) return { pageKind: 'portrait', scale: portraitScale, slices: whole };

  const pageWidth = twipsToPixels(textWidth('chart'));
  const pageHeight = twipsToPixels(textHeight('chart')) - CAPTION_ALLOWANCE_PX;
  const heightScale = Math.min(1, pageHeight / layout.height);
  const fitScale = Math.min(heightScale, pageWidth / layout.width);
  if (fitScale >= MIN_READABLE_SCALE || fitScale === heightScale) return { pageKind: 'chart', scale: fitScale, slices: whole };

  // Too wide for one page: cut the width into parts of a readable scale.
  const scale = Math.min(heightScale, PARTS_SCALE);
  const room = pageWidth / scale - layout.laneLabelWidth;
  const blocked = blockedRanges(layout);
  const slices: Array<{ from: number; to: number }> = [];
  let from = layout.laneLabelWidth;
  while (layout.width - from > room) {
    // parts of about equal width rather than full pages and a sliver at the end
    const partsLeft = Math.ceil((layout.width - from) / room);
    const to = cutPoint(blocked, from, Math.min(from + room, from + ((layout.width - from) / partsLeft) * 1.1));
    slices.push({ from, to });
    from = to;
  }
  slices.push({ from, to: layout.width });
  return { pageKind: 'chart', scale, slices };
}

/** x ranges a cut must not pass through: the boxes of steps and of branch labels. */
function blockedRanges(layout: Pick<SwimlaneLayout, 'nodes' | 'edges'>): Array<[number, number]> {
  const boxes = [...layout.nodes.map((node) => node.box), ...layout.edges.flatMap((edge) => (edge.labelBox ? [edge.labelBox] : []))];
  return boxes.map((box): [number, number] => [box.x - 6, box.x + box.width + 6]).sort((a, b) => a[0] - b[0]);
}

/** The furthest x ≤ limit (and > from) outside every blocked range; the limit itself if there is none. */
function cutPoint(blocked: Array<[number, number]>, from: number, limit: number): number {
  let best: number | null = null;
  const candidates = [limit, ...blocked.map(([start]) => start)];
  for (const x of candidates) {
    if (x <= from + 1 || x > limit) continue;
    if (blocked.some(([start, end]) => x > start && x < end)) continue;
    if (best === null || x > best) best = x;
  }
  return Math.floor(best ?? limit);
}

/**
 * One part of a wide chart: the lane names, then the chart's x range [from, to). Both are windows
 * (nested <svg> viewports clip) onto the same drawing, so the part looks exactly like the whole.
 */
function sliceSvg(svg: string, layout: SwimlaneLayout, slice: { from: number; to: number }, index: number, count: number): string {
  const inner = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
  const labels = layout.laneLabelWidth;
  const width = labels + (slice.to - slice.from);
  const { height, headerHeight, fontSize } = layout;
  const title = `${layout.title} (${index + 1}/${count})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SWIMLANE_FONT_FAMILY}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${SWIMLANE_PALETTE.background}"/>`,
    `<svg x="0" y="${headerHeight}" width="${labels}" height="${height - headerHeight}" viewBox="0 ${headerHeight} ${labels} ${height - headerHeight}">${inner}</svg>`,
    `<svg x="${labels}" y="${headerHeight}" width="${slice.to - slice.from}" height="${height - headerHeight}" viewBox="${slice.from} ${headerHeight} ${slice.to - slice.from} ${height - headerHeight}">${inner}</svg>`,
    `<text x="16" y="${headerHeight / 2 + 6}" font-size="${fontSize * 1.3}" font-weight="bold" fill="${SWIMLANE_PALETTE.text}">${escapeXml(title)}</text>`,
    '</svg>',
  ].join('');
}

/**
 * resvg sees only the fonts we ship: a bare machine (a CI runner, a locked-down work PC) has
 * none, and a system font would make the picture differ from machine to machine.
 */
function renderPng(svg: string, width: number, height: number): Uint8Array {
  const zoom = Math.min(PRINT_ZOOM, MAX_PNG_SIDE / Math.max(width, height, 1));
  const rendered = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: bundledFontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: zoom },
    background: '#FFFFFF',
    logLevel: 'off',
  }).render();
  return new Uint8Array(rendered.asPng());
}
