import { expect, test } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

type RawEvent = (typeof wpc.events)[number] & { conference?: string; kind?: string };

test('the mood band’s totals match the quote cards it opens, by keyboard', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open();
  const bar = page.getByRole('button', { name: /^WPC 2008: \d+ quotes?/ });
  const label = (await bar.getAttribute('aria-label'))!;
  const total = Number(/: (\d+) quote/.exec(label)![1]);
  expect(total).toBeGreaterThan(0);
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Quotes: WPC 2008/ })).toBeVisible();
  await expect(t.quoteCards()).toHaveCount(total);
  // The per-stance counts add up to the total.
  const counts = [...label.matchAll(/(\d+) (reassuring|warning|critical|momentum|neutral)/gi)].map(
    (m) => Number(m[1]),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  // Who speaks: Microsoft executives only.
  await page.getByLabel('Speakers').selectOption({ label: 'Microsoft executives' });
  expect(page.url()).toContain('speakers=microsoft');
  await t.expectAccessible();
});

test('comparing 2008 with 2011 lists the themes the data says are new and gone, from a link', async ({
  page,
}) => {
  await page.goto('/?view=compare&compare=2008~2011');
  const changes = page.getByRole('region', { name: 'What changed' });
  await expect(changes).toBeVisible();
  // Expected from the data itself: themes of events held at each conference.
  const themesAt = (conf: string) =>
    new Set(
      (wpc.events as RawEvent[])
        .filter((e) => e.conference === conf && e.kind !== 'conference')
        .flatMap((e) => e.themes),
    );
  const a = themesAt('WPC 2008');
  const b = themesAt('WPC 2011');
  const label = (id: string) => wpc.themes.find((x) => x.id === id)!.label;
  const fresh = [...b].filter((x) => !a.has(x)).map(label);
  const gone = [...a].filter((x) => !b.has(x)).map(label);
  expect(fresh.length + gone.length).toBeGreaterThan(0);
  for (const l of fresh) await expect(changes).toContainText(l);
  for (const l of gone) await expect(changes).toContainText(l);
  await expect(page.getByRole('heading', { name: /WPC 2008/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /WPC 2011/ }).first()).toBeVisible();
  await new TimelinePage(page).expectAccessible();
});

test('the people view lists speakers and filters by person; theme arcs follow a theme', async ({
  page,
}) => {
  await page.goto('/?view=people');
  await page
    .getByRole('button', { name: /Show quotes/ })
    .first()
    .click();
  expect(page.url()).toContain('person=');
  await new TimelinePage(page).expectAccessible();
  const t = new TimelinePage(page);
  await t.open();
  const follow = page.getByRole('button', { name: /Follow this theme/ }).first();
  await follow.click();
  const checked = await page.locator('.theme-filter input[type=checkbox]:checked').count();
  expect(checked).toBe(1);
});
