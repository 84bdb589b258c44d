import { describe, expect, it } from 'vitest';
import { getI18n, i18nFor, loadMessages } from '../../../../src/i18n/i18n';
import type { ExportChoices } from '../../../../src/lib/exportScope';
import { buildExportSvg, SLIDE_SIZE } from '../../../../src/lib/exportSvg';
import { shippedData } from '../../../setup/slideSvg';

/**
 * A slide draws the competing date claims the chart draws (WPC 2009: 13–16 July by two
 * sources, 13–19 July by one), and says in its legend what the dashed outline is.
 */
const data = shippedData();
const july = (year: number): ExportChoices => ({
  themeFilter: null,
  dimFiltered: false,
  selectedEventId: null,
  viewport: [Date.UTC(year, 6, 1), Date.UTC(year, 6, 31)],
});
const svgOf = (choices: ExportChoices) =>
  buildExportSvg({ data, i18n: getI18n(), choices, ...SLIDE_SIZE, generatedAt: '2026-12-04' });

describe('claim ghosts on a slide', () => {
  it("outlines WPC 2009's other claimed days, and keys the outline in the legend", () => {
    const svg = svgOf(july(2009));
    expect(svg).toMatch(
      /<g class="claim-ghost claim-ghost--band" data-event-id="wpc-2009" data-claim="1"/,
    );
    const key = /<g class="legend-item ghost-key">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(key).toContain('stroke-dasharray');
    expect(key).toContain('Dashed outline: a date another source gives');
  });

  it('has neither ghost nor key for a month with no competing claim', () => {
    const svg = svgOf(july(2008));
    expect(svg).not.toContain('claim-ghost');
    expect(svg).not.toContain('ghost-key');
  });

  it('keys the ghost in the reader’s language', async () => {
    await loadMessages('de');
    const svg = buildExportSvg({
      data,
      i18n: i18nFor('de'),
      choices: july(2009),
      ...SLIDE_SIZE,
      generatedAt: '2026-12-04',
    });
    expect(svg).toContain('Gestrichelter Umriss: ein Datum, das eine andere Quelle nennt');
  });
});
