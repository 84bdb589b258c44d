import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CitationDownloads, CiteButton } from '../../src/features/cite/CiteButton';
import {
  toBibTeX,
  toCslJson,
  toRIS,
  type Citer,
  type CitationStyle,
} from '../../src/lib/citations';
import type { Source } from '../../src/domain/types';
import { chooseStyle, getCiter, WARM_UP_MS } from '../setup/citer';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

let citer: Citer;
beforeAll(async () => {
  citer = await getCiter();
}, WARM_UP_MS);
const citeSource = (s: Source, style: CitationStyle) => citer.citeSource(s, style);

const data = loadFixture();
const srcA = data.sourcesById.get('src-a')!;

/** A source with an author, a day date and a URL, made up for the test. */
const withAuthor: Source = {
  id: 'rcp-all-in',
  title: 'Microsoft Goes All In on the Cloud at WPC',
  outlet: 'Redmond Channel Partner',
  author: 'Scott Bekker',
  date: '2010-07-12',
  url: 'https://rcpmag.com/articles/2010/07/12/all-in.aspx',
  kind: 'news',
};

/** No author, an approximate month date, no URL. */
const anonymous: Source = {
  id: 'hosting-worry',
  title: 'Hosting partners worry about Microsoft',
  outlet: 'Partner Notes',
  date: '2008-07',
  dateCertainty: 'approximate',
  kind: 'blog',
};

/** Every prose style the picker offers; BibTeX is always shown below the chosen style. */
const PANEL: readonly [string, CitationStyle][] = [
  ['APA 7', 'apa'],
  ['MLA 9', 'mla'],
  ['Chicago note', 'chicago-note'],
  ['Chicago bibliography', 'chicago-bib'],
  ['Chicago author-date', 'chicago-author-date'],
  ['Harvard', 'harvard'],
  ['IEEE', 'ieee'],
];

function renderCite(source: Source, label = 'Cite this source') {
  return renderWithProviders(<CiteButton label={label} sources={[source]} />);
}

