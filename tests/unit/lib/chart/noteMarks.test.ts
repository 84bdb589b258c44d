import { describe, expect, it } from 'vitest';
import { getI18n } from '../../../../src/i18n/i18n';
import { makeAriaLabeller } from '../../../../src/lib/chart/ariaLabels';
import { computeFilteredView } from '../../../../src/lib/chart/chartItems';
import { noteGlyphPath, withNotedMarks } from '../../../../src/lib/chart/noteMarks';
import { sceneToSvg } from '../../../../src/lib/slide/sceneSvg';
import { loadFixture } from '../../../setup/fixtures';
import { blankScene, sceneMark } from '../../../setup/sceneParts';

const mark = (id: string, x: number) => sceneMark(id, x);
const scene = blankScene({ marks: [mark('a', 40), mark('b', 200)] });

describe('note markers in the shared scene', () => {
  it('flags only the noted marks, and leaves the scene as it is when none is in view', () => {
    const flagged = withNotedMarks(scene, new Set(['b', 'not-in-view']));
    expect(flagged.marks.map((m) => m.noted === true)).toEqual([false, true]);
    expect(withNotedMarks(scene, new Set(['elsewhere']))).toBe(scene);
    expect(withNotedMarks(scene, null)).toBe(scene);
  });

  it('the SVG writer draws the same glyph the canvas paints, beside the noted mark only', () => {
    const svg = sceneToSvg(withNotedMarks(scene, new Set(['b'])));
    const notes = [...svg.matchAll(/<path class="note-mark" d="([^"]+)"/g)].map((m) => m[1]);
    expect(notes).toEqual([noteGlyphPath(mark('b', 200))]);
    expect(sceneToSvg(scene)).not.toContain('note-mark');
  });

  it('the glyph sits at the mark’s upper right, clear of its centre', () => {
    const d = noteGlyphPath({ x: 100, y: 50, r: 6 });
    const [x, y] = (/^M([\d.]+) ([\d.]+)/.exec(d) ?? []).slice(1).map(Number);
    expect(x).toBeGreaterThan(100);
    expect(y).toBeLessThan(50 - 6);
  });
});

describe('"Only my notes" in the chart’s filter', () => {
  it('shows only the noted events (conferences stay as bands), or dims the rest', () => {
    const data = loadFixture();
    const base = { filter: null, dimFiltered: false, spotlight: null };
    const only = new Set(['e2', 'e5']);
    const view = computeFilteredView(data, { ...base, only }, (e) => e.title);
    expect(view.items.map((i) => i.id)).toEqual(['e2', 'e5']);
    expect(view.shown.some((s) => s.event.kind === 'conference')).toBe(true);
    const dimmed = computeFilteredView(data, { ...base, dimFiltered: true, only }, (e) => e.title);
    expect(dimmed.items.filter((i) => !i.dimmed).map((i) => i.id)).toEqual(['e2', 'e5']);
    expect(dimmed.items.length).toBeGreaterThan(2);
  });
});

describe('the note glyph in words', () => {
  it('a noted event’s option says so in its accessible name; the others do not', () => {
    const data = loadFixture();
    const label = makeAriaLabeller(data, getI18n(), new Set(['e1']));
    expect(label(data.eventsById.get('e1')!, false)).toMatch(/Alpha launches.*, with my note$/);
    expect(label(data.eventsById.get('e2')!, false)).not.toContain('my note');
    expect(makeAriaLabeller(data, getI18n())(data.eventsById.get('e1')!, false)).not.toContain(
      'my note',
    );
  });
});
