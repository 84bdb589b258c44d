import { expect, test } from '@playwright/test';
import { TimelinePage } from './timelinePage';

const KEYNOTE_2011 = 'wpc-2011-ballmer-keynote';

test('the Sources view shows each source’s standpoint in words', async ({ page }) => {
  await page.goto('/?view=sources');
  const talkin = page.locator('article[data-source-id="talkincloud-2011-07-12-cloud-momentum"]');
  await expect(talkin).toContainText(
    'StandpointJournalist on site: the text places the writer there',
  );
  await expect(talkin).toContainText('First-hand or repeatingFirst-hand');
  await expect(talkin).toContainText('there are 15,000 people here');
  const jeremy = page.locator('article[data-source-id="jeremy-lq-2007-07-16-hosting-partners"]');
  await expect(jeremy).toContainText('Repeats a source that is not in this dataset');
  // Where the seeds and the dossier are silent, it says so.
  const silent = page.locator('article[data-source-id="crn-2007-houston-wpc-2008"]');
  await expect(silent).toContainText('StandpointNot stated');
});

test('an event’s sources are grouped by standpoint, and regrouped from the keyboard', async ({
  page,
}) => {
  await page.goto(`/?view=sources&event=${KEYNOTE_2011}`);
  const checklist = page.getByRole('region', { name: 'Question an event’s sources' });
  const picker = checklist.getByRole('combobox', { name: 'Event' });
  await expect(picker).toHaveValue(KEYNOTE_2011);
  const headings = checklist.getByRole('heading', { level: 4 });
  await expect(headings.first()).toHaveText(/^Journalist on site/);
  await expect(
    checklist.locator('li[data-source-id="talkincloud-2011-07-12-cloud-momentum"]'),
  ).toContainText('How closeJournalist on site');

  // Keyboard only: the grouping is a radio group, the arrows move through it.
  const byWho = checklist.getByRole('radio', { name: 'Who wrote it' });
  await byWho.focus();
  await expect(byWho).toBeChecked();
  const outline = await byWho.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(checklist.getByRole('radio', { name: 'How long after' })).toBeChecked();
  await expect(headings.first()).toHaveText(/^Written while it happened or the same day/);
  await page.keyboard.press('ArrowRight');
  await expect(checklist.getByRole('radio', { name: 'First-hand or repeating' })).toBeChecked();
  await expect(headings.first()).toHaveText(/^First-hand \(\d+ sources?\)$/);

  // The event picker moves by keyboard too.
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker).not.toHaveValue(KEYNOTE_2011);

  await new TimelinePage(page).expectAccessible('.checklist');
});

test('the checklist speaks German', async ({ page }) => {
  await page.goto(`/?view=sources&event=${KEYNOTE_2011}&lang=de`);
  const checklist = page.getByRole('region', { name: 'Die Quellen eines Ereignisses befragen' });
  await expect(checklist.getByRole('heading', { level: 4 }).first()).toHaveText(
    /^Journalist vor Ort/,
  );
  await checklist.getByRole('radio', { name: 'Wie lange danach' }).check();
  await expect(checklist).toContainText('am selben Tag');
});
