import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { TimelinePage, wpc } from './timelinePage';
import { SCHEMA_VERSION } from '../../src/domain/schemaVersion';

async function importFile(page: Page, path: string) {
  await page.getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)').setInputFiles(path);
}

/** Drops a file on the page the way a browser does: dragenter, dragover, drop. */
async function dropFile(page: Page, path: string, name: string) {
  // The file's exact bytes (some bad files are deliberately not UTF-8).
  const base64 = readFileSync(path).toString('base64');
  await page.evaluate(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
      }
    },
    { base64, name },
  );
}

const WPC_HEADING = 'Microsoft’s partner channel moves to the cloud';

// Expected counts, read from the example files (see tests/fixtures/*/README.md).
const EXAMPLES = [
  { file: 'tests/fixtures/timelinejs/marktwain.json', events: 17, quotes: 0 },
  { file: 'tests/fixtures/timelinejs/welcome.json', events: 17, quotes: 1 },
  { file: 'tests/fixtures/timelinejs/eras.json', events: 20, quotes: 0 },
  { file: 'tests/fixtures/csv/women_in_computing.csv', events: 10, quotes: 1 },
  { file: 'tests/fixtures/csv/my-own-timeline.csv', events: 10, quotes: 1 },
];

for (const ex of EXAMPLES) {
  test(`imports ${ex.file.split('/').pop()}: its events and quote cards appear`, async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    await t.open();
    await importFile(page, ex.file);
    // The loaded timeline owns the page: its title is the h1 and the document title.
    await expect(t.heading()).not.toHaveText(WPC_HEADING);
    await expect(page).toHaveTitle((await t.heading().textContent()) ?? '');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(t.events()).toHaveCount(ex.events);
    await expect(t.quoteCards()).toHaveCount(ex.quotes);
    // One click back to the WPC story.
    await new TimelinePage(page).choose('Open', 'Back to the WPC timeline');
    await expect(t.events()).toHaveCount(wpc.events.length);
  });
}

test('a generated 100,000-event TimelineJS file (about 30 MB) loads by file input', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'timeline-big-'));
  const path = join(dir, 'big-100000.json');
  const events = Array.from({ length: 100_000 }, (_, i) => ({
    start_date: { year: String(1990 + (i % 30)), month: String((i % 12) + 1) },
    text: { headline: `Event ${i}`, text: `Synthetic event ${i}. ${'x'.repeat(200)}` },
    group: `Group ${i % 6}`,
  }));
  writeFileSync(path, JSON.stringify({ title: { text: { headline: 'A big file' } }, events }));
  try {
    const t = new TimelinePage(page);
    await t.open();
    await importFile(page, path);
    await expect(page.locator('.import-status[role=status]')).toContainText(
      'Loaded big-100000.json.',
      {
        timeout: 150_000,
      },
    );
    await expect(t.heading()).toHaveText('A big file');
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad file is reported in full and the timeline on screen stays as it was', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open('?themes=all-in&from=2009-06-01&to=2011-09-01');
  const before = await t.events().count();
  const span = await t.visibleSpan();
  await dropFile(page, 'tests/fixtures/bad/dangling-references.json', 'dangling-references.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('dangling-references.json was not loaded');
  await expect(alert).toContainText('The timeline on screen is unchanged');
  await expect(alert).toContainText(/is not defined in/);
  await expect(t.events()).toHaveCount(before);
  expect(await t.visibleSpan()).toBe(span);
  await expect(t.themeToggle(wpc.themes.find((x) => x.id === 'all-in')!.label)).toBeChecked();
  await t.expectAccessible();

  // Another: not JSON at all, with where the parser stopped.
  await importFile(page, 'tests/fixtures/bad/not-json.txt');
  await expect(page.getByRole('alert')).toContainText(/line \d+, column \d+/);
  await expect(t.events()).toHaveCount(before);
});

test('a CSV saved by Excel with semicolons (as German Excel writes it) loads like the comma one', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  const rows = Papa.parse<string[]>(
    readFileSync('tests/fixtures/csv/women_in_computing.csv', 'utf8'),
  ).data;
  const dir = mkdtempSync(join(tmpdir(), 'semicolons-'));
  const path = join(dir, 'women_in_computing-excel.csv');
  // Excel's "CSV UTF-8": a byte order mark, CRLF line ends, semicolons between fields.
  writeFileSync(path, '\ufeff' + Papa.unparse(rows, { delimiter: ';', newline: '\r\n' }));
  try {
    await importFile(page, path);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(t.events()).toHaveCount(10);
    await expect(t.quoteCards()).toHaveCount(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pasted text loads too, and the loaded timeline downloads as JSON that loads again', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open();
  await t.choose('Open', 'Paste…');
  await page
    .getByLabel('Paste JSON or CSV')
    .fill(readFileSync('tests/fixtures/csv/women_in_computing.csv', 'utf8'));
  await page.getByRole('button', { name: 'Load pasted text' }).click();
  await expect(t.events()).toHaveCount(10);

  const download = page.waitForEvent('download');
  await t.choose('Share & export', 'Download this timeline (JSON)');
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    schemaVersion: number;
    events: unknown[];
  };
  expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
  expect(exported.events).toHaveLength(10);

  await t.choose('Open', 'Back to the WPC timeline');
  await expect(t.events()).toHaveCount(wpc.events.length);
  await importFile(page, file);
  await expect(t.events()).toHaveCount(10);
});

// Every file of the bad-file corpus, dropped on the page. Two load with warnings (a
// duplicate TimelineJS id is renamed; script URLs are dropped); every other one is refused
// with a report, and the WPC timeline stays exactly as it was.
const LOADS_WITH_WARNINGS = new Set(['duplicate-unique-ids.json', 'xss-timelinejs.json']);
const BAD_FILES = readdirSync('tests/fixtures/bad').filter((f) => f !== 'README.md');

test('every bad file is reported and never replaces the timeline on screen', async ({ page }) => {
  test.setTimeout(180_000);
  const t = new TimelinePage(page);
  await t.open();
  expect(BAD_FILES.length).toBeGreaterThanOrEqual(20);
  for (const name of BAD_FILES) {
    if (LOADS_WITH_WARNINGS.has(name)) continue;
    await dropFile(page, `tests/fixtures/bad/${name}`, name);
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not loaded` });
    await expect(alert, name).toBeVisible();
    await expect(alert, name).toContainText(/Error/);
    await expect(t.events(), name).toHaveCount(wpc.events.length);
    await expect(page.getByText('Worldwide Partner Conference, 2007–2011')).toBeVisible();
  }
});
