import { expect, test, type Page } from '@playwright/test';
import { TimelinePage } from './timelinePage';

interface Arrow {
  from: string;
  to: string;
  kind: string;
  strong: boolean;
}

/** The arrows the canvas last painted (the scene hangs on the canvas for tests). */
function arrows(page: Page): Promise<Arrow[]> {
  return page.evaluate(() => {
    type Painted = HTMLCanvasElement & { chartScene?: { arrows?: Arrow[] } };
    const canvas = document.querySelector<Painted>('canvas.timeline__marks-canvas');
    return (canvas?.chartScene?.arrows ?? []).map(({ from, to, kind, strong }) => ({
      from,
      to,
      kind,
      strong,
    }));
  });
}

const KEYNOTE_2011 = 'wpc-2011-ballmer-keynote';
const KEYNOTE_2010 = 'wpc-2010-ballmer-all-in-keynote';

test.use({ viewport: { width: 1440, height: 900 } });

test('selecting an event draws its links; the details panel follows them by keyboard', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open('?themes=all-in');
  await expect.poll(() => arrows(page)).toEqual([]);
  // Select it from the chart by keyboard.
  await t.event(KEYNOTE_2011).focus();
  await page.keyboard.press('Enter');
  await expect(t.event(KEYNOTE_2011)).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(() => arrows(page))
    .toContainEqual({ from: KEYNOTE_2011, to: KEYNOTE_2010, kind: 'responds-to', strong: true });

  const links = page.getByRole('region', { name: 'Links to other events' });
  const back = links.getByRole('button', {
    name: /^Responds to: Ballmer to partners: move to the cloud with us or look elsewhere \(12 July 2010\)$/,
  });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${KEYNOTE_2010}`));
  const heading = page.locator('#details-heading');
  await expect(heading).toHaveText(
    'Ballmer to partners: move to the cloud with us or look elsewhere',
  );
  await expect(heading).toBeFocused();
  // The inverse wording on the other end, and the arrow now drawn for this event.
  const answered = links.getByRole('button', { name: /^Answered by: Ballmer admits last year/ });
  await expect(answered).toBeVisible();
  await expect
    .poll(() => arrows(page))
    .toContainEqual({ from: KEYNOTE_2011, to: KEYNOTE_2010, kind: 'responds-to', strong: true });
  await t.expectAccessible();
  await answered.click();
  await expect(heading).toHaveText(/^Ballmer admits last year/);
});

test('"Show links" draws every link, changes the canvas, and is kept in the URL', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  const canvas = page.locator('canvas.timeline__marks-canvas');
  await expect.poll(() => arrows(page)).toEqual([]);
  const before = await canvas.screenshot();
  const toggle = page.getByRole('button', { name: 'Show links' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]links=1/);
  await expect.poll(async () => (await arrows(page)).length).toBeGreaterThan(10);
  expect((await canvas.screenshot()).equals(before)).toBe(false);
  // The key says what each line means in words, not only by its look.
  const legend = page.getByRole('list', { name: 'How links are drawn' });
  await expect(legend.getByRole('listitem')).toHaveText([
    'Responds to',
    'Follows up',
    'Reverses',
    'Leads to',
    'Echoes',
  ]);
  await t.expectAccessible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show links' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await arrows(page)).length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Show links' }).click();
  await expect.poll(() => arrows(page)).toEqual([]);
  await expect(page).not.toHaveURL(/links=1/);
});

test('a thread opened from the details is in the URL and lists the path in date order', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open(`?event=${KEYNOTE_2011}`);
  await page.getByRole('button', { name: 'Follow the thread' }).click();
  await expect(page).toHaveURL(new RegExp(`thread=${KEYNOTE_2011}`));
  const thread = page.getByRole('region', { name: /^Thread: Ballmer admits last year/ });
  await expect(thread.locator('#thread-heading')).toBeFocused();
  const steps = thread.getByRole('listitem');
  await expect(steps.nth(0).getByRole('button')).toHaveText(
    'Microsoft pilots running IT for Energizer and XL Capital',
  );
  await expect(thread.getByRole('button', { name: /^Ballmer admits last year/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await t.expectAccessible();
  await page.reload();
  await expect(page.getByRole('region', { name: /^Thread: / })).toBeVisible();
  await page.getByRole('button', { name: 'Close the thread' }).click();
  await expect(page).not.toHaveURL(/thread=/);
});

test('a thread becomes a tour in one click: a stop per step, its event selected, the link notes as notes', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open(`?thread=${KEYNOTE_2011}`);
  const thread = page.getByRole('region', { name: /^Thread: Ballmer admits last year/ });
  const titles = await thread.locator('.thread__title').allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  await thread.getByRole('button', { name: 'Present this thread as a tour' }).click();

  const progress = page.locator('.presenter__progress');
  await expect(progress).toHaveText(`1 / ${titles.length}`);
  await expect(page.locator('#presenter-stop-title')).toHaveText(titles[0]!);
  await t.expectAccessible();
  // The stop where the 2011 keynote looks back: its event is selected, and its notes say how
  // it answers the 2010 keynote, in the dataset's words.
  const at = titles.findIndex((x) => x.startsWith('Ballmer admits last year'));
  await page.keyboard.press('End');
  for (let i = titles.length - 1; i > at; i--) await page.keyboard.press('ArrowLeft');
  await expect(progress).toHaveText(`${at + 1} / ${titles.length}`);
  await expect(t.event(KEYNOTE_2011)).toHaveAttribute('aria-selected', 'true');
  // N shows the speaker notes (the control bar may have hidden itself by now).
  await page.keyboard.press('n');
  await expect(page.locator('#presenter-notes')).toContainText(
    'Responds to Ballmer to partners: move to the cloud with us or look elsewhere',
  );
  // It is kept among the reader's tours.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('button', { name: /^Present “Thread: Ballmer admits last year/ }),
  ).toBeVisible();
});
