import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenIdle } from '../../src/components/WhenIdle';
import { PrintSources } from '../../src/features/export/PrintSources';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();

function list() {
  // Hidden on screen: query the DOM, not the accessibility tree.
  const section = document.querySelector<HTMLElement>('section.print-sources');
  if (!section) throw new Error('no print sources section');
  return section;
}

function items() {
  return [...list().querySelectorAll('ol > li')].map((li) => li.textContent);
}

function startPrinting() {
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
}

afterEach(() => {
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  vi.unstubAllGlobals();
});

/** A print media query whose state the test sets, telling its listeners. */
function stubPrintMedia(matches: boolean) {
  const listeners = new Set<(ev: MediaQueryListEvent) => void>();
  const mql = {
    matches,
    media: 'print',
    addEventListener: (_: string, fn: (ev: MediaQueryListEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (ev: MediaQueryListEvent) => void) => listeners.delete(fn),
  };
  vi.stubGlobal('matchMedia', (q: string) => (q === 'print' ? mql : { ...mql, matches: false }));
  return (next: boolean) => {
    mql.matches = next;
    act(() => {
      for (const fn of listeners) fn({ matches: next, media: 'print' } as MediaQueryListEvent);
    });
  };
}

describe('PrintSources', () => {
  it('is hidden on screen, with a "Sources" heading for print', () => {
    renderWithProviders(<PrintSources data={data} />);
    startPrinting();
    expect(list()).toHaveAttribute('hidden');
    expect(list()).not.toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Sources' })).not.toBeInTheDocument();
    expect(within(list()).getByRole('heading', { name: 'Sources', hidden: true }).tagName).toBe(
      'H2',
    );
  });

  it('numbers every source cited by the events in view, in full, with the URL written out', () => {
    renderWithProviders(<PrintSources data={data} />);
    startPrinting();
    expect(list().querySelector('ol')).not.toBeNull();
    expect(items()).toEqual([
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
      'Test Blog, “Fixture post B”, c. June 2002.',
    ]);
    const link = list().querySelector('a');
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveTextContent('https://example.org/a');
    expect(list()).toHaveTextContent(
      /Every source cited by the 6 events shown for .* \(all themes\)/,
    );
  });

  it('lists what the filter and the window show at the moment printing starts', () => {
    const { store } = renderWithProviders(<PrintSources data={data} />, {
      themeFilter: ['beta'],
      viewport: [Date.UTC(2002, 2, 1), Date.UTC(2004, 0, 1)],
    });
    startPrinting();
    // Only e5 (beta, 2003) is in view: it and its quote cite src-b.
    expect(items()).toEqual(['Test Blog, “Fixture post B”, c. June 2002.']);
    act(() => {
      store.getState().setViewport([Date.UTC(2001, 1, 1), Date.UTC(2001, 4, 1)]);
    });
    startPrinting();
    expect(items()).toEqual([
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
    ]);
    expect(list()).toHaveTextContent('1 of 3 themes (Beta theme)');

    act(() => {
      store.getState().setThemeFilter([]);
    });
    startPrinting();
    // Only the conference is left (conferences are never filtered).
    expect(items()).toEqual([
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
    ]);
    expect(list()).toHaveTextContent('the 1 event shown');
    act(() => {
      store.getState().setViewport([Date.UTC(2003, 6, 1), Date.UTC(2003, 11, 1)]);
    });
    startPrinting();
    expect(items()).toEqual([]);
    expect(list()).toHaveTextContent('No events in view, so no sources.');
  });

  it('also fills in when the page switches to print media without a beforeprint event', () => {
    const setPrint = stubPrintMedia(false);
    renderWithProviders(<PrintSources data={data} />, { themeFilter: ['beta'] });
    expect(items()).toEqual([]);
    setPrint(true);
    expect(items()).toContain('Test Blog, “Fixture post B”, c. June 2002.');
    setPrint(false);
    expect(items()).toEqual([]);
  });

  it('is filled in when it mounts while the page is already being printed', () => {
    stubPrintMedia(true);
    renderWithProviders(<PrintSources data={data} />, { themeFilter: ['beta'] });
    // The beta events and the conference (never filtered out), over the whole span.
    expect(items()).toEqual([
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
      'Test Blog, “Fixture post B”, c. June 2002.',
    ]);
  });

  it('is filled in when printing starts before the idle-time mount', () => {
    renderWithProviders(
      <WhenIdle>
        <PrintSources data={data} />
      </WhenIdle>,
      { themeFilter: ['beta'] },
    );
    expect(document.querySelector('section.print-sources')).toBeNull();
    startPrinting();
    expect(items()).toEqual([
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
      'Test Blog, “Fixture post B”, c. June 2002.',
    ]);
  });
});
