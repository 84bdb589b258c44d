import { expect, test, type Page } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

/** The citation lines of the Sources view ("APA 7 citation: …"), once formatted. */
async function sourceCitations(page: Page): Promise<string[]> {
  const lines = page.locator('.source-entry__citation');
  await expect(lines.first()).not.toContainText('Loading');
  return lines.allTextContents();
}

test('the style picker changes every visible citation, and the choice survives a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?view=sources');
  const picker = page.getByRole('combobox', { name: 'Citation style' }).first();
  await expect(picker).toHaveValue('apa');
  const apa = await sourceCitations(page);
  expect(apa.length).toBeGreaterThan(0);
  expect(apa.every((t) => t.startsWith('APA 7 citation: '))).toBe(true);

  await picker.selectOption({ label: 'IEEE' });
  await expect(page.locator('.source-entry__citation').first()).toContainText('IEEE citation: [1]');
  const ieee = await sourceCitations(page);
  expect(ieee).toHaveLength(apa.length);
  ieee.forEach((t, i) => {
    expect(t).toMatch(/^IEEE citation: \[1\] /);
    expect(t.slice('IEEE citation: '.length)).not.toBe(apa[i]!.slice('APA 7 citation: '.length));
  });

  // A Cite panel in the Sources view shows the same style, beside BibTeX.
  const entry = page.locator('.source-entry').first();
  await entry.getByRole('button', { name: 'Cite this source' }).click();
  await expect(entry.getByRole('group', { name: 'IEEE' })).toBeVisible();
  await expect(entry.getByRole('group', { name: 'BibTeX' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Citation style' }).first()).toHaveValue('ieee');
  expect(await sourceCitations(page)).toEqual(ieee);

  // The event details' Cite panel follows the same choice.
  const events = wpc.events as unknown as { id: string; sources: string[] }[];
  const event = events.find((e) => e.sources.length > 1)!;
  await page.goto(`/?event=${encodeURIComponent(event.id)}`);
  const cite = page.getByRole('button', { name: 'Cite this event' });
  await cite.click();
  const row = page.getByRole('group', { name: 'IEEE' });
  await expect(row).toBeVisible();
  await expect(row.locator('.cite__entry').first()).toHaveText(/^\[1\] /);
  await expect(row.locator('.cite__entry')).toHaveCount(event.sources.length);
  // axe-core over the open Cite panel with its style picker (each whole view is checked by
  // students.e2e.ts; axe over the long Sources view takes minutes on 2 cores).
  await new TimelinePage(page).expectAccessible('.details__cite');
});

test('"Cite this view" names the exact link, the data\'s version and today, and the link reopens the view', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const events = wpc.events as unknown as { id: string; title: string; sources: string[] }[];
  const event = events.find((e) => e.sources.length > 0)!;
  const t = new TimelinePage(page);
  await page.goto(`/?view=table&event=${encodeURIComponent(event.id)}`);
  await expect(page.getByRole('table', { name: /events/ })).toBeVisible();
  await t.choose('Share & export', 'Cite this view…');
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  const url = (await dialog.locator('.cite-view__url').textContent())!;
  expect(new URL(url).searchParams.get('event')).toBe(event.id);
  expect(new URL(url).searchParams.get('view')).toBe('table');
  const text = dialog.locator('.cite-view__text');
  // APA by default: the dataset's title, its version, the retrieval date and the link.
  await expect(text).toContainText('(Version SHA-256 ');
  await expect(text).toContainText(`from ${url}`);
  const today = await page.evaluate(() => {
    const d = new Date();
    return d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  });
  await expect(text).toContainText(`Retrieved ${today}`);
  const version = (await text.textContent())!.match(/SHA-256 [0-9a-f]{12}/)![0];

  // The same picker: Chicago note, then copy.
  await dialog
    .getByRole('combobox', { name: 'Citation style' })
    .selectOption({ label: 'Chicago note' });
  await expect(text).toContainText(`version ${version}`);
  await new TimelinePage(page).expectAccessible('dialog');
  await dialog.getByRole('button', { name: 'Copy Chicago note citation' }).click();
  await expect(dialog.getByRole('status')).toContainText('Chicago note citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(url);
  expect(copied).toContain(version);

  // The footnote's link reopens what the reader saw.
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('table', { name: /events/ })).toBeVisible();
  await expect(other.locator(`[data-row-event-id="${event.id}"]`)).toHaveClass(/is-selected/);
  await expect(other.locator('#details-heading')).toHaveText(event.title);
});
