import type { Locale } from '../../../i18n/locales.js';
import { describeSwimlane } from './swimlane-alt-text.js';
import { EDGE_LABEL_FONT_RATIO, type LaidOutNode, type Point, type SwimlaneLayout } from './swimlane-layout.js';

/**
 * Draws a laid-out swimlane chart as a standalone SVG string. Plain shapes and text only (no
 * markers, filters, CSS or foreign objects), so the same file renders alike in a browser and in
 * resvg for the Word export.
 */
export interface SwimlaneSvgOptions {
  title?: string;
  /** The alt text; generated from the chart when left out. */
  description?: string;
  locale: Locale;
  /** Prefix for the title/desc ids, unique when several charts share a page. */
  idPrefix?: string;
}

export const SWIMLANE_FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif';

/** Every colour the chart uses; text colours are paired with the fills they stand on. */
export const SWIMLANE_PALETTE = {
  background: '#FFFFFF',
  text: '#1B2733',
  laneFills: ['#F2F5F9', '#FFFFFF'],
  laneLabelFills: ['#DCE5EE', '#E9EEF4'],
  laneBorder: '#9AA8B6',
  stepFill: '#FFFFFF',
  stepStroke: '#2F4A63',
  decisionFill: '#FFF4CC',
  decisionStroke: '#8A6100',
  startFill: '#DDF0E0',
  startStroke: '#2E6B36',
  endFill: '#FBE3E3',
  endStroke: '#8B2323',
  edge: '#3A4754',
  edgeLabelFill: '#FFFFFF',
} as const;

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (value: number) => String(Math.round(value * 10) / 10);
const points = (list: Point[]) => list.map((point) => `${n(point.x)},${n(point.y)}`).join(' ');

