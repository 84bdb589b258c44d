import { expect, test } from '@playwright/test';
import { generateDataset } from '../../scripts/bench/generate.mjs';
import { TimelinePage } from './timelinePage';

// Behaviour at scale, not timing (timings live in `npm run bench`).
const big = generateDataset(10_000);
const body = JSON.stringify(big);
const byStart = [...big.events].sort(
  (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
);

test.beforeEach(async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/datasets/synthetic-10k.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
});

test('10,000 events load with a bounded DOM and an honest level of detail', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open('?data=/datasets/synthetic-10k.json');
  await expect(page.getByText(/Synthetic benchmark timeline \(10,000 events\)/)).toBeVisible();
  const shown = await t.events().count();
  expect(shown).toBeGreaterThan(20);
  expect(shown).toBeLessThan(1000); // one accessible option per event near the view, not 10,000
  // Aggregated events are said to exist, with how many.
  await expect(page.locator('#timeline-hint')).toContainText(
    /[\d,]+ events are too close together/,
  );
  await t.expectAccessible();
});

test('10,000 events: zooming in reveals individual events and the axis follows', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open('?data=/datasets/synthetic-10k.json');
  const aggregated = async () => {
    const text = (await page.locator('#timeline-hint').textContent()) ?? '';
    const m = /([\d,]+) events are too close together/.exec(text);
    return m ? Number(m[1]!.replace(/,/g, '')) : 0;
  };
  const before = await t.tickLabels();
  const aggregatedBefore = await aggregated();
  expect(aggregatedBefore).toBeGreaterThan(1000);
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => t.tickLabels()).not.toEqual(before);
  await expect
    .poll(async () => (await t.tickLabels()).some((l) => /^(\d{1,2} )?[A-Z][a-z]{2}/.test(l)))
    .toBe(true);
  // Zoomed in, far fewer events need aggregating: they are drawn one by one instead.
  await expect.poll(aggregated).toBeLessThan(aggregatedBefore / 2);
});

test('10,000 events: a theme toggle filters and selection works by mouse and keyboard', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  const onlyFirst = big.events.find((e) => e.themes.length === 1 && e.themes[0] === 'theme-1')!;
  await t.open(`?data=/datasets/synthetic-10k.json&event=${onlyFirst.id}`);
  // A selected event always has its option, wherever it is.
  await expect(t.event(onlyFirst.id)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#details-heading')).toHaveText(onlyFirst.title);

  await t.themeToggle('Theme 1').uncheck();
  await expect(t.event(onlyFirst.id)).toHaveCount(0);
  // Deselected: the side panel shows the quotes in view, and no event's details.
  await expect(page.locator('#details-heading')).toHaveCount(0);
  await t.themeToggle('Theme 1').check();
  // The accessible layer follows the filter a render behind the canvas: once the selected
  // event's option is back, it is current.
  await expect(t.event(onlyFirst.id)).toHaveCount(1);

  // Click an option to select it (by its id: a positional locator would re-resolve).
  const option = t
    .events()
    .filter({ has: page.locator('rect.hit') })
    .nth(5);
  const id = (await option.getAttribute('data-event-id'))!;
  await t.event(id).click();
  await expect(t.event(id)).toHaveAttribute('aria-selected', 'true');

  // Keyboard: Home and End reach the first and last events in date order, even far away.
  await t.event(id).focus();
  await page.keyboard.press('End');
  const last = byStart[byStart.length - 1]!;
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
    .toBe(last.id);
  await page.keyboard.press('Enter');
  await expect(t.event(last.id)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  // Conferences would come first; the synthetic set has none, so it is the earliest event.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
    .toBe(byStart[0]!.id);
});
