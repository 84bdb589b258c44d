import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../src/domain/indexes';
import { validateDataset } from '../../../../src/domain/validateDataset';
import { chartMetrics, computeGeometry } from '../../../../src/lib/chartGeometry';
import { computeFilteredView, titleLabel } from '../../../../src/lib/chart/chartItems';
import { computeLaneLayout } from '../../../../src/lib/laneLayout';
import { paddedBounds, span } from '../../../../src/lib/viewport';
import { loadFixture } from '../../../setup/fixtures';

/**
 * A lane the chart draws must show events: a theme whose events all sit in other lanes (filed
 * under an earlier theme) gets no lane rather than an empty band (issue 14). Checked on the
 * shipped dataset at the default view, at the chart widths of the four screen sizes, and
 * under every single-theme filter.
 */
function shipped() {
  const result = validateDataset(JSON.parse(readFileSync('data/wpc.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  return prepareDataset(result.dataset);
}

function drawnLanes(
  data: ReturnType<typeof shipped>,
  filter: readonly string[] | null,
  width: number,
) {
  const view = computeFilteredView(
    data,
    { filter, dimFiltered: false, spotlight: null },
    titleLabel,
  );
  const domain = paddedBounds(data.span);
  const pxPerMs = width / span(domain);
  const metrics = chartMetrics();
  const layout = computeLaneLayout(
    view.items,
    data.dataset.themes.map((t) => t.id),
    { pxPerMs, fontPx: metrics.fontPx },
  );
  const geometry = computeGeometry(layout, metrics);
  return geometry.laneHeaders.map((header) => {
    const group = layout.groups.find((g) => g.key === header.key);
    const inView = view.items.filter(
      (item, i) =>
        item.lane === header.key &&
        item.endMs >= domain[0] &&
        item.startMs <= domain[1] &&
        ((layout.rowByIndex[i] ?? -1) >= 0 || (group?.overflowCount ?? 0) > 0),
    );
    return { key: header.key, rows: group?.rowCount ?? 0, inView: inView.length };
  });
}

describe('no lane is drawn empty', () => {
  it('every lane of the shipped dataset holds marks at the default view, at every screen width', () => {
    const data = shipped();
    for (const width of [390, 835, 972, 1500]) {
      const lanes = drawnLanes(data, null, width);
      expect(lanes.length).toBeGreaterThan(0);
      for (const lane of lanes) {
        expect({ width, lane: lane.key, empty: lane.inView === 0 || lane.rows === 0 }).toEqual({
          width,
          lane: lane.key,
          empty: false,
        });
      }
    }
  });

  it('the partner-programme and SMB themes, which share their events with others, still show them', () => {
    const data = shipped();
    const keys = drawnLanes(data, null, 835).map((l) => l.key);
    for (const theme of ['partner-network', 'smb-partners']) {
      const count = data.events.filter((e) => e.themes.includes(theme)).length;
      expect(count).toBeGreaterThan(0);
      // Shown in their own lane, or under the filter of that theme alone.
      const alone = drawnLanes(data, [theme], 835);
      expect(alone.map((l) => l.key)).toEqual([theme]);
      expect(alone[0]?.inView).toBe(
        data.events.filter((e) => e.kind !== 'conference' && e.themes.includes(theme)).length,
      );
      if (keys.includes(theme)) {
        expect(drawnLanes(data, null, 835).find((l) => l.key === theme)?.inView).toBeGreaterThan(0);
      }
    }
  });

  it('leaves out the lane of a theme whose events all sit under an earlier theme', () => {
    const data = loadFixture();
    const lanes = drawnLanes(data, null, 835);
    const themeIds = data.dataset.themes.map((t) => t.id);
    const view = computeFilteredView(
      data,
      { filter: null, dimFiltered: false, spotlight: null },
      titleLabel,
    );
    const withItems = new Set(view.items.map((i) => i.lane));
    for (const id of themeIds) {
      expect(lanes.some((l) => l.key === id)).toBe(withItems.has(id));
    }
  });
});
