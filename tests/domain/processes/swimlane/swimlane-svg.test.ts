import { describe, expect, it } from 'vitest';
import { layoutSwimlane } from '../../../../src-main/domain/processes/swimlane/swimlane-layout.js';
import { renderSwimlaneSvg, SWIMLANE_FONT_FAMILY, SWIMLANE_PALETTE } from '../../../../src-main/domain/processes/swimlane/swimlane-svg.js';
import { findAll, parseXml, textContent } from '../../../support/xml-well-formed.js';
import { CUSTOMER_PROCESS } from './customer-process.js';

function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('renderSwimlaneSvg', () => {
  const layout = layoutSwimlane(CUSTOMER_PROCESS);
  const svg = renderSwimlaneSvg(layout, { locale: 'fi' });
  const root = parseXml(svg);

  it('is well-formed XML with an explicit size and a matching viewBox', () => {
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const width = Number(root.attributes.width);
    const height = Number(root.attributes.height);
    expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true);
    expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`);
    expect(root.attributes['font-family']).toBe(SWIMLANE_FONT_FAMILY);
  });

  it('is an image with a title and a generated description that it is labelled by', () => {
    expect(root.attributes.role).toBe('img');
    const [title] = findAll(root, 'title');
    const [desc] = findAll(root, 'desc');
    expect(textContent(title!)).toBe(CUSTOMER_PROCESS.title);
    expect(textContent(desc!)).toMatch(/^Uimaratakaavio: 8 toimijaa, 13 vaihetta, 2 päätöskohtaa\./);
    expect(root.attributes['aria-labelledby']).toBe(`${title!.attributes.id} ${desc!.attributes.id}`);
  });

  it('draws steps as rounded rectangles, decisions as diamonds and start/end as circles', () => {
    expect(findAll(root, 'rect').filter((rect) => rect.attributes.rx === '8')).toHaveLength(13);
    expect(findAll(root, 'polygon').filter((polygon) => polygon.attributes.points!.split(' ').length === 4)).toHaveLength(2);
    expect(findAll(root, 'circle')).toHaveLength(2);
    expect(findAll(root, 'polyline')).toHaveLength(CUSTOMER_PROCESS.edges.length);
  });

  it('escapes markup characters and keeps Nordic letters intact', () => {
    const tricky = 'A <b> & "lainaus" \'yksi\' – åäö ÅÄÖ';
    const svgText = renderSwimlaneSvg(
      layoutSwimlane({
        title: tricky,
        lanes: [{ id: 'l', label: `Lane ${tricky}` }],
        nodes: [
          { id: 'a', kind: 'start', laneId: 'l', label: 'Alku & <loppu>' },
          { id: 'b', kind: 'step', laneId: 'l', label: tricky },
        ],
        edges: [{ from: 'a', to: 'b', label: '"<ehto>"' }],
      }),
      { locale: 'sv', description: `Kuvaus ${tricky}` },
    );
    expect(svgText).not.toContain('<b>');
    expect(svgText).toContain('&lt;b&gt; &amp; &quot;lainaus&quot; &apos;yksi&apos;');
    const parsed = parseXml(svgText);
    const texts = findAll(parsed, 'text').map(textContent);
    expect(textContent(findAll(parsed, 'title')[0]!)).toBe(tricky);
    expect(textContent(findAll(parsed, 'desc')[0]!)).toBe(`Kuvaus ${tricky}`);
    expect(texts).toContain('"<ehto>"');
    expect(texts.join(' ')).toContain('åäö ÅÄÖ');
    expect(parsed.attributes.lang).toBe('sv');
  });

  it('uses text colours that reach 4.5:1 against every fill they stand on', () => {
    const fills = [...SWIMLANE_PALETTE.laneFills, ...SWIMLANE_PALETTE.laneLabelFills, SWIMLANE_PALETTE.stepFill, SWIMLANE_PALETTE.decisionFill, SWIMLANE_PALETTE.edgeLabelFill];
    for (const fill of fills) expect(contrast(SWIMLANE_PALETTE.text, fill), fill).toBeGreaterThanOrEqual(4.5);
    for (const fill of findAll(root, 'text').map((text) => text.attributes.fill)) expect(fill).toBe(SWIMLANE_PALETTE.text);
  });
});

describe('the XML checker itself', () => {
  it('refuses unbalanced tags, raw ampersands and unquoted attributes', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a x=1/>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(parseXml('<a x="1">&lt;ok&gt;</a>').text).toBe('<ok>');
  });
});
