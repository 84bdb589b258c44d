/**
 * Pictures from a dataset's media: nothing is requested from another site until the reader
 * agrees (once per dataset), then the pictures load with their alt text; the answer is
 * remembered, and withdrawing it takes them away. The photo sites are answered by a local PNG.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { recordForeignRequests, TimelinePage } from './timelinePage';

const FIXTURE = 'tests/fixtures/timelinejs-media/pictures.json';
const PNG = readFileSync('public/pwa-192x192.png');
const PHOTO_SITES = ['https://upload.wikimedia.org/**', 'https://farm8.staticflickr.com/**'];

async function openPictures(page: Page) {
  const t = new TimelinePage(page);
  await t.open();
  await page.getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)').setInputFiles(FIXTURE);
  await expect(t.heading()).toHaveText('Pictures from two sites');
  await expect(t.events()).toHaveCount(3);
  return t;
}

async function select(page: Page, title: string) {
  await page.getByRole('option', { name: ` – ${title} (` }).click();
  await expect(page.locator('#details-heading')).toHaveText(title);
}

/** The picture in the details panel has arrived and been decoded. */
async function expectLoaded(page: Page, alt: string) {
  const img = page.locator('.details').getByRole('img', { name: alt, exact: true });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(192);
}

test('pictures from other sites load only after the reader agrees, and go when withdrawn', async ({
  page,
  baseURL,
}) => {
  const served: string[] = [];
  for (const site of PHOTO_SITES) {
    await page.route(site, (route) => {
      served.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
  }
  const foreign = recordForeignRequests(page, baseURL!);
  const t = await openPictures(page);
  await select(page, 'A photograph from Wikimedia');

  // Before consent: the question names both sites, nothing is shown or requested.
  const prompt = page.getByRole('group', {
    name: 'This timeline shows images from upload.wikimedia.org and farm8.staticflickr.com. Show them?',
  });
  await expect(prompt).toBeVisible();
  await expect(page.locator('.details img')).toHaveCount(0);
  await expect(page.getByText('The example picture — Example credit')).toBeVisible();
  await t.expectAccessible();
  await select(page, 'A photograph from Flickr');
  await expect(prompt).toBeVisible();
  expect(foreign).toEqual([]);

  // Yes: the pictures load, with their alt text.
  await prompt.getByRole('button', { name: 'Show images' }).click();
  await expect(prompt).toHaveCount(0);
  await expectLoaded(page, 'Another grey square');
  await select(page, 'A photograph from Wikimedia');
  await expectLoaded(page, 'A grey square that stands in for a photograph');
  expect(served).toEqual([
    'https://farm8.staticflickr.com/7001/6800000000_0000000000_b.jpg',
    'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
  ]);
  // Only pictures: no page, no iframe, nothing else from another site.
  expect(foreign.sort()).toEqual([...served].sort());
  await expect(page.locator('iframe')).toHaveCount(0);
  await t.expectAccessible();

  // Remembered for this dataset: the same file opened again shows them without asking.
  await page.reload();
  await openPictures(page);
  await select(page, 'A photograph from Wikimedia');
  await expectLoaded(page, 'A grey square that stands in for a photograph');
  await expect(prompt).toHaveCount(0);

  // Withdrawn: the pictures go, and no other is requested.
  await page.getByRole('button', { name: 'Stop showing images' }).click();
  await expect(page.locator('.details img')).toHaveCount(0);
  await expect(
    page.getByText('Images from upload.wikimedia.org and farm8.staticflickr.com are not shown.'),
  ).toBeVisible();
  const before = foreign.length;
  await select(page, 'A photograph from Flickr');
  await expect(page.getByRole('link', { name: /Open the media \(farm8/ })).toBeVisible();
  await expect(page.locator('.details img')).toHaveCount(0);
  expect(foreign.length).toBe(before);
  await t.expectAccessible();
});
