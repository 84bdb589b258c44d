import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { buildIframeSnippet } from '../../src/features/embed/embedCode';
import { TimelinePage, wpc } from './timelinePage';

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? '4173'}`;

// The event with the most quotes, and one theme it belongs to.
const quoteCount = new Map<string, number>();
for (const q of wpc.quotes) quoteCount.set(q.eventId, (quoteCount.get(q.eventId) ?? 0) + 1);
const [busiest] = [...quoteCount.entries()].sort((a, b) => b[1] - a[1])[0]!;
const busiestEvent = wpc.events.find((e) => e.id === busiest)!;
const theme = wpc.themes.find((t) => t.id === busiestEvent.themes[0])!;
const otherTheme = wpc.themes.find((t) => t.id !== theme.id)!;

/**
 * A host page on another origin (another port): the snippet the Embed dialog gives for
 * auto-size (the iframe and its listener), in a container `w` px wide, plus a recorder of
 * every message it receives. `/?src=<embed URL>&w=<px>`.
 */
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://host.invalid');
    const src = u.searchParams.get('src') ?? `${APP}/?embed=1`;
    const width = Number(u.searchParams.get('w') ?? '900');
    const snippet = buildIframeSnippet({
      src,
      title: 'WPC timeline (embedded)',
      width: { kind: 'responsive' },
      height: { kind: 'auto' },
    });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A partner's blog</title></head>
<body style="margin:0">
<main>
<h1>A partner's blog post</h1>
<script>
  window.received = [];
  window.addEventListener('message', function (event) {
    window.received.push({ origin: event.origin, data: event.data });
  });
</script>
<div id="box" style="width:${width}px">
${snippet}
</div>
</main>
</body>
</html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  host.close();
});

interface Received {
  origin: string;
  data: { type?: unknown; version?: unknown; height?: unknown; id?: unknown };
}

function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}

async function heightMessages(page: Page) {
  return (await received(page)).filter((m) => m.data.type === 'wpc-timeline:height');
}

async function openHost(page: Page, embedQuery: string, width = 900): Promise<FrameLocator> {
  const src = `${APP}/?${embedQuery}`;
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}&w=${width}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-event-id]').first()).toBeAttached();
  return frame;
}

/** The iframe's height on the host page, and the embed's content height inside it. */
async function heights(page: Page) {
  const iframe = await page.locator('iframe').elementHandle();
  const inner = await iframe.contentFrame();
  const inside = await inner!.evaluate(() => ({
    content: document.querySelector('.embed-page')!.getBoundingClientRect().height,
    scroll: document.scrollingElement!.scrollHeight,
  }));
  const frameHeight = await page.locator('iframe').evaluate((el) => el.clientHeight);
  return { ...inside, frameHeight };
}

async function expectAccessible(builder: AxeBuilder) {
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

test('the embed renders inside a cross-origin iframe, without the app chrome', async ({ page }) => {
  const frame = await openHost(page, `embed=1&event=${busiest}`);
  await expect(frame.locator(`[data-event-id="${busiest}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(frame.getByRole('checkbox', { name: theme.label, exact: true })).toBeVisible();
  await expect(frame.locator('article[data-quote-id]')).toHaveCount(quoteCount.get(busiest)!);
  await expect(frame.getByRole('link', { name: /Open full view/ })).toBeVisible();
  // None of the full app's chrome.
  await expect(frame.locator('header.appbar')).toHaveCount(0);
  await expect(frame.getByRole('tablist', { name: 'Views' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Share & export' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Open', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /Present/ })).toHaveCount(0);
  await expect(frame.getByRole('searchbox')).toHaveCount(0);
  await expect(frame.locator('footer')).toHaveCount(0);
  // The embed's own window, not the host's, carries its state.
  expect(page.url()).toContain(hostOrigin);
});

test('the host receives height messages and sizes the iframe to the content', async ({ page }) => {
  const frame = await openHost(page, 'embed=1&embedid=blog-1');
  await expect.poll(async () => (await heightMessages(page)).length).toBeGreaterThan(0);
  const first = (await heightMessages(page)).at(-1)!;
  expect(first.origin).toBe(APP);
  expect(Object.keys(first.data).sort()).toEqual(['height', 'id', 'type', 'version']);
  expect(first.data).toMatchObject({ type: 'wpc-timeline:height', version: 1, id: 'blog-1' });
  expect(Number.isInteger(first.data.height)).toBe(true);

  // The iframe follows the latest message, which matches the content (no inner scrollbar).
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.frameHeight - h.content);
    })
    .toBeLessThanOrEqual(2);
  const before = await heights(page);
  // Nothing below the content: the embed's document does not scroll inside the frame.
  expect(before.scroll).toBeLessThanOrEqual(before.frameHeight + 1);
  const sent = (await heightMessages(page)).length;

  // Fewer quote cards once an event is selected: a new, smaller height is sent and applied.
  const historyLength = await page.evaluate(() => history.length);
  await frame.locator('article[data-quote-id] blockquote').first().click();
  await expect(frame.locator('[data-event-id][aria-selected="true"]')).toHaveCount(1);
  // The embed replaces its own history entry: the host's Back button is not captured.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect.poll(async () => (await heightMessages(page)).length).toBeGreaterThan(sent);
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.frameHeight - h.content) <= 2 && h.frameHeight !== before.frameHeight;
    })
    .toBe(true);
  const last = (await heightMessages(page)).at(-1)!;
  expect(last.data.height).toBe((await heights(page)).frameHeight);

  // Consecutive messages never repeat a height.
  const all = (await heightMessages(page)).map((m) => m.data.height);
  for (let i = 1; i < all.length; i++) expect(all[i]).not.toBe(all[i - 1]);
});

