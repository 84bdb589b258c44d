import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationDownloads, CiteButton } from '../../src/features/cite/CiteButton';
import {
  citeSource,
  citeSourceParts,
  toBibTeX,
  toRIS,
  type CitationStyle,
} from '../../src/lib/citations';
import type { Source } from '../../src/domain/types';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

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

const PANEL: readonly [string, CitationStyle][] = [
  ['APA 7', 'apa'],
  ['MLA 9', 'mla'],
  ['Chicago note', 'chicago-note'],
  ['Chicago bibliography', 'chicago-bib'],
  ['BibTeX', 'bibtex'],
];

function renderCite(source: Source, label = 'Cite this source') {
  return renderWithProviders(
    <CiteButton
      label={label}
      citations={(style) => citeSource(source, style)}
      richCitations={(style) => [citeSourceParts(source, style)]}
    />,
  );
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

  it("shows every style's exact citation of a fixture source", async () => {
    const user = userEvent.setup();
    renderCite(srcA);
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    for (const [name, style] of PANEL) {
      expect(rowText(name)).toBe(citeSource(srcA, style));
      expect(screen.getByRole('button', { name: `Copy ${name} citation` })).toBeInTheDocument();
    }
    // RIS is a download, not a panel row.
    expect(screen.queryByRole('group', { name: 'RIS' })).toBeNull();
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
    expect(rowText('MLA 9')).toBe(
      '“Hosting partners worry about Microsoft.” Partner Notes, c. July 2008.',
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
    const mla = screen.getByRole('group', { name: 'MLA 9' });
    expect(within(mla).queryByText('Copied')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy MLA 9 citation' }));
    expect(writeText).toHaveBeenCalledWith(citeSource(withAuthor, 'mla'));
    expect(within(mla).getByText('Copied')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('MLA 9 citation copied to the clipboard.');
    // Only the row that was copied says so.
    expect(within(screen.getByRole('group', { name: 'APA 7' })).queryByText('Copied')).toBeNull();
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
    screen.getByRole('button', { name: 'Copy Chicago note citation' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Citations' })).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('accepts citations precomputed per style', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <CiteButton label="Cite this" citations={{ apa: 'APA text.', bibtex: '@misc{x}' }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    expect(rowText('APA 7')).toBe('APA text.');
    expect(rowText('BibTeX')).toBe('@misc{x}');
    expect(screen.queryByRole('group', { name: 'MLA 9' })).toBeNull();
  });
});

describe('CitationDownloads', () => {
  it('saves the sources as .bib and .ris files through an object URL', async () => {
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
    expect(names).toEqual([
      'wpc-timeline-citations.bib blob:test/1',
      'wpc-timeline-citations.ris blob:test/2',
    ]);
    expect(await blobs[0]!.text()).toBe(toBibTeX(sources));
    expect(await blobs[1]!.text()).toBe(toRIS(sources));
  });

  it('offers nothing to download when there are no sources', () => {
    renderWithProviders(<CitationDownloads sources={[]} />);
    expect(screen.getByRole('button', { name: 'Download citations (.bib)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download citations (.ris)' })).toBeDisabled();
  });
});
