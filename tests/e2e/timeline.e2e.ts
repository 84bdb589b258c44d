import { expect, test } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

const quotesPerEvent = new Map<string, number>();
for (const q of wpc.quotes) quotesPerEvent.set(q.eventId, (quotesPerEvent.get(q.eventId) ?? 0) + 1);
/** The event with the most quotes, and another event with quotes. */
const [busiest, other] = [...quotesPerEvent.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([id]) => id);

test('draws every event of the dataset, each labelled with its date and title', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await expect(t.events()).toHaveCount(wpc.events.length);
  const first = wpc.events.find((e) => e.kind !== 'conference')!;
  const label = await t.event(first.id).getAttribute('aria-label');
  expect(label).toContain(first.title);
  expect(label).toMatch(/\d{4}/);
  // Conferences are drawn as bands carrying their name, and are selectable like events.
  const conf = wpc.events.find((e) => e.kind === 'conference')!;
  const name = conf.title.split(' — ')[0]!;
  await expect(t.event(conf.id)).toHaveAttribute('aria-label', new RegExp(name));
  await expect(page.locator('.timeline__axis .band-label', { hasText: name })).toBeVisible();
  await t.expectAccessible();
  // The README's picture: a returning reader's view, introduction closed.
  await page.getByRole('button', { name: 'Close the introduction' }).click();
  await expect(page.getByRole('heading', { name: 'About this timeline' })).toHaveCount(0);
  await page.screenshot({ path: 'tests/e2e/screenshots/timeline.png' });
});

test('a theme toggle changes what is drawn, and survives a reload', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open();
  // The theme whose toggle hides the most events (those filed under it alone).
  const soleThemeOf = (themeId: string) =>
    wpc.events.filter(
      (e) => e.kind !== 'conference' && e.themes.length > 0 && e.themes.every((x) => x === themeId),
    );
  const theme = [...wpc.themes].sort(
    (a, b) => soleThemeOf(b.id).length - soleThemeOf(a.id).length,
  )[0]!;
  const onlyThisTheme = soleThemeOf(theme.id);
  expect(onlyThisTheme.length).toBeGreaterThan(0);
  const toggle = t.themeToggle(theme.label);
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(t.events()).toHaveCount(wpc.events.length - onlyThisTheme.length);
  await expect(t.event(onlyThisTheme[0]!.id)).toHaveCount(0);
  await t.expectAccessible();

  await page.reload();
  await expect(t.themeToggle(theme.label)).not.toBeChecked();
  await expect(t.events()).toHaveCount(wpc.events.length - onlyThisTheme.length);

  // "Dim instead of hide" brings them back as faint context.
  await t.choose('Settings', /dim filtered-out events/i, 'menuitemcheckbox');
  await page.keyboard.press('Escape');
  await expect(t.events()).toHaveCount(wpc.events.length);
  await expect(t.event(onlyThisTheme[0]!.id)).toHaveClass(/is-dimmed/);

  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(page.locator('.mark')).toHaveCount(
    wpc.events.length - wpc.events.filter((e) => e.kind === 'conference').length,
  );
  await t.choose('Settings', /dim filtered-out events/i, 'menuitemcheckbox');
  await page.keyboard.press('Escape');
  await expect(page.locator('.mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(t.events()).toHaveCount(wpc.events.length);
});

test('the table lists the events the theme filter shows, toggled from the chart or the table', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  const theme = wpc.themes[0]!;
  const rowsWithout = (off: string) =>
    wpc.events.filter((e) => e.kind === 'conference' || e.themes.some((x) => x !== off));
  const rows = page.locator('[data-row-event-id]');
  await t.themeToggle(theme.label).uncheck();
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Table' }).click();
  await expect(rows).toHaveCount(rowsWithout(theme.id).length);
  const hidden = wpc.events.find(
    (e) => e.kind !== 'conference' && e.themes.every((x) => x === theme.id),
  );
  if (hidden) await expect(page.locator(`[data-row-event-id="${hidden.id}"]`)).toHaveCount(0);
  await t.themeToggle(theme.label).check();
  await expect(rows).toHaveCount(wpc.events.length);
});

test('selecting an event shows its details and cards; clicking a card selects its event', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await t.event(busiest!).click();
  await expect(t.event(busiest!)).toHaveAttribute('aria-selected', 'true');
  await expect(t.quoteCards()).toHaveCount(quotesPerEvent.get(busiest!)!);
  const title = wpc.events.find((e) => e.id === busiest)!.title;
  await expect(page.locator('#details-heading')).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  expect(page.url()).toContain(`event=${busiest}`);
  await t.expectAccessible();

  // Back to no selection, then pick a card of another event from the in-view panel.
  await page.goBack();
  await expect(t.event(busiest!)).toHaveAttribute('aria-selected', 'false');
  const otherQuote = wpc.quotes.find((q) => q.eventId === other)!;
  const card = page.locator(`[data-quote-id="${otherQuote.id}"]`);
  await card.locator('blockquote').click();
  await expect(t.event(other!)).toHaveAttribute('aria-selected', 'true');
  await expect(t.quoteCards()).toHaveCount(quotesPerEvent.get(other!)!);
  await expect(card).toHaveClass(/is-linked/);
});

