import { expect, test, type Page } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

/**
 * The app shell as a reader first meets it: the chart is the first screen at every laptop
 * and desktop size, the phone starts with the list of events, and the presenter's stage is a
 * slide that reads from the back of a room.
 */

interface RawTour {
  id: string;
  title: string;
  stops: { title: string; view: { eventId?: string } }[];
}
const tour = (wpc as unknown as { tours: RawTour[] }).tours[0]!;

/** How much of the viewport a box covers, and where it starts. */
async function coverage(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return { top: r.top, share: (w * h) / (innerWidth * innerHeight), vh: innerHeight };
  }, selector);
}

/** Event marks (accessible options or list items) lying inside the first viewport. */
async function marksOnScreen(page: Page) {
  return page.evaluate(() => {
    let n = 0;
    for (const el of document.querySelectorAll('[data-event-id]')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      if (r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth) n++;
    }
    return n;
  });
}

const LAPTOPS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

for (const size of LAPTOPS) {
  test.describe(`first screen at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test('the chart comes first and fills the screen, with a quote beside it', async ({ page }) => {
      const t = new TimelinePage(page);
      await t.open();
      const plot = await coverage(page, '.timeline__canvas');
      expect(plot).not.toBeNull();
      expect(plot!.top).toBeLessThan(plot!.vh / 3);
      expect(plot!.share).toBeGreaterThanOrEqual(0.45);
      // The chart's toolbar (span, help, toggles, zoom) is one row above the plot.
      const oneRow = await page.evaluate(() => {
        const boxes = [
          ...document.querySelectorAll('.timeline__toolbar > :not(.visually-hidden)'),
        ].map((k) => k.getBoundingClientRect());
        // One row: every item starts above the point where the first one to end ends.
        const firstEnd = Math.min(...boxes.map((b) => b.bottom));
        return boxes.length > 3 && boxes.every((b) => b.top < firstEnd);
      });
      expect(oneRow).toBe(true);
      expect(await marksOnScreen(page)).toBeGreaterThanOrEqual(10);
      // A quote card is visible without scrolling.
      const card = t.quoteCards().first();
      await expect(card).toBeInViewport();
      // Selecting an event never scrolls the page away from the chart.
      const id = wpc.quotes[0]!.eventId;
      await t.event(id).click();
      await expect(page.locator('#details-heading')).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The theme chips wrap to at most two lines.
      const lines = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('.theme-filter__list > li')]
          .map((li) => li.getBoundingClientRect().top)
          .sort((a, b) => a - b);
        // A new line starts where a chip sits more than half a chip lower than the one before.
        return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 12).length;
      });
      expect(lines).toBeLessThanOrEqual(2);
    });
  });
}

test('a link to an event opens the side panel at its details, not at its quotes', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  const id = wpc.quotes[0]!.eventId;
  await t.open(`?event=${id}`);
  await expect(t.quoteCards().first()).toBeAttached();
  // After every card has rendered, the panel still starts at the top: the details are seen.
  await page.waitForTimeout(300);
  await expect(page.locator('#details-heading')).toBeInViewport();
  expect(await page.locator('.side-panel__scroll').evaluate((el) => el.scrollTop)).toBe(0);
});

test.describe('first screen on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the title and a menu share one line, and the list of events starts on screen', async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    await t.open();
    const bar = await page.locator('.appbar').boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
    expect(await marksOnScreen(page)).toBeGreaterThanOrEqual(5);
    // The list has the room: at least four events are whole inside it, on the first screen
    // (the mood band starts folded on a phone).
    const whole = await page.evaluate(() => {
      const list = document.querySelector('.timeline__list')!.getBoundingClientRect();
      const bottom = Math.min(list.bottom, innerHeight);
      return [...document.querySelectorAll('.timeline__list [data-event-id]')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= list.top && r.bottom <= bottom;
      }).length;
    });
    expect(whole).toBeGreaterThanOrEqual(4);
    // The chips scroll sideways instead of stacking.
    const chipRows = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('.theme-chip')].map((c) =>
            Math.round(c.getBoundingClientRect().top),
          ),
        ).size,
    );
    expect(chipRows).toBe(1);
    // Details open as a full-height sheet, with a way back that keeps the reader's place.
    const item = page.locator('.timeline__list [data-event-id]').nth(3);
    const id = (await item.getAttribute('data-event-id'))!;
    await item.click();
    const sheet = page.locator('.side-panel--selected');
    await expect(sheet).toBeVisible();
    const box = await sheet.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(840);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect(sheet).toHaveCount(0);
    await expect(page.locator(`.timeline__list [data-event-id="${id}"]`)).toBeFocused();
    await t.expectAccessible();
  });
});

/** Every visible text's font size, in px (text in the DOM; the canvas is checked by its size). */
async function smallestText(page: Page) {
  return page.evaluate(() => {
    let min = Infinity;
    let where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement;
      if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      // Screen-reader-only text (clipped to a pixel, itself or by an ancestor) is not seen.
      if (r.width <= 1 || r.height <= 1) continue;
      let clipped = false;
      for (let a: Element | null = el; a && !clipped; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        if (
          getComputedStyle(a).getPropertyValue('clip') !== 'auto' &&
          box.width <= 1 &&
          box.height <= 1
        )
          clipped = true;
      }
      if (clipped) continue;
      if (r.bottom < 0 || r.top > innerHeight) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) {
        min = size;
        where = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${n.textContent.trim().slice(0, 30)}”`;
      }
    }
    return { min, where };
  });
}

