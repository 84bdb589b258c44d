import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { TimelinePage, wpc } from './timelinePage';

// The presenter's stage keys (issue 17, "Presenting like a pro"): black and white screen, jump,
// overview, help, QR code, laser pointer; the kiosk loop and the pacing timer on a fake clock.

interface RawStop {
  title: string;
  notes?: string;
  view: { eventId?: string; themes?: string[]; from?: string; to?: string };
}
interface RawTour {
  id: string;
  title: string;
  stops: RawStop[];
}
const tour = (wpc as unknown as { tours: RawTour[] }).tours[0]!;
const n = tour.stops.length;

const progress = (page: Page) => page.locator('.presenter__progress');
const said = (page: Page) => page.locator('.stage__say');

/** A fake clock, running as usual while the page loads (the app's loading uses timers). */
async function fakeClock(page: Page) {
  await page.clock.install({ time: Date.UTC(2026, 11, 3, 9, 0, 0) });
}
/** From now on the fake clock stands still: only runFor moves it. */
async function standStill(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 100);
}

async function present(page: Page, step = 1) {
  const t = new TimelinePage(page);
  await t.open(`?tour=${tour.id}&step=${step}`);
  await expect(progress(page)).toHaveText(`${step} / ${n}`);
  return t;
}

test('B and "." black the screen, W whitens it; any key or a click returns, and each is said', async ({
  page,
}) => {
  await present(page, 3);
  const blank = page.locator('.stage__blank');
  await page.keyboard.press('b');
  await expect(blank).toHaveAttribute('data-blank', 'black');
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(said(page)).toHaveText('The screen is black. Press any key or click to return.');
  // The slide under it cannot be read or reached.
  await expect(page.locator('.stage__slide')).toHaveAttribute('inert', '');
  // Any key returns, and does nothing else (PageDown does not move on).
  await page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expect(progress(page)).toHaveText(`3 / ${n}`);
  await expect(said(page)).toHaveText('Back to the slide.');

  await page.keyboard.press('.');
  await expect(blank).toHaveAttribute('data-blank', 'black');
  await blank.hover();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await blank.click();
  await expect(blank).toHaveCount(0);

  await page.keyboard.press('w');
  await expect(blank).toHaveAttribute('data-blank', 'white');
  await expect(blank).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(said(page)).toHaveText('The screen is white. Press any key or click to return.');
  await page.keyboard.press('x');
  await expect(blank).toHaveCount(0);
  await expect(page.locator('#presenter-stop-title')).toHaveText(tour.stops[2]!.title);
});

test('a typed number and Enter jump to that stop; G lists the stops', async ({ page }) => {
  await present(page);
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.locator('.stage__typed')).toContainText('Go to stop 12');
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(`12 / ${n}`);
  await expect(page.locator('#presenter-stop-title')).toHaveText(tour.stops[11]!.title);

  // A number the tour does not have: said, and the stage stays.
  await page.keyboard.press('9');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await expect(said(page)).toHaveText(`There is no stop 99; this tour has ${n}.`);
  await expect(progress(page)).toHaveText(`12 / ${n}`);
  // Esc first forgets a typed number (it does not open the overview).
  await page.keyboard.press('4');
  await page.keyboard.press('Escape');
  await expect(page.locator('.stage__typed')).toHaveCount(0);
  await expect(page.locator('.stage-overview')).toHaveCount(0);

  await page.keyboard.press('g');
  const list = page.getByRole('listbox', { name: 'Stops' });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveCount(n);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(progress(page)).toHaveText(`3 / ${n}`);
  // A click on a listed stop goes there too.
  await page.keyboard.press('g');
  await page.getByRole('option', { name: tour.stops[6]!.title }).click();
  await expect(progress(page)).toHaveText(`7 / ${n}`);
});

