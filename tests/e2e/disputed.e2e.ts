import { expect, test } from '@playwright/test';
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
