import { expect, test } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

interface RawTour {
  id: string;
  title: string;
  stops: { title: string; notes?: string; view: { eventId?: string; quoteId?: string } }[];
}
const tour = (wpc as unknown as { tours: RawTour[] }).tours[0]!;
const n = tour.stops.length;

test('a keyboard-only run through the shipped tour, with every stop announced', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  expect(n).toBeGreaterThanOrEqual(10);
  await page.getByRole('button', { name: `Present “${tour.title}”` }).focus();
  await page.keyboard.press('Enter');
  const progress = page.locator('.presenter__progress');
  await expect(progress).toHaveText(`1 / ${n}`);
  await expect(page.locator('#presenter-stop-title')).toHaveText(tour.stops[0]!.title);
  await t.expectAccessible();

  for (let i = 1; i < n; i++) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expect(progress).toHaveText(`${i + 1} / ${n}`);
    await expect(
      page.locator('[aria-live="polite"]', { hasText: `Stop ${i + 1} of ${n}` }),
    ).toHaveCount(1);
    const ev = tour.stops[i]!.view.eventId;
    if (ev) await expect(t.event(ev)).toHaveAttribute('aria-selected', 'true');
  }
  await page.keyboard.press('PageDown'); // past the end: stays on the last stop
  await expect(progress).toHaveText(`${n} / ${n}`);
  await page.keyboard.press('Home');
  await expect(progress).toHaveText(`1 / ${n}`);
  await page.keyboard.press('End');
  await expect(progress).toHaveText(`${n} / ${n}`);
  await page.keyboard.press('Shift+Space');
  await expect(progress).toHaveText(`${n - 1} / ${n}`);
  await page.keyboard.press('PageUp');
  await expect(progress).toHaveText(`${n - 2} / ${n}`);
  // Esc opens the overview of all stops; a second Esc leaves.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'All stops' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter')).toHaveCount(0);
  expect(page.url()).not.toContain('tour=');
});

test('a link opens the talk at a given stop, and Back steps back', async ({ page }) => {
  const t = new TimelinePage(page);
  const stop = tour.stops[4]!;
  await t.open(`?tour=${tour.id}&step=5`);
  await expect(page.locator('.presenter__progress')).toHaveText(`5 / ${n}`);
  await expect(page.locator('#presenter-stop-title')).toHaveText(stop.title);
  if (stop.view.eventId)
    await expect(t.event(stop.view.eventId)).toHaveAttribute('aria-selected', 'true');
  if (stop.view.quoteId)
    await expect(page.locator(`[data-quote-id="${stop.view.quoteId}"]`)).toHaveClass(
      /is-spotlight/,
    );
  await page.getByRole('button', { name: 'Next stop' }).click();
  await expect(page.locator('.presenter__progress')).toHaveText(`6 / ${n}`);
  expect(page.url()).toContain('step=6');
  await page.goBack();
  await expect(page.locator('.presenter__progress')).toHaveText(`5 / ${n}`);
  // Speaker notes in the same window.
  await page.getByRole('button', { name: 'Speaker notes' }).click();
  if (stop.notes)
    await expect(page.locator('#presenter-notes')).toContainText(stop.notes.slice(0, 40));
});

test('the presenter window stays in sync both ways', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open(`?tour=${tour.id}&step=2`);
  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await expect(
    speaker.getByRole('heading', { name: `Now: ${tour.stops[1]!.title}` }),
  ).toBeVisible();
  await expect(
    speaker.getByRole('heading', { name: `Next: ${tour.stops[2]!.title}` }),
  ).toBeVisible();
  await expect(speaker.locator('.speaker__timer')).toHaveText(/\d\d:\d\d/);
  await page.keyboard.press('PageDown');
  await expect(
    speaker.getByRole('heading', { name: `Now: ${tour.stops[2]!.title}` }),
  ).toBeVisible();
  await speaker.getByRole('button', { name: 'Next stop →' }).click();
  await expect(page.locator('.presenter__progress')).toHaveText(`4 / ${n}`);
  await speaker.keyboard.press('PageUp');
  await expect(page.locator('.presenter__progress')).toHaveText(`3 / ${n}`);
});

