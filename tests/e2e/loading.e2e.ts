import { readFileSync } from 'node:fs';
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
  await expect(page.getByText('Dataset loaded: Fixture: a small made-up timeline')).toBeVisible();
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
  await expect(alert.getByRole('link', { name: 'Open the built-in WPC timeline' })).toBeVisible();
});

test('a file that is not JSON says so', async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/datasets/bad.json',
    (route) => route.fulfill({ body: '{ not json', contentType: 'application/json' }),
  );
  await page.goto('/?data=/datasets/bad.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('datasets from another site are refused', async ({ page }) => {
  await page.goto('/?data=https://example.com/x.json');
  await expect(page.getByRole('alert')).toContainText('only datasets from this site');
});
