/**
 * A live sheet offline: a `?data=` CSV that loaded once is shown from the copy kept in the
 * browser when it can no longer be fetched, saying when it was saved and why, with "Try again";
 * another address gets the normal error. A sheet on another site keeps its consent rule.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { TimelinePage } from './timelinePage';

const csv = readFileSync(new URL('../fixtures/csv/my-own-timeline.csv', import.meta.url), 'utf8');
const EVENTS = 10;

type Sheet = 'up' | 'offline' | 'error';

/** Serves /sheets/live.csv as this site would, or fails as the network or server would. */
async function serveSheet(page: Page) {
  const state = { sheet: 'up' as Sheet, requests: 0 };
  await page.route(
    (u) => u.pathname.startsWith('/sheets/'),
    (route) => {
      state.requests++;
      if (state.sheet === 'offline') return route.abort('internetdisconnected');
      if (state.sheet === 'error' || !route.request().url().endsWith('/sheets/live.csv')) {
        return route.fulfill({ status: 503, body: 'Service Unavailable' });
      }
      return route.fulfill({ body: csv, contentType: 'text/csv' });
    },
  );
  return state;
}

test('fetch, go offline, reload: the saved copy is shown with its age, and Try again', async ({
  page,
}) => {
  const sheet = await serveSheet(page);
  const t = new TimelinePage(page);
  await t.open('?data=/sheets/live.csv');
  await expect(t.events()).toHaveCount(EVENTS);
  const status = page.locator('.snapshot-status');
  await expect(status).toHaveCount(0);

  sheet.sheet = 'offline';
  await page.reload();
  await expect(t.events()).toHaveCount(EVENTS);
  await expect(status).toHaveRole('status');
  await expect(status).toContainText(
    /^Showing the copy saved on .+, .+ \((this minute|1 minute ago)\): /,
  );
  await expect(status).toContainText(
    /\/sheets\/live\.csv could not be loaded \(the request failed \(.+\)\)\./,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await t.expectAccessible('.snapshot-status');

  // The server answers again, with an error: still the copy, with the new reason.
  sheet.sheet = 'error';
  const before = sheet.requests;
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => sheet.requests).toBe(before + 1);
  await expect(status).toContainText(
    'could not be loaded (the server answered 503 Service Unavailable).',
  );

  // Back up: Try again shows the live file, and the status line goes.
  sheet.sheet = 'up';
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveCount(0);
  await expect(t.events()).toHaveCount(EVENTS);
});

test('the status line is in German in German', async ({ page }) => {
  const sheet = await serveSheet(page);
  const t = new TimelinePage(page);
  await t.open('?data=/sheets/live.csv');
  await t.setLanguage('Deutsch');
  sheet.sheet = 'offline';
  await page.reload();
  await expect(page.locator('.snapshot-status')).toContainText(
    /^Angezeigt wird die am \d+\. \p{L}+ \d{4}, \d\d:\d\d gespeicherte Kopie \(.+\): .+\/sheets\/live\.csv konnte nicht geladen werden/u,
  );
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
});

test('another address never gets that copy: the normal error page', async ({ page }) => {
  const sheet = await serveSheet(page);
  const t = new TimelinePage(page);
  await t.open('?data=/sheets/live.csv');
  sheet.sheet = 'offline';
  await page.goto('/?data=/sheets/other.csv');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(page.locator('.snapshot-status')).toHaveCount(0);
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
});

// A real second origin, so CORS and the consent rule apply as for a published Google Sheet.
let other: Server;
let otherOrigin = '';
let otherUp = true;
test.beforeAll(async () => {
  other = createServer((_req, res) => {
    if (!otherUp) {
      res.writeHead(500, { 'access-control-allow-origin': '*' });
      res.end('down');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
    res.end(csv);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  other.close();
});

test("another site's sheet: its copy is shown only after the reader agrees again", async ({
  page,
}) => {
  otherUp = true;
  const address = `/?data=${otherOrigin}/pub?output=csv`;
  await page.goto(address);
  await page.getByRole('button', { name: 'Load it' }).click();
  await expect(page.locator('[data-event-id]')).toHaveCount(EVENTS);

  otherUp = false;
  await page.goto(address);
  const dialog = page.getByRole('alertdialog', { name: 'Load a timeline from another site?' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
  await expect(page.locator('.snapshot-status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Load it' }).click();
  await expect(page.locator('[data-event-id]')).toHaveCount(EVENTS);
  await expect(page.locator('.snapshot-status')).toContainText(
    'could not be loaded (the server answered 500',
  );
});
