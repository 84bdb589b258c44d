import { expect, test } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

// This test needs the service worker, whatever the project's default.
test.use({ serviceWorkers: 'allow' });

/** An event with quotes, to check that selecting still works offline. */
const quoted = (() => {
  const counts = new Map<string, number>();
  for (const q of wpc.quotes) counts.set(q.eventId, (counts.get(q.eventId) ?? 0) + 1);
  const [id, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { id, n };
})();

test('the app installs a service worker and works offline after one visit', async ({
  page,
  context,
}) => {
  const t = new TimelinePage(page);
  await t.open();

  // The page links its manifest, and the manifest names the app and its icons.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = (await (await page.request.get(manifestHref!)).json()) as {
    name: string;
    short_name: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBe('WPC cloud timeline');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
    expect.arrayContaining(['any any', '192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    expect((await page.request.get(`/${icon.src}`)).ok()).toBe(true);
  }

  // The worker is registered (from a module script: the CSP allows no inline script) and
  // active once everything is precached.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  // It controls pages loaded from now on.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect(t.events().first()).toBeVisible();

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(t.events().first()).toBeVisible();
    await expect(t.events()).toHaveCount(wpc.events.length);
    // A view from a link (navigation fallback) loads offline too, and selection works.
    await page.goto(`/?event=${quoted.id}`);
    await expect(t.event(quoted.id)).toHaveAttribute('aria-selected', 'true');
    await expect(t.quoteCards()).toHaveCount(quoted.n);
    // Selecting by clicking, from the whole view.
    await page.goto('/');
    await expect(t.quoteCards().first()).toBeVisible();
    await t.event(quoted.id).click();
    await expect(t.event(quoted.id)).toHaveAttribute('aria-selected', 'true');
    await expect(t.quoteCards()).toHaveCount(quoted.n);
    await expect(t.quoteCards().first()).toBeVisible();
    // Nothing went to the network (it is off): the dataset came from the cache. Asked of an
    // address nobody cached, not of navigator.onLine, which some Chromium versions (150) leave
    // true in a page loaded after the emulation began.
    const uncached = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.json`).then(
        (r) => `answered ${r.status}`,
        () => 'no network',
      ),
    );
    expect(uncached).toBe('no network');
  } finally {
    await context.setOffline(false);
  }
});
