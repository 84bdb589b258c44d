import { describe, expect, it } from 'vitest';
import { getI18n } from '../../../../src/i18n/i18n';
import type { ExportChoices } from '../../../../src/lib/exportScope';
import { buildExportSvg, SLIDE_SIZE } from '../../../../src/lib/exportSvg';
import { shippedData } from '../../../setup/slideSvg';

const data = shippedData();
const KEYNOTE_2011 = 'wpc-2011-ballmer-keynote';
const KEYNOTE_2010 = 'wpc-2010-ballmer-all-in-keynote';

const view = (selectedEventId: string | null): ExportChoices => ({
  themeFilter: null,
  dimFiltered: false,
  selectedEventId,
  viewport: [Date.UTC(2009, 6, 1), Date.UTC(2011, 11, 31)],
});
const svgOf = (choices: ExportChoices) =>
  buildExportSvg({ data, i18n: getI18n(), choices, ...SLIDE_SIZE, generatedAt: '2026-12-03' });
const arrowsIn = (svg: string) =>
  [
    ...svg.matchAll(
      /<g class="link-arrow link-arrow--([a-z-]+)" data-from="([^"]+)" data-to="([^"]+)"/g,
    ),
  ].map((m) => `${m[2]} ${m[1]} ${m[3]}`);

describe('the SVG slide draws the link arrows the chart draws', () => {
  it('the selected event’s links, as curves with their heads, between marks on the slide', () => {
    const svg = svgOf(view(KEYNOTE_2011));
    const arrows = arrowsIn(svg);
    expect(arrows).toContain(`${KEYNOTE_2011} responds-to ${KEYNOTE_2010}`);
    // Every arrow touches the selection (as on the chart without "Show links").
    for (const a of arrows) expect(a.split(' ')).toContain(KEYNOTE_2011);
    expect(svg).toMatch(/<g class="links"[^>]*><g class="link-arrow[^>]*><path d="M[\d.]+ [\d.]+Q/);
  });

  it('draws none with nothing selected', () => {
    expect(arrowsIn(svgOf(view(null)))).toEqual([]);
    expect(svgOf(view(null))).not.toContain('class="links"');
  });
});
