// Seeded synthetic datasets for the benchmark (and the 10,000-event browser test):
// N events over ten years, 4–8 themes, 20 % ranges, quotes on 10 % of events.
// Deterministic for a given (count, seed), so runs compare like with like.

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTE = [
  '#1f5fa8',
  '#a3361f',
  '#2d6a2e',
  '#7a3e9d',
  '#8a5a00',
  '#00707a',
  '#b0265d',
  '#4a5360',
];
const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'crosshatch',
  'horizontal',
  'vertical',
  'zigzag',
  'grid',
];
const GLYPHS = ['circle', 'square', 'diamond', 'triangle', 'star', 'hexagon', 'cross', 'pentagon'];
const WORDS = [
  'partner',
  'cloud',
  'launch',
  'pricing',
  'summit',
  'keynote',
  'programme',
  'billing',
  'hosted',
  'server',
  'online',
  'suite',
  'channel',
  'update',
  'release',
  'review',
  'market',
  'licence',
];
const STANCES = ['reassuring', 'warning', 'critical', 'momentum', 'neutral'];

const pad = (n) => String(n).padStart(2, '0');
const iso = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export function generateDataset(count, seed = 42, { links = 0 } = {}) {
  const r = rng(seed + count);
  const themeCount = 4 + Math.floor(r() * 5);
  const themes = Array.from({ length: themeCount }, (_, i) => ({
    id: `theme-${i + 1}`,
    label: `Theme ${i + 1}`,
    description: `Synthetic theme ${i + 1}.`,
    color: PALETTE[i],
    pattern: PATTERNS[i],
    glyph: GLYPHS[i],
  }));
  const sources = [
    {
      id: 'synthetic',
      title: 'Synthetic benchmark data',
      outlet: 'Benchmark generator',
      kind: 'other',
    },
  ];
  const start = Date.UTC(2000, 0, 1);
  const spanMs = Date.UTC(2010, 0, 1) - start;
  const day = 86_400_000;
  const events = [];
  const quotes = [];
  for (let i = 0; i < count; i++) {
    const s = start + Math.floor(r() * (spanMs / day)) * day;
    const isRange = r() < 0.2;
    const t1 = Math.floor(r() * themeCount);
    const themesOf = [themes[t1].id];
    if (r() < 0.3) {
      const t2 = Math.floor(r() * themeCount);
      if (t2 !== t1) themesOf.push(themes[t2].id);
    }
    const words = Array.from(
      { length: 3 + Math.floor(r() * 4) },
      () => WORDS[Math.floor(r() * WORDS.length)],
    );
    const e = {
      id: `e${i}`,
      kind: 'announcement',
      title: `${words.join(' ')} ${i}`,
      summary: `Synthetic event number ${i}.`,
      start: iso(s),
      themes: themesOf,
      sources: ['synthetic'],
    };
    if (isRange) e.end = iso(s + (1 + Math.floor(r() * 120)) * day);
    events.push(e);
    if (r() < 0.1) {
      quotes.push({
        id: `q${i}`,
        text: `A synthetic remark about ${words[0]} number ${i}.`,
        speaker: `Speaker ${1 + Math.floor(r() * 40)}`,
        eventId: e.id,
        sourceId: 'synthetic',
        themes: [themesOf[0]],
        stance: STANCES[Math.floor(r() * STANCES.length)],
      });
    }
  }
  // Typed links between events close in date order (the later one first, as the
  // WPC data writes them), for the "links shown" benchmark.
  const KINDS = ['responds-to', 'follows-up', 'reverses', 'leads-to', 'echoes'];
  const byDate = links > 0 ? [...events].sort((a, b) => a.start.localeCompare(b.start)) : [];
  const linkList = [];
  for (let i = 0; i < links && byDate.length > 1; i++) {
    const a = Math.floor(r() * (byDate.length - 1));
    const b = Math.min(byDate.length - 1, a + 1 + Math.floor(r() * Math.min(12, byDate.length)));
    linkList.push({
      from: byDate[b].id,
      to: byDate[a].id,
      kind: KINDS[i % KINDS.length],
      note: `Synthetic link ${i}.`,
      sources: ['synthetic'],
    });
  }
  return {
    schemaVersion: 4,
    title: `Synthetic benchmark timeline (${count.toLocaleString('en')} events)`,
    description: 'Generated test data. Not history.',
    language: 'en',
    themes,
    sources,
    events,
    quotes,
    ...(linkList.length > 0 ? { links: linkList } : {}),
  };
}
