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
