import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TimelinePage } from './timelinePage';

const KEYNOTE_2011 = 'wpc-2011-ballmer-keynote';
const NOTE = 'Answers the 2010 bet. My reading: https://example.org/reading';

test.use({ viewport: { width: 1440, height: 900 } });

/** The ids of the marks the canvas last painted with a note glyph, and of all its marks. */
function paintedMarks(page: Page): Promise<{ noted: string[]; all: string[] }> {
  return page.evaluate(() => {
    type Mark = { id: string; noted?: boolean };
    type Painted = HTMLCanvasElement & { chartScene?: { marks: Mark[] } };
    const marks =
      document.querySelector<Painted>('canvas.timeline__marks-canvas')?.chartScene?.marks ?? [];
    return { noted: marks.filter((m) => m.noted).map((m) => m.id), all: marks.map((m) => m.id) };
  });
}

/** Opens the 2011 keynote and saves a note on it (by mouse). */
async function openWithNote(page: Page, text: string) {
  const t = new TimelinePage(page);
  await t.open(`?event=${KEYNOTE_2011}`);
  const details = page.locator('.details');
  await details.getByRole('button', { name: 'Add a note' }).click();
  await page.getByLabel('My note on this event (kept only in this browser)').fill(text);
  await details.getByRole('button', { name: 'Save note' }).click();
  return { t, details };
}

test('a note is written by keyboard, survives a reload, is marked, filters, exports and imports into a fresh browser', async ({
  page,
  browser,
}) => {
  const t = new TimelinePage(page);
  await t.open(`?event=${KEYNOTE_2011}`);
  const details = page.locator('.details');
  await details.getByRole('button', { name: 'Add a note' }).click();
  const field = page.getByLabel('My note on this event (kept only in this browser)');
  await expect(field).toBeFocused();
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('button', { name: 'Edit note' })).toBeFocused();

  await page.reload();
  await expect(details.getByText('Answers the 2010 bet.')).toBeVisible();
  // Its address is a link (a new tab), the rest stays text.
  await expect(
    details.getByRole('link', { name: /^https:\/\/example\.org\/reading/ }),
  ).toHaveAttribute('href', 'https://example.org/reading');
  await t.expectAccessible();

  // The CSV carries the note only when asked: "Download CSV with my notes".
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    t.choose('Share & export', /^Download CSV with my notes/),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/,my note$/);
  const row = csv.split('\r\n').find((l) => l.startsWith(`event,${KEYNOTE_2011},`));
  expect(row?.endsWith(`,${NOTE}`)).toBe(true);

  // The printed handout leaves the note out unless asked: "Print handout with my notes".
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.emulateMedia({ media: 'print' });
  await expect(details.getByText('Answers the 2010 bet.')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await t.choose('Share & export', 'Print handout with my notes');
  await page.emulateMedia({ media: 'print' });
  await expect(details.getByText('Answers the 2010 bet.')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(details.getByText('Answers the 2010 bet.')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // "Only my notes": the noted event alone on the chart, with its note glyph; kept in the URL.
  await page.getByRole('button', { name: 'Only my notes' }).click();
  await expect(page).toHaveURL(/notes=1/);
  await expect
    .poll(() => paintedMarks(page))
    .toEqual({ noted: [KEYNOTE_2011], all: [KEYNOTE_2011] });
  // The table follows the same choice: the noted event is its only row.
  await page.getByRole('tab', { name: 'Table' }).click();
  const rows = page.locator('table tbody tr[data-row-event-id]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-event-id', KEYNOTE_2011);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Only my notes' }).click();
  await expect.poll(async () => (await paintedMarks(page)).all.length).toBeGreaterThan(10);

  // The list opens the event; export writes a file.
  await page.getByRole('button', { name: 'My notes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'My notes' });
  await expect(dialog.getByText('1 note on this timeline')).toBeVisible();
  await t.expectAccessible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export my notes' }).click(),
  ]);
  const file = test.info().outputPath('notes.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { notes: { text: string }[] };
  expect(exported.notes.map((n) => n.text)).toEqual([NOTE]);
  await dialog.getByRole('button', { name: /^Ballmer admits last year/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(t.event(KEYNOTE_2011)).toHaveAttribute('aria-selected', 'true');

  // A fresh browser profile has no notes until the file is imported.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await fresh.newPage();
  const t2 = new TimelinePage(other);
  await t2.open(`?event=${KEYNOTE_2011}`);
  await expect(other.locator('.details').getByRole('button', { name: 'Add a note' })).toBeVisible();
  await other.getByRole('button', { name: 'My notes…' }).click();
  const dialog2 = other.getByRole('dialog', { name: 'My notes' });
  await expect(dialog2.getByText('0 notes on this timeline')).toBeVisible();
  await other.getByLabel('Notes file to import').setInputFiles(file);
  await expect(dialog2.getByRole('status')).toHaveText(
    'Imported: 1 new, 0 updated, 0 already here.',
  );
  await dialog2.getByRole('button', { name: 'Close' }).click();
  await expect(other.locator('.details').getByText('Answers the 2010 bet.')).toBeVisible();
  await fresh.close();
});

test('a corrupt notes store is reported and set aside; the app and the good notes still work', async ({
  page,
}) => {
  const { t, details } = await openWithNote(page, 'Still here');
  await expect(details.getByText('Still here')).toBeVisible();

  // Junk in the store, as a broken extension or a bad copy might leave it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('wpc-timeline.notes', 1);
        r.onerror = () => reject(new Error('open failed'));
        r.onsuccess = () => {
          const tx = r.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').put({ key: 'junk', garbage: [1, 2, 3] });
          tx.objectStore('notes').put({ key: 'half', format: 1, dataset: 'x' });
          tx.oncomplete = () => {
            r.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('2 of your notes could not be read');
  await expect(alert).toContainText('What failed:');
  await expect(alert).toContainText('"junk" (no note format)');
  await expect(details.getByText('Still here')).toBeVisible();
  await t.expectAccessible();
  // The app still works: another event can be selected and noted.
  await details.getByRole('button', { name: /^Responds to: Ballmer to partners/ }).click();
  await expect(t.event('wpc-2010-ballmer-all-in-keynote')).toHaveAttribute('aria-selected', 'true');
  await details.getByRole('button', { name: 'Add a note' }).click();
  await page.getByLabel('My note on this event (kept only in this browser)').fill('Second');
  await details.getByRole('button', { name: 'Save note' }).click();
  await expect(details.getByText('Second')).toBeVisible();

  // Set aside, not deleted: the junk is kept in the "unreadable" store, and the next visit is clean.
  const aside = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const r = indexedDB.open('wpc-timeline.notes', 1);
        r.onsuccess = () => {
          const q = r.result.transaction('unreadable').objectStore('unreadable').count();
          q.onsuccess = () => {
            r.result.close();
            resolve(q.result);
          };
        };
      }),
  );
  expect(aside).toBe(2);
  await page.reload();
  await expect(details.getByText('Second')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the list of events marks the event a note is on, in words beside the glyph', async ({
    page,
  }) => {
    const { t } = await openWithNote(page, 'Scary, he says');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    const item = page.locator(`.timeline__list [data-event-id="${KEYNOTE_2011}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText('My note');
    // Only that one is marked.
    await expect(page.locator('.timeline__list .timeline__item-note')).toHaveCount(1);
    await t.expectAccessible();
  });
});
