import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { TimelinePage } from './timelinePage';

test('the built page ships a strict Content-Security-Policy, and it blocks inline script', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const t = new TimelinePage(page);
  await t.open();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // The app itself runs under it without a single violation…
  expect(violations).toEqual([]);
  // …and an injected inline handler or script does not run.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __xss?: number };
    document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss = 1">');
    const s = document.createElement('script');
    s.textContent = 'window.__xss = 2';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 300));
    return w.__xss ?? 0;
  });
  expect(ran).toBe(0);
  expect(() => page.evaluate('eval("1+1")')).not.toThrow();
});

test('XSS payloads in an imported timeline are shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const t = new TimelinePage(page);
  await t.open();
  await page
    .getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)')
    .setInputFiles('tests/fixtures/bad/xss-timelinejs.json');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    'Microsoft’s partner channel moves to the cloud',
  );
  // Wait for the imported timeline itself, not the one it replaced.
  const xss = JSON.parse(readFileSync('tests/fixtures/bad/xss-timelinejs.json', 'utf8')) as {
    events: unknown[];
  };
  await expect(t.events()).toHaveCount(xss.events.length);
  const ids = await t
    .events()
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
  for (const id of ids.slice(0, 6)) {
    await t.event(id!).click();
    await expect(t.event(id!)).toHaveAttribute('aria-selected', 'true');
  }
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    scripts: document.querySelectorAll('main script').length,
    handlers: document.querySelectorAll('main [onerror], main [onclick], main [onload]').length,
    jsLinks: [...document.querySelectorAll('main a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
    remoteImages: [...document.querySelectorAll('main img')].length,
  }));
  expect(state).toEqual({ xss: null, scripts: 0, handlers: 0, jsLinks: 0, remoteImages: 0 });
  expect(dialogs).toBe(0);
  expect(readFileSync('tests/fixtures/bad/xss-timelinejs.json', 'utf8')).toContain('onerror');
});
