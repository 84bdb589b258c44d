import { expect, test } from '@playwright/test';
import { TimelinePage } from './timelinePage';

/**
 * Readers see plain words (issue 18): the shipped details and quote cards name no dossier
 * numbers; the dataset authors' references wait, folded, under "Research notes".
 */
const RESEARCH = /dossier|seed \d{3}|\b[FMU]-(?:\d{4}-)?\d+\b/i;
const LABEL = 'Research notes (for the dataset’s authors)';

test('the event details say how a date is known in plain words; the references fold away', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open('?event=wpc-2006-dynamics-crm-live');
  const details = page.locator('section.details');
  await expect(details.locator('#details-heading')).toHaveText(
    'Hosted Dynamics CRM Live introduced on stage with Ballmer',
  );
  await expect(details.locator('.details__date-note')).toHaveText(
    'Network World dates the announcement to "Tuesday" of the conference week, i.e. 11 July 2006.',
  );
  const disclosure = details.locator('details.research-notes');
  const summary = disclosure.locator('summary');
  await expect(summary).toHaveText(LABEL);
  await expect(disclosure.getByText('F-2006-01')).toBeHidden();
  // Before it is opened, nothing a reader sees names the dossier.
  expect(await details.innerText()).not.toMatch(RESEARCH);

  // From the keyboard, with a visible focus.
  await summary.focus();
  expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(disclosure.getByRole('listitem')).toHaveText(['F-2006-05', 'F-2006-01']);
  await t.expectAccessible('section.details');
});

test('a Foley 2007 quote card reads plainly; its context holds the research notes', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open('?event=wpc-2007-microsoft-hosted-managed-services');
  const card = page.locator('article[data-quote-id="foley-2007-tightrope"]');
  await expect(card.locator('.quote-card__note').last()).toHaveText(
    "Note: Copied from the repost of a Mary Jo Foley blog post; Foley's original post (title, URL, exact date) was not found.",
  );
  expect(await card.innerText()).not.toMatch(RESEARCH);
  await card.getByRole('button', { name: 'Context' }).click();
  const summary = card.getByText(LABEL);
  await expect(summary).toBeVisible();
  await expect(card.getByText('U-03')).toBeHidden();
  await summary.click();
  await expect(card.getByText('U-03')).toBeVisible();
  await t.expectAccessible('article[data-quote-id="foley-2007-tightrope"]');
});
