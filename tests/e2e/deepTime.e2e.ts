/**
 * Dates across all of time in the browser: TimelineJS's own cosmology template opens on the
 * cosmological scale (axis in years ago, the Big Bang's date in words in the details and the
 * table, zoom in and out), and a file of BCE years reads "500 BCE" and reopens the same window
 * from the URL after a reload. axe-core clean.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TimelinePage } from './timelinePage';

async function importFile(page: Page, path: string) {
  await page.getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)').setInputFiles(path);
}

const bce = readFileSync(new URL('../fixtures/deep/bce.json', import.meta.url), 'utf8');

const YEARS_AGO = /(billion|million) years ago$|^[\d.,]+ (Ga|Ma|ka)$/;

test('the cosmology template: years-ago axis, the Big Bang in words, zoom, axe-clean', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const t = new TimelinePage(page);
  await t.open();
  await importFile(page, 'tests/fixtures/timelinejs/cosmo.json');
  await expect(t.heading()).toHaveText('Cosmological Scale Timeline');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(t.events()).toHaveCount(7);
  // Its two named CSS colours were left out with a warning; put the notice away.
  await page.getByRole('button', { name: 'Dismiss' }).click();

  const ticks = await t.tickLabels();
  expect(ticks.length).toBeGreaterThan(1);
  expect(ticks.every((l) => YEARS_AGO.test(l))).toBe(true);
  expect(ticks.join(' ')).toMatch(/billion years ago|Ga/);
  expect(ticks.join(' ')).not.toMatch(/NaN|Invalid/);

  await page.getByRole('option', { name: /The Big Bang/ }).click();
  await expect(page.locator('#details-heading')).toHaveText('The Big Bang');
  await expect(page.locator('.details__facts')).toContainText('13.8 billion years ago');
  await t.expectAccessible();

  // Zoom in: finer ticks, still years ago, the window in the URL; zoom out again.
  const before = await t.tickLabels();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect.poll(() => t.tickLabels()).not.toEqual(before);
  await expect.poll(() => page.url()).toContain('from=Y-');
  const zoomed = await t.tickLabels();
  expect(zoomed.every((l) => YEARS_AGO.test(l))).toBe(true);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await expect.poll(() => t.tickLabels()).not.toEqual(zoomed);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => t.tickLabels()).toEqual(before);

  // The table reads the same words.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /events/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /The Big Bang/ })).toContainText(
    '13.8 billion years ago',
  );
  await expect(table).not.toContainText('NaN');
  await t.expectAccessible('main');
});

test('a BCE file: "500 BCE" ticks, no year 0, and the window reopens from the URL', async ({
  page,
}) => {
  await page.route(
    (u) => u.pathname === '/datasets/bce.json',
    (route) => route.fulfill({ body: bce, contentType: 'application/json' }),
  );
  const t = new TimelinePage(page);
  await t.open('?data=/datasets/bce.json');
  await expect(t.heading()).toHaveText('Six centuries around the Common Era');
  await expect(t.events()).toHaveCount(5);
  const ticks = await t.tickLabels();
  expect(ticks).toContain('500 BCE');
  expect(ticks.some((l) => /^0+( BCE)?$/.test(l))).toBe(false);
  await page.getByRole('option', { name: /Start of the test span/ }).click();
  await expect(page.locator('.details__facts')).toContainText('500 BCE');

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 2; i++) await zoomIn.click();
  await expect.poll(() => page.url()).toMatch(/from=-0\d{3}-/);
  await page.keyboard.press('Shift+ArrowLeft');
  const span = await t.visibleSpan();
  expect(span).toMatch(/BCE/);
  const from = new URL(page.url()).searchParams.get('from');
  const to = new URL(page.url()).searchParams.get('to');
  await page.reload();
  await expect(t.events().first()).toBeVisible();
  await expect.poll(() => t.visibleSpan()).toBe(span);
  expect(new URL(page.url()).searchParams.get('from')).toBe(from);
  expect(new URL(page.url()).searchParams.get('to')).toBe(to);
  await t.expectAccessible('main');
});

/** The date column of the table view, row by row: [date, title]. */
async function tableDates(page: Page): Promise<[string, string][]> {
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Table' }).click();
  const rows = page.getByRole('table', { name: /events/ }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const out: [string, string][] = [];
  for (const row of await rows.all()) {
    const date = (await row.locator('td.event-table__date').textContent()) ?? '';
    const title = (await row.getByRole('button').first().textContent()) ?? '';
    out.push([date.trim(), title.trim()]);
  }
  return out;
}

test('deep dates read in years ago in the details and the table, BCE dates as "500 BCE"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const t = new TimelinePage(page);
  await t.open();
  await importFile(page, 'tests/fixtures/timelinejs/cosmo.json');
  await expect(t.events()).toHaveCount(7);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // The whole window runs to the present: "today", not the padding's year 9999.
  await expect.poll(() => t.visibleSpan()).toBe('Showing 14.2 billion years ago – today');

  await page.getByRole('option', { name: /The formation of the Solar System/ }).click();
  await expect(page.locator('#details-heading')).toHaveText('The formation of the Solar System');
  const date = page.locator('.details__facts dd').first();
  // The words, and the source's exact figure beside them.
  await expect(date).toHaveText(
    '4.6 billion years ago (4,600,000,000 years ago, as the source gives it)',
  );

  const rows = await tableDates(page);
  expect(rows).toEqual(
    expect.arrayContaining([
      ['13.8 billion years ago', 'The Big Bang'],
      ['12.8 billion years ago', 'The universe as it appears today'],
      ['4.6 billion years ago', 'The formation of the Solar System'],
      ['539 million years ago – 252 million years ago', 'Paleozoic era'],
      ['315,000 years ago', 'approximate date of appearance of Homo sapiens'],
      // Within 100,000 years of the Common Era a year is a calendar year, as in TimelineJS.
      ['3500 BCE', 'oldest known depiction of a wheeled vehicle'],
    ]),
  );
  expect(rows).toHaveLength(7);
  // A deep span, chosen in the table, reads both ends in years ago in the details.
  await page
    .getByRole('table', { name: /events/ })
    .getByRole('button', { name: 'Paleozoic era' })
    .click();
  await expect(page.locator('#details-heading')).toHaveText('Paleozoic era');
  await expect(page.locator('.details__facts dd').first()).toHaveText(
    '539 million years ago – 252 million years ago (the year as the source gives it)',
  );
  // Every date beyond the calendar reads in years ago, never as a bare number or a year.
  for (const [d, title] of rows) {
    if (title.startsWith('oldest known')) continue;
    expect(d, title).toMatch(/years ago$/);
    expect(d, title).not.toMatch(/^-?\d+$|BCE|NaN|9999/);
  }

  // A BCE file reads its years with their era, in the details and the table; no year 0.
  await page.route(
    (u) => u.pathname === '/datasets/bce.json',
    (route) => route.fulfill({ body: bce, contentType: 'application/json' }),
  );
  await t.open('?data=/datasets/bce.json');
  await expect(t.events()).toHaveCount(5);
  await page.getByRole('option', { name: /The last year before the era/ }).click();
  await expect(page.locator('.details__facts dd').first()).toHaveText(/^1 BCE \(/);
  await page.getByRole('option', { name: /A year in the middle/ }).click();
  await expect(page.locator('.details__facts dd').first()).toHaveText(/^250 BCE \(/);
  expect(await tableDates(page)).toEqual([
    ['500 BCE', 'Start of the test span'],
    ['250 BCE', 'A year in the middle'],
    ['1 BCE', 'The last year before the era'],
    ['1', 'The first year of the era'],
    ['100', 'End of the test span'],
  ]);
});