async function expectSlide(page: Page, stopTitle: string) {
  // The document does not scroll.
  const scroll = await page.evaluate(() => ({
    y: window.scrollY,
    height: document.documentElement.scrollHeight,
    vh: innerHeight,
  }));
  expect(scroll.y).toBe(0);
  expect(scroll.height).toBeLessThanOrEqual(scroll.vh);
  // The stop's title is large.
  const title = page.locator('#presenter-stop-title');
  await expect(title).toHaveText(stopTitle);
  await expect(title).toBeInViewport();
  const titlePx = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titlePx).toBeGreaterThanOrEqual(scroll.vh * 0.05);
  // The chart covers at least 40 % of the viewport.
  const plot = await coverage(page, '.stage__chart');
  expect(plot!.share).toBeGreaterThanOrEqual(0.4);
  // No language, colour or zoom controls on the stage.
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`presenter stage at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('started from the Present menu after scrolling to the bottom, it is a slide', async ({
      page,
    }) => {
      const t = new TimelinePage(page);
      await t.open();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await t.choose('Present', tour.title);
      await expect(page.locator('.presenter__progress')).toHaveText(`1 / ${tour.stops.length}`);
      await expectSlide(page, tour.stops[0]!.title);
      if (size.height === 720) {
        const { min, where } = await smallestText(page);
        expect(min, where).toBeGreaterThanOrEqual(16);
      }
      await t.expectAccessible();
    });

    test('opened from a link, it is the same slide, and its controls hide and come back', async ({
      page,
    }) => {
      const t = new TimelinePage(page);
      await page.goto(`/?tour=${tour.id}&step=4`);
      await expect(page.locator('.presenter__progress')).toHaveText(`4 / ${tour.stops.length}`);
      await expectSlide(page, tour.stops[3]!.title);
      // The README's picture of the stage, once the controls have stepped aside.
      if (size.width === 1920) {
        await expect(page.getByRole('toolbar', { name: 'Presentation' })).toHaveCSS(
          'opacity',
          '0',
          {
            timeout: 5000,
          },
        );
        await page.screenshot({ path: 'tests/e2e/screenshots/presenter-stage.png' });
      }
      if (size.height === 720) {
        const { min, where } = await smallestText(page);
        expect(min, where).toBeGreaterThanOrEqual(16);
      }
      const bar = page.getByRole('toolbar', { name: 'Presentation' });
      await expect(bar).toHaveAttribute('data-idle', 'true', { timeout: 5000 });
      await expect(bar).toHaveCSS('opacity', '0');
      await page.mouse.move(size.width / 2, size.height / 2);
      await page.mouse.move(size.width / 2 + 20, size.height / 2 + 10);
      await expect(bar).toHaveAttribute('data-idle', 'false');
      await expect(bar).toHaveCSS('opacity', '1');
      // Keyboard focus brings it back too.
      await expect(bar).toHaveAttribute('data-idle', 'true', { timeout: 5000 });
      await page.keyboard.press('Tab');
      await expect(bar).toHaveCSS('opacity', '1');
      await t.expectAccessible();
    });
  });
}

test('axe-core: no serious or critical violations in the default, selected, filtered and dark states', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const t = new TimelinePage(page);
  await t.open();
  await t.expectAccessible();
  await t.event(wpc.quotes[0]!.eventId).click();
  await t.expectAccessible();
  await t.themeToggle(wpc.themes[0]!.label).uncheck();
  await t.expectAccessible();
  await t.setColours('Dark');
  await t.expectAccessible();
  await t.setColours('Follow the system');
});

test('a TimelineJS file owns the page: its title is the h1 and the document title', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await page
    .getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)')
    .setInputFiles('tests/fixtures/timelinejs/eras.json');
  await expect(t.heading()).toHaveText('Eras Test');
  await expect(page).toHaveTitle('Eras Test');
  // The WPC introduction belongs to the WPC dataset alone.
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog');
  await expect(about).toContainText('Events in the 7th century');
  await expect(about).not.toContainText('Worldwide Partner Conference');
});
