import { expect, test } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

const withQuotes = wpc.quotes[0]!.eventId;
const target = wpc.events.find((e) => e.id === withQuotes)!;
// A distinctive word from the event's title to search for.
const word = target.title
  .split(/\s+/)
  .find((w) => w.length > 6)!
  .replace(/[^\p{L}\p{N}+]/gu, '');

test('keyboard only: find an event by search, read its quotes, copy an APA citation, switch to the table', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const t = new TimelinePage(page);
  await t.open();
  // Reach the search box by keyboard.
  const box = page.getByRole('combobox', { name: 'Search' });
  for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type(target.title.slice(0, 24));
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  // Typing replaces the URL after a short throttle: poll rather than race it.
  await expect(page).toHaveURL(/[?&]q=/);
  // Move to the event result and choose it.
  const options = results.getByRole('option');
  const n = await options.count();
  let idx = 0;
  for (; idx < n; idx++) {
    if ((await options.nth(idx).textContent())?.includes(target.title)) break;
  }
  for (let i = 0; i < idx; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(t.event(target.id)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#details-heading')).toHaveText(target.title);
  const quotes = wpc.quotes.filter((q) => q.eventId === target.id);
  await expect(t.quoteCards()).toHaveCount(quotes.length);

  // Cite the first quote in APA, by keyboard.
  const card = t.quoteCards().first();
  const cite = card.getByRole('button', { name: /Cite this quote/ });
  await cite.focus();
  await page.keyboard.press('Enter');
  const copy = card.getByRole('button', { name: 'Copy APA 7 citation' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByText('Copied', { exact: true }).first()).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toMatch(/\(\d{4}|\(ca\. \d{4}|\(n\.d\.\)/); // an APA date part
  expect(clip).not.toMatch(/undefined|null|NaN/);
  await page.keyboard.press('Escape');
  await expect(cite).toBeFocused();

  // Switch to the table view, by keyboard.
  // The views are tabs: focus the current one, then the arrow key moves to (and shows) the next.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Table' }),
  ).toBeFocused();
  await expect(page.getByRole('table', { name: /events/ })).toBeVisible();
  expect(page.url()).toContain('view=table');
  await expect(page.locator(`[data-row-event-id="${target.id}"]`)).toHaveClass(/is-selected/);
});

test('search finds people and glossary terms, and the query survives a reload', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open(`?q=${encodeURIComponent(word)}`);
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toHaveValue(word);
  await box.fill('BPOS');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByText('Glossary').first()).toBeVisible();
  await box.fill('Ballmer');
  await expect(results.getByText('Person').first()).toBeVisible();
});

const views = [
  { name: 'chart', query: '' },
  { name: 'table', query: '?view=table' },
  { name: 'sources', query: '?view=sources' },
  { name: 'glossary', query: '?view=glossary' },
];
for (const v of views) {
  test(`axe-core: no serious or critical violations in the ${v.name} view`, async ({ page }) => {
    test.setTimeout(120_000); // axe over a page with every source takes a while on 2 cores
    await page.goto(`/${v.query}`);
    await expect(page.getByRole('tablist', { name: 'Views' })).toBeVisible();
    await page.waitForTimeout(200);
    await new TimelinePage(page).expectAccessible();
  });
}

test('axe-core: search open, dark theme and phone width', async ({ page }) => {
  test.setTimeout(180_000);
  const t = new TimelinePage(page);
  await t.open();
  await page.getByRole('combobox', { name: 'Search' }).fill('cloud');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await t.expectAccessible();

  await page.getByRole('combobox', { name: 'Search' }).press('Escape');
  await t.setColours('Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await t.expectAccessible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('listbox', { name: 'Events in view, in date order' })).toBeVisible();
  await t.setColours('Light');
  await t.expectAccessible();
  // The list works like the chart: select by click, the details follow.
  const first = page.locator('.timeline__list [data-event-id]').first();
  const id = (await first.getAttribute('data-event-id'))!;
  await first.click();
  await expect(t.event(id)).toHaveAttribute('aria-selected', 'true');
});

test('the sources view highlights a source’s events on the timeline', async ({ page }) => {
  await page.goto('/?view=sources');
  const toggle = page.getByRole('button', { name: /Highlight its events on the timeline/ }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(page.url()).toContain('source=');
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.locator('.mark.is-dimmed').first()).toBeAttached();
});
