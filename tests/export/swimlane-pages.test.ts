import { describe, expect, it } from 'vitest';
import { layoutSwimlane } from '../../src-main/domain/processes/swimlane/swimlane-layout.js';
import type { SwimlaneModel } from '../../src-main/domain/processes/swimlane/swimlane-model.js';
import { MIN_READABLE_SCALE, planSwimlanePages, renderSwimlaneImages } from '../../src-main/export/process-document/swimlane-image.js';
import { textHeight, textWidth, twipsToPixels } from '../../src-main/export/word/page-geometry.js';
import { CUSTOMER_PROCESS } from '../domain/processes/swimlane/customer-process.js';

/** Where the chart goes on paper: readable, on the page, never cut through a box. */

function chain(steps: number): SwimlaneModel {
  const ids = Array.from({ length: steps }, (_, index) => `s${index}`);
  return {
    title: 'Ketju',
    lanes: [
      { id: 'a', label: 'Kunta' },
      { id: 'b', label: 'Kela' },
    ],
    nodes: ids.map((id, index) => ({ id, kind: 'step' as const, laneId: index % 2 ? 'b' : 'a', label: `Vaihe ${index + 1}` })),
    edges: ids.slice(1).map((id, index) => ({ from: ids[index]!, to: id })),
  };
}

describe('placing the swimlane chart on paper', () => {
  it('keeps a small chart in the portrait text at full size', () => {
    const plan = planSwimlanePages(layoutSwimlane(chain(2)));
    expect(plan).toMatchObject({ pageKind: 'portrait', scale: 1 });
    expect(plan.slices).toHaveLength(1);
  });

  it('cuts a chart too wide for one page into parts of one scale, each fitting the page, never through a box', () => {
    const layout = layoutSwimlane(CUSTOMER_PROCESS);
    const plan = planSwimlanePages(layout);
    expect(plan.pageKind).toBe('chart');
    expect(plan.slices.length).toBeGreaterThan(1);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
    expect(plan.slices[0]!.from).toBe(layout.laneLabelWidth);
    expect(plan.slices.at(-1)!.to).toBe(layout.width);
    const pageWidth = twipsToPixels(textWidth('chart'));
    const pageHeight = twipsToPixels(textHeight('chart'));
    for (const [index, slice] of plan.slices.entries()) {
      if (index > 0) expect(slice.from).toBe(plan.slices[index - 1]!.to);
      expect((layout.laneLabelWidth + slice.to - slice.from) * plan.scale).toBeLessThanOrEqual(pageWidth + 0.5);
      if (index === plan.slices.length - 1) continue;
      for (const node of layout.nodes) expect(slice.to <= node.box.x || slice.to >= node.box.x + node.box.width, `${node.id} cut at ${slice.to}`).toBe(true);
    }
    expect(layout.height * plan.scale).toBeLessThanOrEqual(pageHeight);
  });

  it('draws each part as a PNG with the lane names, using only the fonts the app ships', () => {
    const images = renderSwimlaneImages(CUSTOMER_PROCESS, 'fi');
    expect(images.pageKind).toBe('chart');
    expect(images.altText).toMatch(/^Uimaratakaavio: 8 toimijaa, 13 vaihetta, 2 päätöskohtaa\./);
    for (const part of images.parts) {
      expect([...part.png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const view = new DataView(part.png.buffer, part.png.byteOffset);
      // twice the size on the page, for print
      expect(view.getUint32(16)).toBeGreaterThanOrEqual(part.width * 2 - 4);
      expect(view.getUint32(20)).toBeGreaterThanOrEqual(part.height * 2 - 4);
    }
    // text was drawn: without a font resvg leaves the labels out, and the picture compresses to
    // about 0.011 bytes a pixel; with our DejaVu Sans it takes well over 0.02
    for (const part of images.parts) {
      const view = new DataView(part.png.buffer, part.png.byteOffset);
      expect(part.png.length / (view.getUint32(16) * view.getUint32(20))).toBeGreaterThan(0.018);
    }
  });
});
