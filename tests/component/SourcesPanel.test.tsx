import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SourcesPanel } from '../../src/features/sources/SourcesPanel';
import type { Citer } from '../../src/lib/citations';
import { chooseStyle, getCiter, WARM_UP_MS } from '../setup/citer';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();
let citer: Citer;
beforeAll(async () => {
  citer = await getCiter();
}, WARM_UP_MS);

function renderPanel(highlightedSourceId: string | null = null, d = data) {
  const onHighlight = vi.fn();
  const onSelectEvent = vi.fn();
  const result = renderWithProviders(
    <SourcesPanel
      data={d}
      highlightedSourceId={highlightedSourceId}
      onHighlight={onHighlight}
      onSelectEvent={onSelectEvent}
    />,
  );
  return { ...result, onHighlight, onSelectEvent };
}

/** The headings of the listed sources (the event checklist above them has its own). */
function sourceHeadings(): (string | null)[] {
  return screen
    .queryAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 3 }).textContent);
}

function entry(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('SourcesPanel', () => {
  it('lists every source by date, each under its own heading with its APA citation', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    expect(sourceHeadings()).toEqual(['Fixture article A', 'Fixture post B']);
    expect(screen.getByRole('combobox', { name: 'Citation style' })).toHaveValue('apa');
    const a = entry('Fixture article A');
    expect(a.querySelector('.source-entry__citation')!.textContent).toBe(
      `APA 7 citation: ${citer.citeSource(data.sourcesById.get('src-a')!, 'apa')}`,
    );
    expect(within(a).getByRole('link', { name: /https:\/\/example\.org\/a/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
    expect(a).toHaveTextContent('News article');
    expect(a).toHaveTextContent('exact to the day');
  });

  it('is honest about an approximate date and says how it is known', () => {
    renderPanel();
    const b = entry('Fixture post B');
    expect(b).toHaveTextContent('c. June 2002 (approximate, given to the month)');
    expect(b).toHaveTextContent('How the date is known: not shown on the page');
    expect(b).toHaveTextContent('No link recorded');
  });

  it('lists the events and quotes that cite a source; choosing one selects its event', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderPanel();
    const b = entry('Fixture post B');
    expect(within(b).getByRole('heading', { level: 4, name: 'Cited by 3 events' })).toBeVisible();
    const events = within(b).getAllByRole('button', {
      name: /^(Gamma period|Approximate alpha|Beta in 2003)$/,
    });
    expect(events.map((e) => e.textContent)).toEqual([
      'Gamma period',
      'Approximate alpha',
      'Beta in 2003',
    ]);
    await user.click(within(b).getByRole('button', { name: 'Beta in 2003' }));
    expect(onSelectEvent).toHaveBeenLastCalledWith('e5');
    // A quote, by speaker and excerpt, selects the event it belongs to.
    await user.click(
      within(b).getByRole('button', { name: /^Lee Press: “Gamma grows\. It keeps growing\.”/ }),
    );
    expect(onSelectEvent).toHaveBeenLastCalledWith('e3');
    await user.click(
      within(entry('Fixture article A')).getByRole('button', { name: 'Alpha launches' }),
    );
    expect(onSelectEvent).toHaveBeenLastCalledWith('e1');
  });

  it('toggles highlighting a source on the timeline, pressed while highlighted', async () => {
    const user = userEvent.setup();
    const { onHighlight, rerender } = renderPanel();
    const toggle = () =>
      within(entry('Fixture article A')).getByRole('button', {
        name: 'Highlight its events on the timeline',
      });
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle());
    expect(onHighlight).toHaveBeenLastCalledWith('src-a');
    rerender(
      <SourcesPanel
        data={data}
        highlightedSourceId="src-a"
        onHighlight={onHighlight}
        onSelectEvent={vi.fn()}
      />,
    );
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(entry('Fixture post B')).getByRole('button', {
        name: 'Highlight its events on the timeline',
      }),
    ).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle());
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('narrows the list with the filter (title, outlet or author)', async () => {
    const user = userEvent.setup();
    renderPanel();
    const filter = screen.getByRole('searchbox', { name: 'Filter sources' });
    await user.type(filter, 'test blog');
    expect(sourceHeadings()).toEqual(['Fixture post B']);
    expect(screen.getByText('1 of 2 sources match “test blog”')).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'writer');
    expect(sourceHeadings()).toEqual(['Fixture article A']);
    await user.clear(filter);
    await user.type(filter, 'nothing like this');
    expect(sourceHeadings()).toHaveLength(0);
  });

  it(
    'switches the citation style, in every entry and in the Cite panels',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderPanel();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Citation style' }), 'MLA 9');
      const a = entry('Fixture article A');
      expect(a.querySelector('.source-entry__citation')!.textContent).toBe(
        `MLA 9 citation: ${citer.citeSource(data.sourcesById.get('src-a')!, 'mla')}`,
      );
      expect(a.querySelector('.source-entry__citation i')).toHaveTextContent('Test Gazette');
      const b = entry('Fixture post B');
      expect(b.querySelector('.source-entry__citation')!.textContent).toBe(
        `MLA 9 citation: ${citer.citeSource(data.sourcesById.get('src-b')!, 'mla')}`,
      );
      await user.click(within(b).getByRole('button', { name: 'Cite this source' }));
      expect(within(b).getByRole('group', { name: 'MLA 9' })).toBeInTheDocument();
      // The Sources view's own picker (the Cite panel has another, for the same choice).
      await user.selectOptions(
        screen.getAllByRole('combobox', { name: 'Citation style' })[0]!,
        'ieee',
      );
      expect(a.querySelector('.source-entry__citation')!.textContent).toBe(
        `IEEE citation: ${citer.citeSource(data.sourcesById.get('src-a')!, 'ieee')}`,
      );
      expect(within(b).getByRole('group', { name: 'IEEE' })).toBeInTheDocument();
    },
  );

  it(
    'offers downloads of every source and a Cite button per source',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderPanel();
      expect(screen.getByRole('button', { name: 'Download citations (.bib)' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Download citations (.ris)' })).toBeEnabled();
      const b = entry('Fixture post B');
      expect(screen.getByRole('button', { name: 'Download citations (CSL-JSON)' })).toBeEnabled();
      await user.click(within(b).getByRole('button', { name: 'Cite this source' }));
      await chooseStyle(user, 'chicago-bib', b);
      expect(
        within(b).getByRole('group', { name: 'Chicago bibliography' }).querySelector('.cite__text')!
          .textContent,
      ).toBe(citer.citeSource(data.sourcesById.get('src-b')!, 'chicago-bib'));
    },
  );

  it('shows a note without its dossier references, which fold away under Research notes', async () => {
    const user = userEvent.setup();
    const noted = {
      ...data,
      dataset: {
        ...data.dataset,
        sources: data.dataset.sources.map((s) =>
          s.id === 'src-a'
            ? { ...s, note: 'Dossier source S103. A post by the Mayor of Springfield.' }
            : s.id === 'src-b'
              ? { ...s, note: 'Dossier source S114.' }
              : s,
        ),
      },
    };
    renderPanel(null, noted);
    const a = entry('Fixture article A');
    expect(within(a).getByText('A post by the Mayor of Springfield.')).toBeVisible();
    expect(within(a).queryByText(/Dossier source S103/)).not.toBeVisible();
    await user.click(within(a).getByText('Research notes (for the dataset’s authors)'));
    expect(within(a).getByText('Dossier source S103.')).toBeVisible();
    const b = entry('Fixture post B');
    // Only a reference: no "Note" row at all.
    expect(within(b).queryByText('Note')).toBeNull();
    expect(within(b).getByText('Research notes (for the dataset’s authors)')).toBeVisible();
  });

  it('lists a source’s research references with the research sentences of its note', async () => {
    const user = userEvent.setup();
    const noted = {
      ...data,
      dataset: {
        ...data.dataset,
        sources: data.dataset.sources.map((s) =>
          s.id === 'src-a'
            ? { ...s, note: 'Dossier source S13. A repost.', researchRefs: ['U-03', 'S119'] }
            : s,
        ),
      },
    };
    renderPanel(null, noted);
    const a = entry('Fixture article A');
    expect(within(a).getByText('A repost.')).toBeVisible();
    expect(within(a).getByText('U-03')).not.toBeVisible();
    await user.click(within(a).getByText('Research notes (for the dataset’s authors)'));
    const disclosure = within(a).getByText('Dossier source S13.').closest('details')!;
    expect(
      within(disclosure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['U-03', 'S119']);
    expect(within(a).getByText('U-03')).toBeVisible();
    // Another source without notes or references has no disclosure.
    expect(
      within(entry('Fixture post B')).queryByText('Research notes (for the dataset’s authors)'),
    ).toBeNull();
  });

  it('never links a source URL that is not http(s)', () => {
    // The schema refuses such URLs when a file is loaded; the panel is a second line of defence.
    const evil = {
      ...data,
      dataset: {
        ...data.dataset,
        sources: data.dataset.sources.map((s) =>
          s.id === 'src-a' ? { ...s, url: 'mailto:someone@example.org' } : s,
        ),
      },
    };
    renderPanel(null, evil);
    const a = entry('Fixture article A');
    expect(within(a).queryByRole('link')).toBeNull();
    expect(a).toHaveTextContent('mailto:someone@example.org (not a web link)');
  });

  it('shortens a long quote to an excerpt of at most 120 characters', () => {
    const long = `${'Partners will find the cloud changes how they sell, '.repeat(6)}the end.`;
    const d = {
      ...data,
      dataset: {
        ...data.dataset,
        quotes: data.dataset.quotes.map((q) => (q.id === 'q2' ? { ...q, text: long } : q)),
      },
    };
    renderPanel(null, d);
    const button = within(entry('Fixture article A')).getByRole('button', {
      name: /^Sam Partner: /,
    });
    const visible = [...button.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
      .map((n) => n.textContent)
      .join('');
    const words = /^Sam Partner: “(.*)”$/.exec(visible)![1]!;
    expect(words.length).toBeLessThanOrEqual(120);
    expect(words.endsWith('…')).toBe(true);
    expect(long.startsWith(words.slice(0, -1))).toBe(true);
  });
});