test('Esc opens the overview of all stops: arrows move, Enter opens, a second Esc leaves', async ({
  page,
}) => {
  const t = await present(page, 2);
  await page.keyboard.press('Escape');
  const overview = page.locator('.stage-overview');
  await expect(overview.getByRole('heading', { name: 'All stops' })).toBeVisible();
  const stops = overview.locator('.stage-overview__stop');
  await expect(stops).toHaveCount(n);
  await expect(said(page)).toContainText(String(n));
  // Focus starts on the stop on screen; every thumbnail is drawn.
  await expect(stops.nth(1)).toBeFocused();
  await expect(stops.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(overview.locator('img[src^="data:"], img[src^="blob:"]')).toHaveCount(n);
  await t.expectAccessible();

  await page.keyboard.press('ArrowRight');
  await expect(stops.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const columns = await overview
    .locator('.stage-overview__grid')
    .evaluate((g) => getComputedStyle(g).gridTemplateColumns.split(' ').length);
  expect(columns).toBeGreaterThan(1);
  await expect(stops.nth(Math.min(n - 1, 2 + columns))).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expect(progress(page)).toHaveText(`4 / ${n}`);
  await expect(page.locator('#presenter-stop-title')).toHaveText(tour.stops[3]!.title);

  // O opens it too; Esc there leaves the presentation.
  await page.keyboard.press('o');
  await expect(stops).toHaveCount(n);
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter')).toHaveCount(0);
  expect(page.url()).not.toContain('tour=');
});

test('? lists every key of the stage, screen by screen, and passes axe', async ({ page }) => {
  const t = await present(page);
  await t.expectAccessible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help).toBeVisible();
  for (const caption of [
    'On the slide',
    'In the overview',
    'On a black or white screen',
    'In the list of stops',
    'In this list of keys',
  ])
    await expect(help.locator('caption', { hasText: caption })).toBeVisible();
  const slide = help.locator('table', {
    has: page.locator('caption', { hasText: 'On the slide' }),
  });
  for (const [keys, action] of [
    [['B', '.'], 'Black screen'],
    [['W'], 'White screen'],
    [['G'], 'Choose a stop from a list'],
    [['O', 'Esc'], 'Overview of all stops'],
    [['Q'], 'QR code of this stop’s link, on or off'],
    [['L'], 'Laser pointer, on or off'],
    [['?'], 'This list of keys, on or off'],
    [['0–9'], 'Type a stop’s number…'],
  ] as const) {
    const row = slide.locator('tr', { hasText: action });
    await expect(row).toHaveCount(1);
    await expect(row.locator('kbd')).toHaveText([...keys]);
  }
  await t.expectAccessible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(progress(page)).toHaveText(`1 / ${n}`);
});

test('at 1280×720 every key of the help fits on the screen, with nothing to scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await present(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help).toBeVisible();
  const fit = await help.evaluate((d) => ({ scroll: d.scrollHeight, client: d.clientHeight }));
  expect(fit.scroll).toBeLessThanOrEqual(fit.client);
  const box = (await help.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  const rows = help.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(20);
  for (const row of await rows.all()) await expect(row).toBeInViewport({ ratio: 1 });
});

test('Q shows a QR code that decodes to the stop’s link, which opens that view', async ({
  page,
}) => {
  const at = tour.stops.findIndex((s) => s.view.eventId);
  expect(at).toBeGreaterThanOrEqual(0);
  const stop = tour.stops[at]!;
  const t = await present(page, at + 1);
  await page.keyboard.press('q');
  const code = page.getByRole('img', { name: 'QR code of the link to this view' });
  await expect(code).toBeVisible();
  await expect(said(page)).toHaveText('QR code of this stop’s link shown.');
  const shown = (await page.locator('.stage-qr__url').textContent()) ?? '';

  // Rasterise the SVG as a phone's camera would see it, and decode it.
  const pixels = await code.evaluate(async (svg) => {
    const scale = 6;
    const box = (svg as SVGSVGElement).viewBox.baseVal;
    const w = box.width * scale;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = w;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, w, w);
    return { w, data: Array.from(ctx.getImageData(0, 0, w, w).data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.w);
  expect(decoded).not.toBeNull();
  const url = decoded!.data;
  expect(url).toBe(shown);
  expect(url.startsWith('http://127.0.0.1:')).toBe(true);
  expect(url).toContain(`event=${stop.view.eventId!}`);
  // The audience gets the view to explore, not the presenter's stage.
  expect(url).not.toContain('tour=');
  expect(url).not.toContain('kiosk');
  await t.expectAccessible();

  await page.keyboard.press('q');
  await expect(code).toHaveCount(0);
  // The phone opens the same view.
  const phone = new TimelinePage(await page.context().newPage());
  await phone.page.goto(url);
  await expect(phone.event(stop.view.eventId!)).toHaveAttribute('aria-selected', 'true');
  await expect(phone.page.locator('.presenter')).toHaveCount(0);
});

test('L turns on a large laser dot that follows the mouse', async ({ page }) => {
  await present(page);
  const dot = page.locator('.stage__laser');
  await page.keyboard.press('l');
  await expect(said(page)).toHaveText('Laser pointer on: it follows the mouse.');
  for (const [x, y] of [
    [400, 300],
    [1000, 640],
  ] as const) {
    await page.mouse.move(x, y, { steps: 3 });
    await expect
      .poll(async () => {
        const b = await dot.boundingBox();
        return b ? Math.round(Math.hypot(b.x + b.width / 2 - x, b.y + b.height / 2 - y)) : -1;
      })
      .toBeLessThanOrEqual(2);
  }
  const box = (await dot.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(28);
  // High contrast: a red dot with a light and a dark ring, seen on any slide.
  await expect(dot).toHaveCSS('background-color', 'rgb(255, 26, 26)');
  // The dot is never in the way of a click.
  await expect(dot).toHaveCSS('pointer-events', 'none');
  await page.keyboard.press('l');
  await expect(dot).toHaveCount(0);
  await expect(said(page)).toHaveText('Laser pointer off.');
});

test('kiosk=1 advances by itself on each stop’s time, loops, pauses on the mouse and resumes', async ({
  page,
}) => {
  await fakeClock(page);
  await new TimelinePage(page).open(`?tour=${tour.id}&kiosk=1`);
  await expect(progress(page)).toHaveText(`1 / ${n}`);
  const ring = page.locator('.stage__kiosk');
  await expect(ring).toContainText('Runs by itself');
  await standStill(page);

  // A key is someone at the booth: it moves to the last stop, and the loop pauses there.
  await page.keyboard.press('End');
  await expect(progress(page)).toHaveText(`${n} / ${n}`);
  await expect(ring).toHaveAttribute('data-paused', 'true');
  await expect(ring).toContainText('Paused');
  await page.clock.runFor(29_000);
  await expect(ring).toHaveAttribute('data-paused', 'true');
  // Quiet for 30 s: it runs again, the stop's 20 s (the default: no planned time) from then.
  await page.clock.runFor(2_000);
  await expect(ring).toHaveAttribute('data-paused', 'false');
  await expect(ring).toContainText('Runs by itself');
  await page.clock.runFor(18_500);
  await expect(progress(page)).toHaveText(`${n} / ${n}`);
  // After the last stop, the first; the loop replaces the history entry.
  await page.clock.runFor(1_000);
  await expect(progress(page)).toHaveText(`1 / ${n}`);
  expect(page.url()).not.toContain('step=');
  await page.clock.runFor(20_000);
  await expect(progress(page)).toHaveText(`2 / ${n}`);

  // Someone moves the mouse 10 s into stop 2: paused, then resumed with the 10 s left.
  await page.clock.runFor(10_000);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await expect(ring).toHaveAttribute('data-paused', 'true');
  await page.clock.runFor(29_000);
  await expect(progress(page)).toHaveText(`2 / ${n}`);
  await page.clock.runFor(2_000);
  await expect(ring).toHaveAttribute('data-paused', 'false');
  await page.clock.runFor(8_000);
  await expect(progress(page)).toHaveText(`2 / ${n}`);
  await page.clock.runFor(1_500);
  await expect(progress(page)).toHaveText(`3 / ${n}`);
});

test('the speaker’s pacing timer counts down each stop’s plan, turns amber then red', async ({
  page,
}) => {
  await fakeClock(page);
  const planned = [60, 30, 45];
  const timed = {
    id: 'timed-briefing',
    title: 'Timed briefing',
    stops: tour.stops.slice(0, 3).map((s, i) => ({ ...s, durationSeconds: planned[i] })),
  };
  const packed = Buffer.from(JSON.stringify(timed)).toString('base64url');
  await page.goto(`/?tourdata=${packed}`);
  await expect(progress(page)).toHaveText('1 / 3');
  await standStill(page);
  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const stopRow = speaker.locator('[data-pace="stop"]');
  const talkRow = speaker.locator('[data-pace="talk"]');
  // The second window loads on the same (standing) clock: let it run until the timer shows,
  // then start the talk from this moment.
  await expect
    .poll(async () => {
      await page.clock.runFor(50);
      return stopRow.count();
    })
    .toBe(1);
  await speaker.getByRole('button', { name: 'Restart the timer' }).click();
  await expect(stopRow).toContainText('1:00 left');
  await expect(stopRow).toContainText('of 1:00 planned');
  await expect(stopRow).toHaveAttribute('data-status', 'onTime');
  await expect(stopRow).toContainText('On time');
  await expect(talkRow).toContainText('2:15 left');

  // The second window redraws once a second, at its own phase: it may read up to 1 s behind.
  await page.clock.runFor(50_000);
  await expect(stopRow).toContainText(/0:1[01] left/);
  await expect(stopRow).toHaveAttribute('data-status', 'nearly');
  await expect(stopRow).toContainText('Nearly out of time');
  const amber = await stopRow.evaluate((el) => getComputedStyle(el).color);
  await page.clock.runFor(15_000);
  await expect(stopRow).toContainText(/Over by 0:0[45]/);
  await expect(stopRow).toHaveAttribute('data-status', 'over');
  await expect(stopRow).toContainText('Over time');
  const red = await stopRow.evaluate((el) => getComputedStyle(el).color);
  expect(red).not.toBe(amber);
  await expect(talkRow).toContainText(/1:1[01] left/);
  await expect(talkRow).toHaveAttribute('data-status', 'onTime');
  await expect(speaker.locator('.speaker__timer')).toHaveText(/01:0[45]/);

  // The next stop has its own plan; the talk's clock runs on.
  await page.keyboard.press('PageDown');
  await expect(
    speaker.getByRole('heading', { name: `Now: ${tour.stops[1]!.title}` }),
  ).toBeVisible();
  await expect(stopRow).toContainText('0:30 left');
  await expect(stopRow).toHaveAttribute('data-status', 'onTime');
  await page.clock.runFor(3_000);
  await expect(talkRow).toContainText(/1:0[78] left/);

  // Restart: the talk starts again from now.
  await speaker.getByRole('button', { name: 'Restart the timer' }).click();
  await expect(talkRow).toContainText('2:15 left');
  await expect(speaker.locator('.speaker__timer')).toHaveText('00:00');
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`a stop with every theme at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    test('every lane fits the slide whole, and each lane counts what has no row', async ({
      page,
    }) => {
      await present(page, 1);
      const lanes = await page.evaluate(() => {
        type Lane = { key: string | null; bottom: number };
        type Text = { text: string; y: number };
        type Painted = HTMLCanvasElement & {
          chartScene?: {
            lanes: (Lane & { label: Text })[];
            density: { lane: string | null; label: Text | null }[];
          };
        };
        const canvas = document.querySelector<Painted>(
          '.timeline--stage canvas.timeline__marks-canvas',
        );
        const scene = canvas?.chartScene;
        const frame = canvas?.getBoundingClientRect().height ?? 0;
        const counts = (scene?.density ?? []).filter((d) => d.label !== null);
        return {
          total: scene?.lanes.length ?? 0,
          whole: (scene?.lanes ?? []).filter((l) => l.bottom <= frame).length,
          counted: new Set(counts.map((d) => d.lane)).size,
          // Each count sits on its lane's header line, after the lane's name.
          countsOnHeader: counts.every((d) =>
            scene?.lanes.some((l) => l.key === d.lane && l.label.y === d.label?.y),
          ),
          countText: counts[0]?.label?.text ?? '',
        };
      });
      // Eight themes, all on the slide (two whole lanes before the lanes were fitted, five
      // before the crowded lanes folded their counts into their headers).
      expect(lanes.total).toBe(8);
      expect(lanes.whole).toBe(8);
      expect(lanes.counted).toBeGreaterThanOrEqual(4);
      expect(lanes.countsOnHeader).toBe(true);
      expect(lanes.countText).toMatch(/^\+\d+ more here/);
    });
  });
}
