import { testScene } from '../../../setup/testScene';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../src/domain/indexes';
import type { Dataset } from '../../../../src/domain/types';
import { sceneToSvg } from '../../../../src/lib/slide/sceneSvg';
import { span, type Domain } from '../../../../src/lib/viewport';

const dataset = {
  schemaVersion: 6,
  title: 'Three eras',
  language: 'en',
  themes: [],
  sources: [{ id: 's', title: 'A source', outlet: 'Somewhere', kind: 'other' }],
  events: [
    {
      id: 'a',
      kind: 'announcement',
      title: 'A',
      summary: 'A.',
      start: '1910',
      themes: [],
      sources: ['s'],
    },
    {
      id: 'b',
      kind: 'announcement',
      title: 'B',
      summary: 'B.',
      start: '1960',
      themes: [],
      sources: ['s'],
    },
  ],
  quotes: [],
  // Out of date order on purpose: the app sorts them.
  eras: [
    { label: 'Interwar years', start: '1918', end: '1939' },
    { label: 'Before the war', start: '1900', end: '1914' },
    { label: 'Long after', start: '2100', end: '2150' },
  ],
} as unknown as Dataset;

function sceneOf(domain: Domain, width = 1000) {
  const data = prepareDataset(dataset);
  const { composed, metrics } = testScene(data, width, domain);
  return { data, metrics, scene: composed };
}

describe('eras on the chart', () => {
  it('are dated and kept in date order', () => {
    const { data } = sceneOf([Date.UTC(1900, 0, 1), Date.UTC(1970, 0, 1)]);
    expect(data.eras.map((e) => e.label)).toEqual([
      'Before the war',
      'Interwar years',
      'Long after',
    ]);
    expect(data.eras[1]!.startMs).toBe(Date.UTC(1918, 0, 1));
    expect(data.eras[1]!.endMs).toBe(Date.UTC(1940, 0, 1));
  });

  it('draw a bracket from start to end under their name in the header strip, eras in view only', () => {
    const domain: Domain = [Date.UTC(1900, 0, 1), Date.UTC(1970, 0, 1)];
    const { scene, metrics } = sceneOf(domain);
    const k = 1000 / span(domain);
    const brackets = scene.bands.filter((b) => b.era === true);
    expect(brackets).toHaveLength(2);
    const interwar = brackets[1]!;
    expect(interwar.x).toBeCloseTo((Date.UTC(1918, 0, 1) - domain[0]) * k, 5);
    expect(interwar.x + interwar.width).toBeLessThanOrEqual((Date.UTC(1940, 0, 1) - domain[0]) * k);
    expect(interwar.y + interwar.height).toBeLessThanOrEqual(metrics.bandLabelHeight);
    const names = scene.bandLabels.map((l) => l.text);
    expect(names).toEqual(['Before the war', 'Interwar years']);
    // Plain type: an era never reads as a (bold) conference name.
    expect(scene.bandLabels.every((l) => l.weight === 400)).toBe(true);
  });

  it('cut a name to the era’s width, and leave out one that starts before the view at its edge', () => {
    const domain: Domain = [Date.UTC(1930, 0, 1), Date.UTC(1970, 0, 1)];
    const { scene } = sceneOf(domain, 400);
    const labels = scene.bandLabels.map((l) => l.text);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^Inter/);
    expect(scene.bandLabels[0]!.x).toBeGreaterThanOrEqual(0);
  });

  it('are in the SVG export as eras, never with an event id', () => {
    const { scene } = sceneOf([Date.UTC(1900, 0, 1), Date.UTC(1970, 0, 1)]);
    const svg = sceneToSvg(scene);
    expect(svg.match(/class="era"/g)).toHaveLength(2);
    expect(svg).not.toMatch(/data-event-id="era:/);
    expect(svg).toContain('Interwar years');
  });
});
