import { expect, test, type Page } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

/**
 * For students: the chart's toolbar counts the dataset's open questions (events whose sources disagree)
 * and one press shows only those, on the chart and in the table, kept in the link.
 */
type Ev = {
  id: string;
  start: string;
  kind?: string;
  conflicts?: unknown[];
  dateClaims?: { date: string }[];
};
const events = (wpc as unknown as { events: Ev[] }).events;
const disputed = events.filter(
  (e) => (e.conflicts?.length ?? 0) > 0 || (e.dateClaims ?? []).some((c) => c.date !== e.start),
);

test('the disputed count filters the chart and the table to the open questions, and the link keeps it', async ({
  page,
}) => {
  expect(disputed.length).toBeGreaterThan(5);
  const t = new TimelinePage(page);
  await t.open('?from=2005-01-01&to=2013-12-31');
  const toggle = page.getByRole('button', { name: `${disputed.length} disputed` });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]disputed=1/);
  // Only disputed events (and the conferences, which frame every view) remain on the chart.
  const keep = new Set([
    ...disputed.map((e) => e.id),
    ...events.filter((e) => e.kind === 'conference').map((e) => e.id),
  ]);
  await expect.poll(async () => t.events().count()).toBeLessThan(events.length);
  const shown = await t
    .events()
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) expect(keep.has(id), id).toBe(true);
  // The quote panel follows: only quotes of the open questions are left.
  const eventOfQuote = new Map(wpc.quotes.map((q) => [q.id, q.eventId]));
  const cards = await t
    .quoteCards()
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id') ?? ''));
  expect(cards.length).toBeGreaterThan(0);
  for (const id of cards) expect(keep.has(eventOfQuote.get(id) ?? ''), id).toBe(true);
  await t.expectAccessible();

  // The link reopens the same filter; the table lists the disputed events only.
  await page.reload();
  await expect(page.getByRole('button', { name: `${disputed.length} disputed` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('tab', { name: 'Table' }).click();
  const rows = page.locator('table tbody tr[data-row-event-id]');
  await expect(rows.first()).toBeVisible();
  const listed = await rows.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-row-event-id') ?? ''),
  );
  expect(new Set(listed)).toEqual(new Set(disputed.map((e) => e.id)));

  // Off again (from the chart's toolbar): every event is back.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: `${disputed.length} disputed` }).click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page).not.toHaveURL(/disputed=1/);
  await expect.poll(async () => rows.count()).toBeGreaterThan(disputed.length);
});

/**
 * Columns of the chart's canvas crossed top to bottom by a dark line (a ghost's dashed
 * outline: the grid and the bands are light), as x positions in CSS px.
 */
async function darkLineColumns(page: Page): Promise<number[]> {
  return page
    .locator('canvas')
    .first()
    .evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      if (!ctx) return [];
      const dpr = c.width / c.getBoundingClientRect().width;
      // The lanes' part of the frame, under the header strip.
      const top = Math.round(c.height * 0.3);
      const bottom = c.height - 2;
      const img = ctx.getImageData(0, top, c.width, bottom - top).data;
      const out: number[] = [];
      for (let x = 0; x < c.width; x++) {
        let dark = 0;
        for (let y = 0; y < bottom - top; y++) {
          const i = (y * c.width + x) * 4;
          const lum = 0.3 * (img[i] ?? 0) + 0.59 * (img[i + 1] ?? 0) + 0.11 * (img[i + 2] ?? 0);
          if ((img[i + 3] ?? 0) > 128 && lum < 110) dark++;
        }
        if (dark > (bottom - top) * 0.3) out.push(x / dpr);
      }
      return out;
    });
}

test('a disputed conference shows the other claimed dates as dashed ghosts on the chart, and the details say which source gives which', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  // WPC 2009: 13–16 July by two sources, 13–19 July by RCP's April preview.
  await t.open('?from=2009-07-05&to=2009-07-25&event=wpc-2009');
  const claims = page.getByRole('table', { name: 'Which source gives which date' });
  await expect(claims).toBeVisible();
  const rows = claims.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('13–16 July 2009');
  await expect(rows.nth(0)).toContainText('the date shown');
  await expect(rows.nth(0)).toContainText('Microsoft to host conference in New Orleans next month');
  await expect(rows.nth(1)).toContainText('13–19 July 2009');
  await expect(rows.nth(1)).toContainText(
    'WPC 2009: Microsoft Worldwide Partner Conference Made New',
  );

  // On the canvas: the ghost's dashed outline runs down the chart at 13 July and after 19 July.
  await expect.poll(async () => (await darkLineColumns(page)).length).toBeGreaterThan(0);
  const cols = await darkLineColumns(page);
  const spread = Math.max(...cols) - Math.min(...cols);
  const box = await page.locator('canvas').first().boundingBox();
  // Seven of the twenty days in view apart: about a third of the frame's width.
  expect(spread).toBeGreaterThan(((box?.width ?? 0) * 6) / 20);
  expect(spread).toBeLessThan(((box?.width ?? 0) * 8) / 20);
  // A key in the chart's corner says what the dashed outline is, while one is in view.
  const key = page.getByText('Dashed outline: a date another source gives');
  await expect(key).toBeVisible();
  await t.expectAccessible();

  // The 2008 conference has no competing claim: no ghost, only light bands and grid.
  await t.open('?from=2008-06-29&to=2008-07-19&event=wpc-2008');
  await expect(page.getByRole('table', { name: 'Which source gives which date' })).toHaveCount(0);
  expect(await darkLineColumns(page)).toEqual([]);
  await expect(key).toHaveCount(0);
});