test('"Open full view" opens the same view in the full app, in a new tab', async ({
  page,
  context,
}) => {
  const query = `embed=1&embedid=x&themes=${theme.id}~${otherTheme.id}&event=${busiest}`;
  const frame = await openHost(page, query);
  const link = frame.getByRole('link', { name: /Open full view/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const href = await link.getAttribute('href');
  const url = new URL(href!);
  expect(url.origin).toBe(APP);
  expect(url.searchParams.has('embed')).toBe(false);
  expect(url.searchParams.has('embedid')).toBe(false);
  expect(url.searchParams.get('event')).toBe(busiest);
  expect(url.searchParams.get('themes')!.split('~').sort()).toEqual(
    [theme.id, otherTheme.id].sort(),
  );

  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  await expect(full.locator(`[data-event-id="${busiest}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(full.locator('header.appbar')).toBeVisible();
  await expect(full.getByRole('tablist', { name: 'Views' })).toBeVisible();
  const third = wpc.themes.find((t) => t.id !== theme.id && t.id !== otherTheme.id);
  if (third) {
    await expect(full.getByRole('checkbox', { name: third.label, exact: true })).not.toBeChecked();
  }
  await expect(full.getByRole('checkbox', { name: theme.label, exact: true })).toBeChecked();
  expect(new URL(full.url()).searchParams.has('embed')).toBe(false);
});

test('the embed is accessible, on its own and inside the host page', async ({ page }) => {
  test.setTimeout(60_000); // two full axe runs on a shared machine
  await page.goto(`/?embed=1&event=${busiest}`);
  await expect(page.locator('article[data-quote-id]').first()).toBeVisible();
  await expectAccessible(new AxeBuilder({ page }));

  await openHost(page, `embed=1&event=${busiest}`);
  // Axe follows the cross-origin frame.
  await expectAccessible(new AxeBuilder({ page }));
});

test('the embed fits a 320-pixel frame without horizontal scrolling', async ({ page }) => {
  const frame = await openHost(page, 'embed=1', 320);
  await expect(frame.locator('.timeline__list')).toBeVisible();
  await expect(frame.locator('article[data-quote-id]').first()).toBeVisible();
  const iframe = await page.locator('iframe').elementHandle();
  const inner = (await iframe.contentFrame())!;
  const size = await inner.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(size.client).toBeLessThanOrEqual(320);
  expect(size.scroll).toBeLessThanOrEqual(320);
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.frameHeight - h.content);
    })
    .toBeLessThanOrEqual(2);
});

test('the Embed dialog gives the code for the current view, with a live preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/?event=${busiest}`);
  await expect(page.locator(`[data-event-id="${busiest}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const button = page.getByRole('button', { name: 'Share & export' });
  await new TimelinePage(page).choose('Share & export', 'Embed…');
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();

  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;event=/);
  await expect(code).toHaveValue(new RegExp(`event=${busiest}"`));
  await expect(code).toHaveValue(/ height="720" style="width:100%;border:0" loading="lazy">/);

  await dialog.getByRole('group', { name: 'Width' }).getByRole('radio', { name: 'Fixed' }).check();
  await dialog.getByRole('spinbutton', { name: 'Width in pixels' }).fill('640');
  await expect(code).toHaveValue(/ width="640" height="720" style="max-width:100%;border:0"/);
  await dialog.getByRole('radio', { name: /Auto-size/ }).check();
  await expect(code).toHaveValue(/<script>[\s\S]*wpc-timeline:height[\s\S]*<\/script>$/);
  await dialog.getByRole('spinbutton', { name: 'Height in pixels' }).fill('500');
  await expect(code).toHaveValue(/ height="500" /);
  await expect(code).not.toHaveValue(/<script>/);

  // The preview is the embed itself, showing the same selection.
  const preview = page.frameLocator('iframe[title="Preview of the embedded timeline"]');
  await expect(preview.locator(`[data-event-id="${busiest}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(preview.locator('article[data-quote-id]').first()).toBeVisible();

  await expectAccessible(new AxeBuilder({ page }));

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});
