import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { TimelinePage } from './timelinePage';

const mini = readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8');

test('?data= loads another dataset of the same schema from this site', async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/datasets/mini.json',
    (route) => route.fulfill({ body: mini, contentType: 'application/json' }),
  );
  const t = new TimelinePage(page);
  await t.open('?data=/datasets/mini.json');
  await expect(t.events()).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: a small made-up timeline for tests',
  );
  await expect(page).toHaveTitle('Fixture: a small made-up timeline for tests');
  await expect(page.getByRole('checkbox', { name: 'Beta theme', exact: true })).toBeVisible();
});

test('a broken dataset shows every problem with its path, and a retry', async ({ page }) => {
  const broken = JSON.parse(mini) as {
    events: Record<string, unknown>[];
    quotes: Record<string, unknown>[];
  };
  broken.events[1]!.start = '2001-02-31';
  broken.quotes[0]!.eventId = 'nowhere';
  let calls = 0;
  await page.route(
    (u) => u.pathname === '/datasets/broken.json',
    (route) => {
      calls++;
      return route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' });
    },
  );
  await page.goto('/?data=/datasets/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('events[1] (id "e1").start');
  await expect(alert).toContainText('February 2001 has no day 31');
  await expect(alert).toContainText('quotes[0] (id "q1").eventId');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => calls).toBe(2);
  await alert.getByRole('button', { name: 'Open the built-in WPC timeline' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  expect(page.url()).not.toContain('data=');
});

test('a file that is not JSON says so', async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/datasets/bad.json',
    (route) => route.fulfill({ body: '{ not json', contentType: 'application/json' }),
  );
  await page.goto('/?data=/datasets/bad.json');
  await expect(page.getByRole('alert')).toContainText('line 1, column 3: not JSON');
});

// A real second origin (another port), so the browser's own CORS rules apply.
let other: Server;
let otherOrigin = '';
let fetched = 0;
test.beforeAll(async () => {
  other = createServer((req, res) => {
    fetched++;
    const allowed = req.url === '/open.json';
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(allowed ? { 'access-control-allow-origin': '*' } : {}),
    });
    res.end(mini);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  other.close();
});

test('a dataset from another site loads only after the reader agrees, and only with CORS', async ({
  page,
}) => {
  fetched = 0;
  await page.goto(`/?data=${otherOrigin}/open.json`);
  const dialog = page.getByRole('alertdialog', { name: 'Load a timeline from another site?' });
  await expect(dialog).toContainText(otherOrigin.replace('http://', ''));
  expect(fetched).toBe(0); // nothing is fetched before consent
  await dialog.getByRole('button', { name: 'Load it' }).click();
  await expect(page.locator('[data-event-id]')).toHaveCount(6);

  // A server that does not allow CORS: refused by the browser, said plainly.
  await page.goto(`/?data=${otherOrigin}/closed.json`);
  await page.getByRole('button', { name: 'Load it' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'may not allow loading its files from here (CORS)',
  );

  // Declining opens the WPC timeline instead.
  await page.goto(`/?data=${otherOrigin}/open.json`);
  await page.getByRole('button', { name: 'Open the WPC timeline instead' }).click();
  await expect(page.getByText('Worldwide Partner Conference, 2007–2011')).toBeVisible();
});
