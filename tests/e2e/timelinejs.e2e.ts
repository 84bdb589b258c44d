/**
 * TimelineJS files as their authors made them: the older TimelineJS 2 format, and TimelineJS3
 * media given as protocol-relative addresses and <iframe> embed codes. Each opens with the
 * right title and number of events, and its media are links (nothing is fetched from the
 * media's sites, no iframe runs).
 */
import { expect, test, type Page } from '@playwright/test';
import { recordForeignRequests, TimelinePage } from './timelinePage';

async function importFile(page: Page, path: string) {
  await page.getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)').setInputFiles(path);
}

async function openDetails(page: Page, title: string) {
  // The option's accessible name is "<date> – <title> (<theme>)".
  await page.getByRole('option', { name: ` – ${title} (` }).click();
  await expect(page.locator('#details-heading')).toHaveText(title);
}

test('a TimelineJS 2 file opens with its title, its events and its media as links', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const t = new TimelinePage(page);
  await t.open();
  await importFile(page, 'tests/fixtures/timelinejs2/course.json');
  await expect(t.heading()).toHaveText('A course in twelve weeks');
  await expect(page).toHaveTitle('A course in twelve weeks');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(t.events()).toHaveCount(6);
  // The iframe embed code became a link to its src, read as https.
  await openDetails(page, 'Week 2: reading');
  const link = page.getByRole('link', { name: /Open the media \(player\.vimeo\.com\)/ });
  await expect(link).toHaveAttribute('href', 'https://player.vimeo.com/video/34724990');
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(foreign).toEqual([]);
});

test('a TimelineJS3 file with protocol-relative and iframe media opens with every event', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const t = new TimelinePage(page);
  await t.open();
  await importFile(page, 'tests/fixtures/timelinejs-media/media-forms.json');
  await expect(t.heading()).toHaveText('Media in every form');
  await expect(page).toHaveTitle('Media in every form');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(t.events()).toHaveCount(4);
  const cases: [string, string, string][] = [
    [
      'A protocol-relative image',
      'upload.wikimedia.org',
      'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
    ],
    ['An embedded video', 'www.youtube.com', 'https://www.youtube.com/embed/yRvJylbSg7o'],
    ['A protocol-relative embed', 'player.vimeo.com', 'https://player.vimeo.com/video/34724990'],
  ];
  for (const [title, host, href] of cases) {
    await openDetails(page, title);
    await expect(
      page.getByRole('link', { name: `Open the media (${host})`, exact: false }),
    ).toHaveAttribute('href', href);
  }
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(foreign).toEqual([]);
  await t.expectAccessible();
});

test('a TimelineJS file’s eras are drawn as named spans over the chart and listed under the table', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await importFile(page, 'tests/fixtures/timelinejs/eras.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eras Test');
  // The canvas draws each era's name in the header strip (as the scene it painted says).
  await expect
    .poll(() =>
      page.evaluate(() => {
        type Painted = HTMLCanvasElement & { chartScene?: { bandLabels: { text: string }[] } };
        const c = document.querySelector<Painted>('canvas.timeline__marks-canvas');
        return (c?.chartScene?.bandLabels ?? []).map((l) => l.text);
      }),
    )
    .toEqual(expect.arrayContaining(['Era Test 600-650', 'Era Test 650-700']));
  await page.getByRole('tab', { name: 'Table' }).click();
  const eras = page.getByRole('table', { name: 'Eras of this timeline (3)' });
  await expect(eras.getByRole('row')).toHaveCount(4);
  await expect(eras.getByRole('row').nth(1)).toContainText('Era Test 600-650');
  await expect(eras.getByRole('row').nth(1)).toContainText('600');
  await t.expectAccessible();
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a slide’s background colour heads its details, with readable text, and the load notice leaves the chart toolbar clear', async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    await t.open();
    await importFile(page, 'tests/fixtures/timelinejs/cosmo.json');
    await expect(t.heading()).toHaveText('Cosmological Scale Timeline');
    // The "Loaded …" notice sits over the side panel, never over the toolbar's buttons.
    const notice = page.locator('.notices .import-status');
    await expect(notice).toContainText('Loaded cosmo.json');
    const reset = page.getByRole('button', { name: 'Reset zoom' });
    const [n, r] = await Promise.all([notice.boundingBox(), reset.boundingBox()]);
    expect(n!.x).toBeGreaterThanOrEqual(r!.x + r!.width);
    await reset.click();

    // The Big Bang slide's background is #F45B69 in the file: black text reads on it.
    await openDetails(page, 'The Big Bang');
    const header = page.locator('.details__header');
    await expect(header).toHaveCSS('background-color', 'rgb(244, 91, 105)');
    await expect(header.locator('h2')).toHaveCSS('color', 'rgb(0, 0, 0)');
    await t.expectAccessible();
    // A slide with no background keeps the panel's own look.
    await openDetails(page, 'The formation of the Solar System');
    await expect(page.locator('.details__header')).toHaveCSS(
      'background-color',
      'rgba(0, 0, 0, 0)',
    );
  });
});