function rowText(name: string): string {
  const row = screen.getByRole('group', { name });
  return row.querySelector('.cite__text')!.textContent;
}

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText },
    configurable: true,
    writable: true,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CiteButton', () => {
  it('is a closed disclosure named by its label until pressed', async () => {
    const user = userEvent.setup();
    renderCite(srcA, 'Cite this event');
    const button = screen.getByRole('button', { name: 'Cite this event' });
    expect(button).toHaveTextContent('Cite');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Citations' })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Citations' });
    expect(button).toHaveAttribute('aria-controls', panel.id);
  });

  it(
    "shows every style's exact citation of a fixture source, one chosen style at a time",
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      renderCite(srcA);
      await user.click(screen.getByRole('button', { name: 'Cite this source' }));
      for (const [name, style] of PANEL) {
        await chooseStyle(user, style);
        expect(rowText(name)).toBe(citeSource(srcA, style));
        expect(screen.getByRole('button', { name: `Copy ${name} citation` })).toBeInTheDocument();
        expect(rowText('BibTeX')).toBe(citeSource(srcA, 'bibtex'));
        // Only the chosen prose style is shown.
        const others = PANEL.filter(([n]) => n !== name);
        for (const [other] of others)
          expect(screen.queryByRole('group', { name: other })).toBeNull();
      }
      // RIS is a download, not a panel row.
      expect(screen.queryByRole('group', { name: 'RIS' })).toBeNull();
    },
  );

  it('remembers the chosen style for the next panel and after a reload', async () => {
    const user = userEvent.setup();
    const first = renderCite(srcA);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    await chooseStyle(user, 'ieee');
    expect(rowText('IEEE')).toBe(citeSource(srcA, 'ieee'));
    first.unmount();
    renderCite(withAuthor);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    expect(rowText('IEEE')).toBe(citeSource(withAuthor, 'ieee'));
    expect(window.localStorage.getItem('wpc-timeline.citationStyle')).toContain('"ieee"');
  });

  it('writes APA as the manual does, with the outlet in italics', async () => {
    const user = userEvent.setup();
    renderCite(withAuthor);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    expect(rowText('APA 7')).toBe(
      'Bekker, S. (2010, July 12). Microsoft Goes All In on the Cloud at WPC. Redmond Channel Partner. https://rcpmag.com/articles/2010/07/12/all-in.aspx',
    );
    const apa = screen.getByRole('group', { name: 'APA 7' });
    expect([...apa.querySelectorAll('i')].map((i) => i.textContent)).toEqual([
      'Redmond Channel Partner',
    ]);
  });

  it('cites a source without author or URL, dated approximately, with nothing missing shown', async () => {
    const user = userEvent.setup();
    renderCite(anonymous);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    expect(rowText('APA 7')).toBe(
      'Hosting partners worry about Microsoft. (ca. 2008, July). Partner Notes.',
    );
    await chooseStyle(user, 'mla');
    // The CSL MLA style recases the title and writes "Circa" (the old formatter: "c.").
    expect(rowText('MLA 9')).toBe(
      '“Hosting Partners Worry about Microsoft.” Partner Notes, Circa July 2008.',
    );
    const panel = screen.getByRole('group', { name: 'Citations' });
    expect(panel.textContent).not.toMatch(/undefined|null|NaN/);
  });

  it('copies to the clipboard and says so, visibly and to screen readers', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    mockClipboard(writeText);
    renderCite(withAuthor);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    await chooseStyle(user, 'mla');
    const mla = screen.getByRole('group', { name: 'MLA 9' });
    expect(within(mla).queryByText('Copied')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy MLA 9 citation' }));
    expect(writeText).toHaveBeenCalledWith(citeSource(withAuthor, 'mla'));
    expect(within(mla).getByText('Copied')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('MLA 9 citation copied to the clipboard.');
    // Only the row that was copied says so.
    expect(within(screen.getByRole('group', { name: 'BibTeX' })).queryByText('Copied')).toBeNull();
  });

  it('falls back to selected text and Ctrl+C when the clipboard refuses', async () => {
    const user = userEvent.setup();
    mockClipboard(() => Promise.reject(new Error('denied')));
    renderCite(withAuthor);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX citation' }));
    // The refusal arrives asynchronously: wait for the fallback rather than race it.
    const area = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: 'BibTeX citation text',
    });
    expect(area).toHaveAttribute('readonly');
    expect(area.value).toBe(citeSource(withAuthor, 'bibtex'));
    await waitFor(() => {
      expect(area).toHaveFocus();
    });
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(screen.getByText(/Press Ctrl\+C to copy/)).toBeVisible();
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('closes with Escape and gives focus back to the Cite button', async () => {
    const user = userEvent.setup();
    renderCite(srcA);
    const button = screen.getByRole('button', { name: 'Cite this source' });
    await user.click(button);
    await chooseStyle(user, 'chicago-note');
    screen.getByRole('button', { name: 'Copy Chicago note citation' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Citations' })).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});

describe('CitationDownloads', () => {
  it('saves the sources as .bib, .ris and CSL-JSON files through an object URL', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(`${this.download} ${this.href}`);
    });
    const sources = [srcA, withAuthor];
    renderWithProviders(<CitationDownloads sources={sources} />);
    await user.click(screen.getByRole('button', { name: 'Download citations (.bib)' }));
    await user.click(screen.getByRole('button', { name: 'Download citations (.ris)' }));
    await user.click(screen.getByRole('button', { name: 'Download citations (CSL-JSON)' }));
    expect(names).toEqual([
      'wpc-timeline-citations.bib blob:test/1',
      'wpc-timeline-citations.ris blob:test/2',
      'wpc-timeline-citations.csl.json blob:test/3',
    ]);
    expect(await blobs[0]!.text()).toBe(toBibTeX(sources));
    expect(await blobs[1]!.text()).toBe(toRIS(sources));
    expect(await blobs[2]!.text()).toBe(toCslJson(sources));
    const items = JSON.parse(await blobs[2]!.text()) as { id: string; type: string }[];
    expect(items.map((i) => [i.id, i.type])).toEqual([
      ['writer2001fixture', 'article-newspaper'],
      ['bekker2010microsoft', 'article-newspaper'],
    ]);
  });

  it('offers nothing to download when there are no sources', () => {
    renderWithProviders(<CitationDownloads sources={[]} />);
    expect(screen.getByRole('button', { name: 'Download citations (.bib)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download citations (.ris)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download citations (CSL-JSON)' })).toBeDisabled();
  });
});
