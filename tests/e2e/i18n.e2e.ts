import { expect, test, type Page } from '@playwright/test';
import { TimelinePage, wpc } from './timelinePage';

// The browser's languages say English, so the app starts in English unless told otherwise.
test.use({ locale: 'en-US' });

/**
 * Strings that are the same in English and German on purpose: names, formats, symbols, and
 * words German borrows. Anything else that does not change is a missing translation.
 */
const SAME_IN_BOTH = [
  /^WPC( \d{4})?$/,
  /^(PNG|SVG|CSV|JSON|BibTeX|RIS|APA 7|MLA 9)$/,
  /^(English|Deutsch)$/,
  /^(Neutral|Keynote|Link|Person|Zoom)$/,
  /^Q[1-4] \d{4}$/,
  // Dates whose month is spelt the same in both languages ("September 2012").
  /^\(?(\d{1,2}\.? )?(April|August|September|November) \d{4}\)?$/,
  // Web addresses written out (a source's link).
  /^[a-z]+:\/\/\S+$/,
  // A letter of the glossary index.
  /^[A-Z#]$/,
];

/** Digits, punctuation and symbols only (counts, years, "4 / 14", "↕", "•"). */
const NO_WORDS = /^[^\p{L}]*$/u;

function isExempt(s: string): boolean {
  return NO_WORDS.test(s) || SAME_IN_BOTH.some((re) => re.test(s));
}

/**
 * Every interface string on the page: visible text (screen-reader-only text included),
 * aria-labels, placeholders and titles. Dataset content is left out: it sits inside an
 * element that carries its own `lang` (the dataset's language).
 */
async function interfaceStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const isContent = (el: Element | null) => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        if (e.hasAttribute('lang')) return true;
      }
      return false;
    };
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) &&
      !el.closest('[hidden], script, style, noscript, template');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = norm(n.textContent ?? '');
      if (!parent || text === '' || isContent(parent) || !shown(parent)) continue;
      out.add(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (isContent(el) || !shown(el)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const v = norm(el.getAttribute(attr) ?? '');
        if (v !== '') out.add(v);
      }
    }
    return [...out];
  });
}

function expectEveryStringTranslated(en: readonly string[], de: readonly string[]) {
  const german = new Set(de);
  const untranslated = en.filter((s) => !isExempt(s) && german.has(s));
  expect(untranslated, 'interface strings left in English').toEqual([]);
  // The pages really had something to compare.
  expect(en.filter((s) => !isExempt(s)).length).toBeGreaterThan(20);
}

const quotesPerEvent = new Map<string, number>();
for (const q of wpc.quotes) quotesPerEvent.set(q.eventId, (quotesPerEvent.get(q.eventId) ?? 0) + 1);
const busiest = [...quotesPerEvent.entries()].sort((a, b) => b[1] - a[1])[0]![0];

test('the language switcher translates every interface string, and the choice is kept', async ({
  page,
}) => {
  const t = new TimelinePage(page);
  await t.open(`?event=${busiest}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const english = await interfaceStrings(page);

  await t.choose('Settings', 'Deutsch', 'menuitemradio');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The page is translated in place: the menu stays open, now in German, and keeps focus.
  const deutsch = page
    .getByRole('menu', { name: 'Einstellungen' })
    .getByRole('menuitemradio', { name: 'Deutsch' });
  await expect(deutsch).toHaveAttribute('aria-checked', 'true');
  await expect(deutsch).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Einstellungen', exact: true })).toBeFocused();
  await expect(t.events().first()).toBeVisible();
  await expect(page.locator('#details-heading')).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=de(&|$)/);
  // The selection survived the switch.
  await expect(page).toHaveURL(new RegExp(`[?&]event=${busiest}`));
  const german = await interfaceStrings(page);
  expectEveryStringTranslated(english, german);
  // Dataset content keeps its language, marked for screen readers.
  await expect(page.locator('#details-heading')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article[data-quote-id] blockquote').first()).toHaveAttribute(
    'lang',
    'en',
  );

  // Without the param, the stored choice wins over the browser's English.
  await page.goto('/');
  await expect(t.events().first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Zeitleiste', exact: true })).toBeVisible();
  // And the URL beats the stored choice.
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
});

for (const view of ['table', 'sources', 'glossary', 'compare', 'people']) {
  test(`the ${view} view has no interface string left untranslated`, async ({ page }) => {
    const open = async (lang: string) => {
      await page.goto(`/?view=${view}&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.view-nav [aria-selected="true"]')).toBeVisible();
      return interfaceStrings(page);
    };
    const english = await open('en');
    const german = await open('de');
    expectEveryStringTranslated(english, german);
  });
}

test('axis ticks follow the language: month names and date order', async ({ page }) => {
  const t = new TimelinePage(page);
  await t.open('?from=2008-01-01&to=2008-12-31&lang=en');
  const english = await t.tickLabels();
  expect(english.some((l) => /^(Mar|Apr|May|Jul|Oct|Dec)$/.test(l))).toBe(true);

  await t.setLanguage('Deutsch');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect.poll(() => t.tickLabels()).not.toEqual(english);
  const german = await t.tickLabels();
  expect(german.some((l) => /^(Jan|Apr|Juli?|Okt|Mär|Mai|Dez)\.?( 2008)?$/.test(l))).toBe(true);
  expect(german.filter((l) => /^(Mar|May|Oct|Dec)\b/.test(l))).toEqual([]);
  // The stated window too.
  await expect(page.locator('#timeline-span')).toContainText('Zeitraum');
  await expect(page.locator('#timeline-span')).toContainText(/Dez\.? 2008/);

  // A single month: days come before the month in German ("9. Juli").
  await page.goto('/?from=2008-07-07&to=2008-07-14&lang=de');
  await expect(t.events().first()).toBeVisible();
  await expect.poll(() => t.tickLabels()).toContainEqual(expect.stringMatching(/^\d{1,2}\. Jul/));
});

