import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

/**
 * Share and export, in the built app: the app bar's "Share & export" menu (ShareMenu), and
 * PrintSources at the end of the page.
 */

// Exports are made in the page; no service worker needed (offline.e2e.ts covers it).
test.use({ serviceWorkers: 'block' });

interface FullEvent {
  id: string;
  kind?: string;
  themes: string[];
  sources: string[];
}
const full = wpc as unknown as {
  title: string;
  events: FullEvent[];
  quotes: { eventId: string; sourceId: string }[];
};

/**
 * The theme with the most events, and an event filed under it, with quotes, inside the
 * 2008–2011 window the SVG test exports.
 */
const THEME = [...wpc.themes].sort(
  (a, b) =>
    wpc.events.filter((e) => e.themes.includes(b.id)).length -
    wpc.events.filter((e) => e.themes.includes(a.id)).length,
)[0]!;
const quotedIds = new Set(wpc.quotes.map((q) => q.eventId));
const EVENT = wpc.events.find(
  (e) =>
    e.themes.includes(THEME.id) && quotedIds.has(e.id) && e.start >= '2008' && e.start < '2012',
)!;

/** The Share & export menu button in the app bar. */
function shareButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Share & export', exact: true });
}

async function download(page: Page, item: string) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    new TimelinePage(page).choose('Share & export', item),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), body: readFileSync(path) };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe(''); // the last record ends with CRLF
  return rows;
}

test('downloads the current view as a valid 1920×1080 SVG slide', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open(`?themes=${THEME.id}&event=${EVENT.id}&from=2008-01-01&to=2012-01-01`);
  const { name, body } = await download(page, 'Download SVG');
  expect(name).toMatch(/-jan-2008-dec-2011\.svg$/);
  const svg = body.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      name: root.localName,
      ns: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      // The title is whole, in as many lines as it needs.
      title: [...doc.querySelectorAll('.export-title')].map((t) => t.textContent).join(' '),
      scripts: doc.getElementsByTagName('script').length,
      legend: [...doc.querySelectorAll('.legend-item')].map((g) => g.getAttribute('data-theme-id')),
      selected: doc.querySelector('.event.is-selected')?.getAttribute('data-event-id') ?? null,
    };
  }, svg);
  expect(parsed).toEqual({
    errors: 0,
    name: 'svg',
    ns: 'http://www.w3.org/2000/svg',
    width: '1920',
    height: '1080',
    viewBox: '0 0 1920 1080',
    title: full.title,
    scripts: 0,
    legend: [THEME.id],
    selected: EVENT.id,
  });
  // The browser draws it as an image from a data: URL (what the PNG export relies on).
  const size = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, svg);
  expect(size).toEqual([1920, 1080]);
});

test('downloads a PNG at twice the slide size, without the network', async ({ page, context }) => {
  const t = new TimelinePage(page);
  await t.open('?from=2008-06-01&to=2008-09-01');
  // Rasterised in the page from a data: URL: it works with the network off.
  await context.setOffline(true);
  const { name, body } = await download(page, 'Download PNG');
  await context.setOffline(false);
  expect(name).toMatch(/-jun-2008-aug-2008\.png$/);
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(body.readUInt32BE(16)).toBe(3840);
  expect(body.readUInt32BE(20)).toBe(2160);
  await expect(page.getByRole('status').filter({ hasText: `Downloading ${name}` })).toHaveCount(1);
});

test('downloads the filtered events, with their quotes, as CSV', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open(`?themes=${THEME.id}`);
  const { name, body } = await download(page, 'Download CSV');
  expect(name).toMatch(/\.csv$/);
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([
    'record',
    'id',
    'event id',
    'date',
    'start',
    'end',
    'title',
    'themes',
    'conference',
    'location',
    'summary',
    'quote count',
    'speaker',
    'role',
    'stance',
    'text',
    'sources',
  ]);
  for (const r of rows) expect(r).toHaveLength(header!.length);
  // The whole timeline is in view: every event filed under the theme, and the conferences
  // (never filtered); nothing else.
  const expected = wpc.events
    .filter((e) => e.kind === 'conference' || e.themes.includes(THEME.id))
    .map((e) => e.id);
  const events = rows.filter((r) => r[0] === 'event').map((r) => r[1]);
  expect([...events].sort()).toEqual([...expected].sort());
  const quotes = rows.filter((r) => r[0] === 'quote').map((r) => r[2]);
  expect(quotes.length).toBe(wpc.quotes.filter((q) => expected.includes(q.eventId)).length);
  const themeRow = rows.find((r) => r[1] === EVENT.id)!;
  expect(themeRow[7]).toContain(THEME.label);
  expect(themeRow[16]).toContain(' — ');
});

test('"Copy link" copies the exact view, and the link reopens it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const t = new TimelinePage(page);
  await t.open(`?themes=${THEME.id}&event=${EVENT.id}`);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const span = await t.visibleSpan();
  await t.choose('Share & export', 'Copy link');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(
    /^Link copied\s*$/,
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('themes')).toBe(THEME.id);
  expect(url.searchParams.get('event')).toBe(EVENT.id);
  expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(url.searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  await t.expectAccessible();

  const other = await context.newPage();
  const t2 = new TimelinePage(other);
  await other.goto(copied);
  await expect(t2.event(EVENT.id)).toHaveAttribute('aria-selected', 'true');
  expect(await t2.visibleSpan()).toBe(span);
  await expect(t2.themeToggle(THEME.label)).toBeChecked();
  const off = wpc.themes.find((x) => x.id !== THEME.id)!;
  await expect(t2.themeToggle(off.label)).not.toBeChecked();
});

test('prints a handout: no controls, and the list of sources', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open(`?themes=${THEME.id}`);
  const sources = page.locator('.print-sources');
  await expect(sources).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(shareButton(page)).toBeHidden();
  await expect(page.locator('.appbar__menus')).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(t.quoteCards().first()).toBeVisible();
  await expect(sources).toBeVisible();
  await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // Every source cited by the events shown (and their quotes), once, URLs in full.
  const shown = full.events.filter((e) => e.kind === 'conference' || e.themes.includes(THEME.id));
  const shownIds = new Set(shown.map((e) => e.id));
  const cited = new Set([
    ...shown.flatMap((e) => e.sources),
    ...full.quotes.filter((q) => shownIds.has(q.eventId)).map((q) => q.sourceId),
  ]);
  await expect(sources.locator('ol > li')).toHaveCount(cited.size);
  await expect(sources.locator('ol > li').first()).toContainText(/https?:\/\/\S+/);
  // Black on white.
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return [body.color, body.backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

  await page.emulateMedia({ media: 'screen' });
  await expect(sources).toBeHidden();
  await expect(shareButton(page)).toBeVisible();
});

test('the export menu is accessible', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open();
  await shareButton(page).click();
  // Copy link, Embed…, Cite this view…, Export a tour…, SVG, PNG, CSV, JSON, TimelineJS JSON, Print
  await expect(
    page.getByRole('menu', { name: 'Share & export' }).getByRole('menuitem'),
  ).toHaveCount(10);
  await t.expectAccessible();
  await page.keyboard.press('Escape');
  await expect(shareButton(page)).toBeFocused();
});