/** Lines of text centred on (x, centreY). */
function textBlock(lines: string[], x: number, centreY: number, fontSize: number, lineHeight: number, attributes = ''): string {
  const first = centreY - (lines.length * lineHeight) / 2 + lineHeight / 2 + fontSize * 0.35;
  const spans = lines.map((line, index) => `<tspan x="${n(x)}" y="${n(first + index * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${n(fontSize)}" fill="${SWIMLANE_PALETTE.text}" text-anchor="middle"${attributes}>${spans}</text>`;
}

function drawNode(node: LaidOutNode, layout: SwimlaneLayout): string {
  const { fontSize, lineHeight } = layout;
  const palette = SWIMLANE_PALETTE;
  const label = textBlock(node.lines, node.cx, node.cy, fontSize, lineHeight);
  switch (node.kind) {
    case 'step':
      return `<rect x="${n(node.cx - node.halfWidth)}" y="${n(node.cy - node.halfHeight)}" width="${n(2 * node.halfWidth)}" height="${n(2 * node.halfHeight)}" rx="8" ry="8" fill="${palette.stepFill}" stroke="${palette.stepStroke}" stroke-width="1.6"/>${label}`;
    case 'decision': {
      const corners = [
        { x: node.cx, y: node.cy - node.halfHeight },
        { x: node.cx + node.halfWidth, y: node.cy },
        { x: node.cx, y: node.cy + node.halfHeight },
        { x: node.cx - node.halfWidth, y: node.cy },
      ];
      return `<polygon points="${points(corners)}" fill="${palette.decisionFill}" stroke="${palette.decisionStroke}" stroke-width="1.6"/>${label}`;
    }
    case 'start':
    case 'end': {
      const isEnd = node.kind === 'end';
      const circle = `<circle cx="${n(node.cx)}" cy="${n(node.cy)}" r="${n(node.halfWidth)}" fill="${isEnd ? palette.endFill : palette.startFill}" stroke="${isEnd ? palette.endStroke : palette.startStroke}" stroke-width="${isEnd ? 4 : 2}"/>`;
      const captionSize = fontSize * EDGE_LABEL_FONT_RATIO;
      const captionLineHeight = captionSize * 1.3;
      const captionTop = node.cy + node.halfHeight + 4;
      const caption = node.lines.length ? textBlock(node.lines, node.cx, captionTop + (node.lines.length * captionLineHeight) / 2, captionSize, captionLineHeight) : '';
      return circle + caption;
    }
  }
}

export function renderSwimlaneSvg(layout: SwimlaneLayout, options: SwimlaneSvgOptions): string {
  const palette = SWIMLANE_PALETTE;
  const idPrefix = options.idPrefix ?? 'swimlane';
  const title = options.title ?? layout.title;
  const description = options.description ?? describeSwimlane(layout.model, options.locale).summary;
  const { width, height, fontSize, lineHeight, laneLabelWidth } = layout;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeXml(idPrefix)}-title ${escapeXml(idPrefix)}-desc" font-family="${SWIMLANE_FONT_FAMILY}" lang="${options.locale}">`,
    `<title id="${escapeXml(idPrefix)}-title">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(idPrefix)}-desc">${escapeXml(description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${palette.background}"/>`,
    `<text x="16" y="${n(layout.headerHeight / 2 + 6)}" font-size="${n(fontSize * 1.3)}" font-weight="bold" fill="${palette.text}">${escapeXml(title)}</text>`,
  );

  out.push('<g>');
  layout.lanes.forEach((lane, index) => {
    const fill = palette.laneFills[index % 2]!;
    const labelFill = palette.laneLabelFills[index % 2]!;
    out.push(
      `<rect x="0" y="${n(lane.y)}" width="${width}" height="${n(lane.height)}" fill="${fill}"/>`,
      `<rect x="0" y="${n(lane.y)}" width="${laneLabelWidth}" height="${n(lane.height)}" fill="${labelFill}"/>`,
      textBlock(lane.labelLines, laneLabelWidth / 2, lane.y + lane.height / 2, fontSize, lineHeight, ' font-weight="bold"'),
    );
  });
  const bottom = layout.lanes.length ? layout.lanes[layout.lanes.length - 1]!.y + layout.lanes[layout.lanes.length - 1]!.height : layout.headerHeight;
  for (const lane of layout.lanes) out.push(`<line x1="0" y1="${n(lane.y)}" x2="${width}" y2="${n(lane.y)}" stroke="${palette.laneBorder}" stroke-width="1"/>`);
  out.push(
    `<line x1="0" y1="${n(bottom)}" x2="${width}" y2="${n(bottom)}" stroke="${palette.laneBorder}" stroke-width="1"/>`,
    `<line x1="${laneLabelWidth}" y1="${n(layout.headerHeight)}" x2="${laneLabelWidth}" y2="${n(bottom)}" stroke="${palette.laneBorder}" stroke-width="1"/>`,
    '</g>',
  );

  out.push(`<g fill="none" stroke="${palette.edge}" stroke-width="1.6" stroke-linejoin="round">`);
  for (const edge of layout.edges) out.push(`<polyline points="${points(edge.points)}"${edge.back ? ' stroke-dasharray="6 4"' : ''}/>`);
  out.push('</g>', `<g fill="${palette.edge}">`);
  for (const edge of layout.edges) out.push(`<polygon points="${points(edge.arrowhead)}"/>`);
  out.push('</g>');

  out.push('<g>');
  for (const node of layout.nodes) out.push(drawNode(node, layout));
  out.push('</g>');

  const labelSize = fontSize * EDGE_LABEL_FONT_RATIO;
  out.push('<g>');
  for (const edge of layout.edges) {
    if (!edge.label || !edge.labelBox) continue;
    const box = edge.labelBox;
    out.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="${palette.edgeLabelFill}" fill-opacity="0.92"/>`,
      `<text x="${n(box.x + box.width / 2)}" y="${n(box.y + box.height / 2 + labelSize * 0.35)}" font-size="${n(labelSize)}" font-style="italic" fill="${palette.text}" text-anchor="middle">${escapeXml(edge.label)}</text>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