test.describe('German at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the longer words keep the chart toolbar on one row and the theme chips on two', async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    const layout = () =>
      page.evaluate(() => {
        const tops = (sel: string) =>
          [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().top);
        const toolbar = tops('.timeline__toolbar > :not(.visually-hidden)');
        const chips = tops('.theme-filter__list > li').sort((a, b) => a - b);
        return {
          toolbarItems: toolbar.length,
          // One row: every item starts above the bottom of the first.
          toolbarRows: new Set(toolbar.map((top) => Math.round(top / 24))).size,
          chipLines: chips.filter((top, i) => i === 0 || top - chips[i - 1]! > 12).length,
        };
      });
    // The whole timeline, and a window of days (its span reads "10.–16. Juli 2010").
    for (const query of ['?lang=de', '?lang=de&from=2010-07-10&to=2010-07-16']) {
      await t.open(query);
      await expect(page.getByRole('button', { name: /^Notizen/ })).toBeVisible();
      await expect(page.locator('#timeline-span')).toContainText('Zeitraum');
      const l = await layout();
      expect(l.toolbarItems, query).toBeGreaterThanOrEqual(6);
      expect(l.toolbarRows, query).toBe(1);
      expect(l.chipLines, query).toBeLessThanOrEqual(2);
    }
    await expect(page.locator('#timeline-span')).toContainText(
      /\d{1,2}\.\s?–\s?\d{1,2}\. Juli 2010/,
    );
  });
});

test.describe('pseudo-locale', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('is right-to-left and longer, with no clipped or overlapping controls', async ({ page }) => {
    // Long strings and axe on the whole page take a while on a shared machine.
    test.setTimeout(90_000);
    const t = new TimelinePage(page);
    await t.open('?lang=pseudo');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('[');

    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const regions = [
        '.appbar',
        '.view-nav',
        '.search',
        '.timeline__toolbar',
        '.theme-filter',
        '.stance-band__head',
        '.tours__new',
      ];
      const controls =
        'button, select, input:not([type="hidden"]), a[href], [role="tab"], label, textarea';
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()} “${(el.textContent || (el.getAttribute('aria-label') ?? '')).trim().slice(0, 40)}”`;
      for (const sel of regions) {
        for (const region of document.querySelectorAll(sel)) {
          const els = [...region.querySelectorAll<HTMLElement>(controls)].filter((el) => {
            if (!el.checkVisibility({ visibilityProperty: true })) return false;
            const r = el.getBoundingClientRect();
            return r.width > 2 && r.height > 2;
          });
          for (const el of els) {
            const style = getComputedStyle(el);
            if (style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
              found.push(`${sel}: ${name(el)} is clipped`);
            }
          }
          for (let i = 0; i < els.length; i++) {
            for (let j = i + 1; j < els.length; j++) {
              const a = els[i]!;
              const b = els[j]!;
              if (a.contains(b) || b.contains(a)) continue;
              // A label and the control it names sit together by design.
              if (a instanceof HTMLLabelElement && a.control === b) continue;
              if (b instanceof HTMLLabelElement && b.control === a) continue;
              const ra = a.getBoundingClientRect();
              const rb = b.getBoundingClientRect();
              const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
              const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
              if (w > 1 && h > 1) found.push(`${sel}: ${name(a)} overlaps ${name(b)}`);
            }
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
    await t.expectAccessible();
  });
});

test('German passes axe-core, with an event selected', async ({ page }) => {
  test.setTimeout(90_000);
  const t = new TimelinePage(page);
  await t.open(`?lang=de&event=${busiest}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await t.expectAccessible();
});

test('the embed view and the Embed dialog have no interface string left untranslated', async ({
  page,
}) => {
  const embed = async (lang: string) => {
    await page.goto(`/?embed=1&event=${busiest}&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('article[data-quote-id]').first()).toBeVisible();
    return interfaceStrings(page);
  };
  expectEveryStringTranslated(await embed('en'), await embed('de'));

  const dialog = async (lang: string, menu: string, item: string) => {
    await page.goto(`/?event=${busiest}&lang=${lang}`);
    await new TimelinePage(page).choose(menu, item);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('dialog iframe')).toBeVisible();
    return interfaceStrings(page);
  };
  expectEveryStringTranslated(
    await dialog('en', 'Share & export', 'Embed…'),
    await dialog('de', 'Teilen & exportieren', 'Einbetten …'),
  );
});

test('every app-bar menu is translated, item by item', async ({ page }) => {
  const items = async (lang: string) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.appbar__menus .menu__button')).toHaveCount(4);
    const texts: string[] = [];
    for (const button of await page.locator('.appbar__menus .menu__button').all()) {
      await button.click();
      const menu = page.locator('[role="menu"]:visible');
      await expect(menu).toHaveCount(1);
      texts.push(
        ...(await menu
          .locator('[data-menu-item] > .menu__text > span:first-child')
          .allTextContents()),
      );
      await page.keyboard.press('Escape');
    }
    return texts;
  };
  const english = await items('en');
  const german = await items('de');
  expect(german).toHaveLength(english.length);
  // Tour titles are the dataset's words and language names their own: the rest must differ.
  const tourTitles = new Set(
    (wpc as unknown as { tours: { title: string }[] }).tours.map((x) => x.title),
  );
  const own = new Set(['English', 'Deutsch', ...tourTitles]);
  const same = english.filter((s, i) => s === german[i] && !own.has(s));
  expect(same).toEqual([]);
});