test('a card brings its event into view when the timeline is zoomed elsewhere', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  const ev = wpc.events.find((e) => e.id === busiest)!;
  const year = Number(ev.start.slice(0, 4));
  // Zoomed on a month far from the event, with the event selected via the URL.
  const far = year > 2008 ? '2006' : '2011';
  await t.open(`?from=${far}-02-01&to=${far}-03-01&event=${busiest}`);
  const svg = (await page.locator('.timeline__svg').boundingBox())!;
  const inView = async () => {
    const b = await t.event(busiest!).boundingBox();
    return b !== null && b.x > svg.x && b.x < svg.x + svg.width;
  };
  expect(await inView()).toBe(false);
  await t.quoteCards().first().locator('blockquote').click();
  await expect.poll(inView).toBe(true);
  expect(await t.visibleSpan()).toContain(String(year));
});

test('zoom by buttons and by keyboard changes the axis; reset restores it', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open();
  const before = await t.tickLabels();
  expect(before.every((l) => /^\d{4}$/.test(l))).toBe(true);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  await expect.poll(() => t.tickLabels()).not.toEqual(before);
  // Finer ticks than years: months ("Jul") or days ("9 Jul").
  await expect
    .poll(async () => (await t.tickLabels()).some((l) => /^(\d{1,2} )?[A-Z][a-z]{2}\b/.test(l)))
    .toBe(true);
  await expect.poll(() => page.url()).toContain('from=');

  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => t.tickLabels()).toEqual(before);

  // Keyboard: focus the first event (one tab stop), + zooms, 0 resets, arrows move focus.
  const firstOption = page.locator('[data-event-id][tabindex="0"]');
  await firstOption.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => t.tickLabels()).not.toEqual(before);
  await page.keyboard.press('0');
  await expect.poll(() => t.tickLabels()).toEqual(before);

  const focusedBefore = await page.evaluate(() =>
    document.activeElement?.getAttribute('data-event-id'),
  );
  await page.keyboard.press('ArrowRight');
  const focusedAfter = await page.evaluate(() =>
    document.activeElement?.getAttribute('data-event-id'),
  );
  expect(focusedAfter).toBeTruthy();
  expect(focusedAfter).not.toBe(focusedBefore);
  await page.keyboard.press('Enter');
  await expect(t.event(focusedAfter!)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(t.event(focusedAfter!)).toHaveAttribute('aria-selected', 'false');
});

test('wheel zoom and drag pan move the visible window', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open();
  const svg = page.locator('.timeline__svg');
  const box = (await svg.boundingBox())!;
  const start = await t.visibleSpan();
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect.poll(() => t.visibleSpan()).not.toBe(start);
  const zoomed = await t.visibleSpan();
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => t.visibleSpan()).not.toBe(zoomed);
});

test('a shared link restores filter, selection and window', async ({ page }) => {
  const t = new TimelinePage(page);
  const theme = wpc.themes[0]!;
  await t.open(`?themes=${theme.id}&event=${busiest}&from=2008-01-01&to=2010-01-01`);
  await expect(t.themeToggle(theme.label)).toBeChecked();
  await expect(t.themeToggle(wpc.themes[1]!.label)).not.toBeChecked();
  expect(await t.visibleSpan()).toMatch(/Jan 2008/);
  // The selected event stays selected only if the filter shows it.
  const ev = wpc.events.find((e) => e.id === busiest)!;
  const shown = ev.themes.includes(theme.id);
  await expect(t.event(busiest!)).toHaveCount(shown ? 1 : 0);
});

test('unknown ids in a link are dropped instead of breaking the page', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open('?themes=no-such-theme&event=no-such-event');
  await expect(t.events()).toHaveCount(wpc.events.length);
  await expect.poll(() => page.url()).not.toContain('no-such');
});

test('screen-reader text in the scrolled quote list stays inside the list, not down the page', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await expect(page.locator('article[data-quote-id]').first()).toBeVisible();
  const outside = await page.evaluate(() => {
    const list = document.querySelector('.quotes__list');
    if (!list) return ['no quote list'];
    const box = list.getBoundingClientRect();
    const bottom = box.top + list.scrollHeight + 1;
    return [...list.querySelectorAll('.visually-hidden')]
      .filter((el) => el.getBoundingClientRect().top > bottom)
      .map((el) => el.textContent);
  });
  expect(outside).toEqual([]);
  // The page ends where its last section ends.
  const gap = await page.evaluate(() => {
    const last = [...document.querySelectorAll('main > *, #root > *')]
      .map((el) => el.getBoundingClientRect().bottom + window.scrollY)
      .reduce((a, b) => Math.max(a, b), 0);
    return document.documentElement.scrollHeight - last;
  });
  expect(gap).toBeLessThan(200);
});
