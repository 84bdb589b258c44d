import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../src/lib/slide/sceneSvg';
import { SOFT_OPACITY } from '../../src/lib/chart/sceneEdtf';
import { loadFixture, sceneOf } from '../setup/edtfScene';

/**
 * The SVG export draws the EDTF forms the canvas draws: parsed as SVG, each event's group
 * holds its soft band, its fade (a gradient to transparent), its open arrow or its ticks.
 */
const data = loadFixture('tests/fixtures/edtf.json');
const { scene } = sceneOf(data, 1200, [Date.UTC(2006, 9, 1), Date.UTC(2008, 3, 1)]);
const doc = new DOMParser().parseFromString(
  `<svg xmlns="http://www.w3.org/2000/svg">${sceneToSvg(scene)}</svg>`,
  'image/svg+xml',
);
const group = (id: string) => {
  const g = doc.querySelector(`g.event[data-event-id="${id}"]`);
  if (!g) throw new Error(`no group for ${id}`);
  return g;
};

describe('sceneToSvg draws EDTF forms', () => {
  it('parses as SVG', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
  });

  it('draws an approximate date as a faint band and no bar', () => {
    const g = group('ev-approximate');
    const band = g.querySelector('rect.edtf-soft');
    expect(Number(band?.getAttribute('fill-opacity'))).toBeCloseTo(SOFT_OPACITY, 5);
    expect(Number(band?.getAttribute('width'))).toBeGreaterThan(100);
    expect(g.querySelector('rect.bar')).toBeNull();
  });

  it('draws an open end as a bar filled by a gradient that runs out', () => {
    const fade = group('ev-open').querySelector('rect.edtf-fade');
    expect(fade?.getAttribute('data-direction')).toBe('later');
    const id = /^url\(#(.+)\)$/.exec(fade?.getAttribute('fill') ?? '')?.[1] ?? '';
    const stops = [...doc.querySelectorAll(`linearGradient[id="${id}"] stop`)];
    expect(stops.map((s) => s.getAttribute('stop-opacity'))).toEqual(['1', '0']);
    const earlier = group('ev-unknown-start').querySelector('rect.edtf-fade');
    expect(earlier?.getAttribute('data-direction')).toBe('earlier');
  });

  it('draws "or earlier" as an open (unfilled) arrow and "one of" as a tick per member', () => {
    const arrow = group('ev-before').querySelector('path.edtf-arrow');
    expect(arrow?.getAttribute('fill')).toBe('none');
    expect(arrow?.getAttribute('data-direction')).toBe('earlier');
    expect(group('ev-one-of').querySelectorAll('path.edtf-tick')).toHaveLength(2);
  });

  it('draws none of it for a plain date', () => {
    expect(group('ev-plain').querySelector('[class^="edtf-"]')).toBeNull();
  });
});