test('a custom tour is built, survives a reload, and is shared by link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const t = new TimelinePage(page);
  await t.open('?from=2008-06-01&to=2008-09-01');
  await page.getByRole('button', { name: 'New tour from the current view' }).click();
  await page.getByLabel('Tour title').fill('Houston 2008 briefing');
  await page.getByLabel('Stop 1 title').fill('Houston, July 2008');
  await page.getByLabel('Stop 1 speaker notes').fill('Point at the fee model.');
  // A second stop from another view.
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await page.getByRole('button', { name: 'Add the current view as a stop' }).click();
  await page.getByLabel('Stop 2 title').fill('The whole story');
  await page.getByRole('button', { name: 'Move stop 2 up' }).click();
  await expect(page.getByLabel('Stop 1 title')).toHaveValue('The whole story');

  await page.reload();
  await expect(page.locator('#tours').getByText('Houston 2008 briefing')).toBeVisible();
  await page.getByRole('button', { name: 'Copy a link to “Houston 2008 briefing”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('tourdata=');

  // Someone else opens the link: the tour is added to their tours and starts.
  const other = await context.browser()!.newPage();
  await other.goto(link);
  await expect(other.locator('.presenter__progress')).toHaveText('1 / 2');
  await expect(other.locator('#presenter-stop-title')).toHaveText('The whole story');
  await other.keyboard.press('PageDown');
  await expect(other.locator('#presenter-stop-title')).toHaveText('Houston, July 2008');
  await other.getByRole('button', { name: 'Speaker notes' }).click();
  await expect(other.locator('#presenter-notes')).toContainText('Point at the fee model.');
  await other.close();

  // A link to a stop of one of the reader's own tours opens it, though those are read (and
  // checked) only after the page has started.
  const savedId = await page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('wpc-timeline.tours') ?? '{}') as {
          tours: { tour: { id: string; title: string } }[];
        }
      ).tours.find((x) => x.tour.title === 'Houston 2008 briefing')?.tour.id,
  );
  expect(savedId).toBeTruthy();
  const again = new TimelinePage(await context.newPage());
  await again.open(`?tour=${savedId ?? ''}&step=2`);
  await expect(again.page.locator('.presenter__progress')).toHaveText('2 / 2');
  await expect(again.page.locator('#presenter-stop-title')).toHaveText('Houston, July 2008');
});

test('a corrupted saved-tours entry is reported and set aside, never a crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('wpc-timeline.tours', '{not json');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const t = new TimelinePage(page);
  await t.open();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('wpc-timeline.tours.unreadable'))).toBe(
    '{not json',
  );
  await expect(page.getByRole('button', { name: `Present “${tour.title}”` })).toBeVisible();
});

test('a stop’s planned time is typed in the tour editor, checked, kept with the tour and paces the speaker view', async ({
  page,
  context,
}) => {
  const t = new TimelinePage(page);
  await t.open('?from=2008-06-01&to=2008-09-01');
  await page.getByRole('button', { name: 'New tour from the current view' }).click();
  await page.getByLabel('Tour title').fill('Timed briefing');
  await page.getByRole('button', { name: 'Add the current view as a stop' }).click();
  const time1 = page.getByLabel('Stop 1 planned time (m:ss)');
  // A time it cannot read is said next to the field and not kept.
  await time1.fill('a minute');
  await expect(time1).toHaveAttribute('aria-invalid', 'true');
  await expect(time1).toHaveAccessibleDescription(
    'Write the time as seconds (90) or minutes and seconds (1:30), up to 24 hours.',
  );
  await expect(page.getByText(/^Planned talk:/)).toHaveCount(0);
  await time1.fill('1:30');
  await expect(time1).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Planned talk: 1:30 (1 of 2 stops timed)')).toBeVisible();
  await page.getByLabel('Stop 2 planned time (m:ss)').fill('45');
  await page.getByLabel('Stop 2 planned time (m:ss)').blur();
  await expect(page.getByLabel('Stop 2 planned time (m:ss)')).toHaveValue('0:45');
  await expect(page.getByText('Planned talk: 2:15 (2 of 2 stops timed)')).toBeVisible();
  // Writing notes afterwards keeps the time.
  await page.getByLabel('Stop 1 speaker notes').fill('Start with the fee model.');
  await expect(page.getByText('Planned talk: 2:15 (2 of 2 stops timed)')).toBeVisible();
  await t.expectAccessible();

  await page.reload();
  await expect(page.locator('#tours').getByText('Timed briefing')).toBeVisible();
  const saved = await page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('wpc-timeline.tours') ?? '{}') as {
          tours: {
            tour: { title: string; stops: { durationSeconds?: number; notes?: string }[] };
          }[];
        }
      ).tours.find((x) => x.tour.title === 'Timed briefing')?.tour.stops,
  );
  expect(saved?.map((s) => s.durationSeconds)).toEqual([90, 45]);
  expect(saved?.[0]?.notes).toBe('Start with the fee model.');

  const savedId = await page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('wpc-timeline.tours') ?? '{}') as {
          tours: { tour: { id: string; title: string } }[];
        }
      ).tours.find((x) => x.tour.title === 'Timed briefing')?.tour.id,
  );
  await t.open(`?tour=${savedId ?? ''}`);
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await expect(speaker.locator('[data-pace="stop"] .speaker-pace__plan')).toHaveText(
    'of 1:30 planned',
  );
  await expect(speaker.locator('[data-pace="talk"] .speaker-pace__plan')).toHaveText(
    'of 2:15 planned',
  );
});
