import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import {
  compareConferences,
  describeChanges,
  formatComparePair,
  parseComparePair,
  resolveConference,
} from '../../../src/lib/compare';
import { getI18n } from '../../../src/i18n/i18n';

const en = getI18n();

interface RawEvent {
  id: string;
  kind?: string;
  start: string;
  end?: string;
  conference?: string;
  themes: string[];
}
interface RawQuote {
  id: string;
  eventId: string;
  date?: string;
  stance: string;
}
const raw = JSON.parse(readFileSync(join(process.cwd(), 'data/wpc.json'), 'utf8')) as {
  themes: { id: string; label: string }[];
  events: RawEvent[];
  quotes: RawQuote[];
};
const result = validateDataset(raw);
if (!result.ok) throw new Error('data/wpc.json does not validate');
const data = prepareDataset(result.dataset, result.warnings);

// Independent expectations, straight from the JSON.
const DAY = 86_400_000;
function dayMs(value: string, end = false): number {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return Date.UTC(y!, end ? 12 : 0, 1);
  if (d === undefined) return Date.UTC(y!, end ? m : m - 1, 1);
  return Date.UTC(y!, m - 1, end ? d + 1 : d);
}
function expected(year: string) {
  const conf = raw.events.find((e) => e.kind === 'conference' && e.start.startsWith(year))!;
  const label = conf.conference!;
  const confLo = dayMs(conf.start);
  const confHi = dayMs(conf.end ?? conf.start, true);
  const atConf = (e: RawEvent) =>
    e.conference === undefined
      ? dayMs(e.start) >= confLo && dayMs(e.start) < confHi
      : e.conference === label;
  const events = raw.events.filter((e) => e.kind !== 'conference' && atConf(e));
  const themes = new Map<string, number>();
  for (const e of events)
    for (const t of new Set(e.themes)) themes.set(t, (themes.get(t) ?? 0) + 1);
  const lo = dayMs(conf.start) - 7 * DAY;
  const hi = dayMs(conf.end ?? conf.start, true) + 7 * DAY;
  const quotes = raw.quotes.filter((q) => {
    const ev = raw.events.find((e) => e.id === q.eventId)!;
    if (ev.id === conf.id || atConf(ev)) return true;
    if (ev.conference !== undefined) return false;
    const ms = dayMs(q.date ?? ev.start);
    return ms >= lo && ms < hi;
  });
  const stance: Record<string, number> = {
    reassuring: 0,
    warning: 0,
    critical: 0,
    momentum: 0,
    neutral: 0,
  };
  for (const q of quotes) stance[q.stance]! += 1;
  return {
    conf,
    announcements: events
      .filter((e) => e.kind === 'announcement' || e.kind === 'keynote')
      .map((e) => e.id),
    themes,
    quoteIds: quotes.map((q) => q.id),
    stance,
  };
}

describe('compareConferences on the real dataset', () => {
  const x08 = expected('2008');
  const x11 = expected('2011');
  const cmp = compareConferences(data, '2008', '2011')!;

  it('resolves years and ids to the conference', () => {
    expect(resolveConference(data, '2008')?.id).toBe(x08.conf.id);
    expect(resolveConference(data, x11.conf.id)?.id).toBe(x11.conf.id);
    expect(resolveConference(data, '1999')).toBeNull();
    expect(resolveConference(data, 'wpc-2008-ballmer-keynote')).toBeNull();
    expect(compareConferences(data, '2008', 'nope')).toBeNull();
    expect(compareConferences(data, x08.conf.id, x11.conf.id)).toEqual(cmp);
  });

  it('lists each side’s announcements, themes, quotes and stance mix', () => {
    expect(cmp.a.label).toBe('WPC 2008');
    expect(cmp.b.label).toBe('WPC 2011');
    expect([...cmp.a.announcements.map((e) => e.id)].sort()).toEqual([...x08.announcements].sort());
    expect([...cmp.b.announcements.map((e) => e.id)].sort()).toEqual([...x11.announcements].sort());
    expect(new Map(cmp.a.themes.map((t) => [t.themeId, t.count]))).toEqual(x08.themes);
    expect(new Map(cmp.b.themes.map((t) => [t.themeId, t.count]))).toEqual(x11.themes);
    expect([...cmp.a.quotes.map((q) => q.id)].sort()).toEqual([...x08.quoteIds].sort());
    expect([...cmp.b.quotes.map((q) => q.id)].sort()).toEqual([...x11.quoteIds].sort());
    expect(cmp.a.stance).toEqual(x08.stance);
    expect(cmp.b.stance).toEqual(x11.stance);
    // Themes are listed most frequent first.
    const counts = cmp.a.themes.map((t) => t.count);
    expect([...counts].sort((p, q) => q - p)).toEqual(counts);
  });

  it('says which themes are new in 2011, which are gone since 2008, and how the mood moved', () => {
    const newThemes = raw.themes
      .map((t) => t.id)
      .filter((t) => x11.themes.has(t) && !x08.themes.has(t));
    const goneThemes = raw.themes
      .map((t) => t.id)
      .filter((t) => x08.themes.has(t) && !x11.themes.has(t));
    expect(cmp.changes.newThemes).toEqual(newThemes);
    expect(cmp.changes.goneThemes).toEqual(goneThemes);
    expect(newThemes.length).toBeGreaterThan(0);
    expect(goneThemes.length).toBeGreaterThan(0);
    for (const s of Object.keys(x08.stance))
      expect(cmp.changes.stanceShift[s as keyof typeof cmp.changes.stanceShift]).toBe(
        x11.stance[s]! - x08.stance[s]!,
      );
    const label = (id: string) => raw.themes.find((t) => t.id === id)?.label ?? id;
    const lines = describeChanges(cmp, label, en);
    expect(lines[0]).toBe(`New at WPC 2011: ${newThemes.map(label).join('; ')}.`);
    expect(lines[1]).toBe(`Gone since WPC 2008: ${goneThemes.map(label).join('; ')}.`);
    const shift = x11.stance.reassuring! - x08.stance.reassuring!;
    if (shift !== 0)
      expect(lines).toContain(
        `${Math.abs(shift)} ${shift > 0 ? 'more' : 'fewer'} reassuring ${Math.abs(shift) === 1 ? 'quote' : 'quotes'} (${x08.stance.reassuring} at WPC 2008, ${x11.stance.reassuring} at WPC 2011).`,
      );
  });

  it('says so when nothing changed', () => {
    const same = compareConferences(data, '2009', '2009')!;
    expect(describeChanges(same, (t) => t, en)).toEqual([
      'No themes new at WPC 2009.',
      'No themes gone since WPC 2009.',
      'The stance mix is the same.',
    ]);
  });
});

describe('compare pair in the URL', () => {
  it('parses and formats', () => {
    expect(parseComparePair('2008~2011')).toEqual(['2008', '2011']);
    expect(parseComparePair('wpc-2008~wpc-2011')).toEqual(['wpc-2008', 'wpc-2011']);
    expect(formatComparePair(['2008', '2011'])).toBe('2008~2011');
    for (const bad of [null, undefined, '', '2008', '2008~', '~2011', '2008~2011~2012', 'a b~c'])
      expect(parseComparePair(bad)).toBeNull();
  });
});
