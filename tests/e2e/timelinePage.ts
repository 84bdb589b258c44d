import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface RawDataset {
  themes: { id: string; label: string }[];
  events: { id: string; title: string; kind?: string; themes: string[]; start: string }[];
  quotes: { id: string; eventId: string; text: string }[];
}

export const wpc = JSON.parse(
  readFileSync(new URL('../../data/wpc.json', import.meta.url), 'utf8'),
) as RawDataset;

/** Page object for the timeline: reached through roles, names and the data-* hooks. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.events().first()).toBeVisible();
  }

  events(): Locator {
    return this.page.locator('[data-event-id]');
  }
  event(id: string): Locator {
    return this.page.locator(`[data-event-id="${id}"]`);
  }
  quoteCards(): Locator {
    return this.page.locator('article[data-quote-id]');
  }
  themeToggle(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }
  /**
   * Opens an app-bar menu (Open, Share & export, Present, Settings) and chooses an item. On a
   * phone the menus sit in the app bar's drawer: it is opened first.
   */
  async choose(
    menu: string,
    item: string | RegExp,
    role: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox' = 'menuitem',
  ) {
    const button = this.page.getByRole('button', { name: menu, exact: true });
    const drawer = this.page.locator('.appbar__drawer-toggle');
    if (!(await button.isVisible()) && (await drawer.isVisible())) await drawer.click();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await this.page
      .getByRole('menu', { name: menu, exact: true })
      .getByRole(role, { name: item })
      .click();
  }
  /** Sets the interface language from the Settings menu ("English", "Deutsch"). */
  async setLanguage(autonym: string, settingsLabel = 'Settings') {
    await this.choose(settingsLabel, autonym, 'menuitemradio');
    await this.closeMenus();
  }
  /** Closes a menu left open by a setting (and, on a phone, the app bar's drawer). */
  async closeMenus() {
    await this.page.keyboard.press('Escape');
    const drawer = this.page.locator('.appbar__drawer-toggle[aria-expanded="true"]');
    if (await drawer.isVisible()) await this.page.keyboard.press('Escape');
  }
  /** Sets the colours from the Settings menu ("Light", "Dark", "Follow the system"). */
  async setColours(name: string) {
    await this.choose('Settings', name, 'menuitemradio');
    await this.closeMenus();
  }
  tickLabels(): Promise<string[]> {
    return this.page.locator('.axis text').allTextContents();
  }
  /** The page's title as a reader sees it: the h1, which the loaded dataset owns. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  async visibleSpan(): Promise<string> {
    return (await this.page.locator('#timeline-span').textContent()) ?? '';
  }

  /** No serious or critical axe-core findings (WCAG 2 A/AA rules). */
  /** axe-core over the page, or only over what `include` selects (faster on a long page). */
  async expectAccessible(include?: string) {
    const builder = new AxeBuilder({ page: this.page }).withTags([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      'wcag22aa',
    ]);
    const results = await (include === undefined ? builder : builder.include(include)).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      ),
    ).toEqual([]);
  }
}

/** Every request that leaves for another origin than the app's. */
export function recordForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const own = new URL(baseURL).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own) {
      foreign.push(url);
    }
  });
  return foreign;
}
