import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareMenu } from '../../src/features/export/ShareMenu';
import { exportFileName } from '../../src/features/export/fileName';
import { rasterizeSvg } from '../../src/features/export/rasterize';
import { importText } from '../../src/import/importDataset';
import { exportTimelineCsv } from '../../src/lib/exportCsv';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';
import { getI18n } from '../../src/i18n/i18n';

vi.mock('../../src/features/export/rasterize', () => ({
  PNG_PIXEL_RATIO: 2,
  rasterizeSvg: vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' }))),
}));

const data = loadFixture();
/** March–May 2001, e1 and e2 (and the conference) in view. */
const VIEW = [Date.UTC(2001, 2, 1), Date.UTC(2001, 5, 1)] as const;

interface Saved {
  name: string;
  blob: Blob;
}

/** Captures what the menu downloads: the <a download> it clicks and the Blob behind its URL. */
function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((obj) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, obj as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    expect(this.isConnected).toBe(true);
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      resolve(r.result as string);
    };
    r.onerror = () => {
      reject(new Error('read failed'));
    };
    r.readAsText(blob);
  });
}

/** Opens the Share & export menu and chooses an item, as a reader would. */
async function choose(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Share & export' }));
  await user.click(screen.getByRole('menuitem', { name }));
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ShareMenu', () => {
  it('is a menu button whose menu holds real, named items, with hints as descriptions', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProviders(<ShareMenu data={data} />);
    const button = screen.getByRole('button', { name: 'Share & export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Share & export' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual([
      'Copy link',
      'Cite this view…',
      'Download SVGA 1920 × 1080 slide of this view',
      'Download PNGThe same slide as an image, at twice the size',
      'Download CSVThe events in view that match the theme filter, with quotes and sources',
      "Download this timeline (JSON)The whole timeline in this app's format, to edit and share",
      "Download TimelineJS JSONEvents, dates, text, media and eras as a TimelineJS3 file, for Knight Lab's TimelineJS",
      'Print handout',
    ]);
    expect(
      within(menu).getByRole('menuitem', { name: 'Download SVG' }),
    ).toHaveAccessibleDescription('A 1920 × 1080 slide of this view');
    // The first item has focus; Escape closes the menu and returns focus to its button.
    expect(within(menu).getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('works by keyboard: arrows move, a letter jumps, Enter chooses', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    renderWithProviders(<ShareMenu data={data} />, { viewport: VIEW });
    screen.getByRole('button', { name: 'Share & export' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Print handout' })).toHaveFocus();
    await user.keyboard('d');
    expect(screen.getByRole('menuitem', { name: 'Download SVG' })).toHaveFocus();
    await user.keyboard('d');
    expect(screen.getByRole('menuitem', { name: 'Download PNG' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(saved.map((f) => f.name)).toEqual([exportFileName(data.dataset.title, VIEW, 'csv')]);
    expect(screen.getByRole('button', { name: 'Share & export' })).toHaveFocus();
  });

  it('downloads the current view as a 1920×1080 SVG named after the dataset and the span', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    const { store } = renderWithProviders(<ShareMenu data={data} />, {
      themeFilter: ['beta'],
      viewport: VIEW,
    });
    await choose(user, 'Download SVG');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('fixture-a-small-made-up-timeline-for-tests-mar-2001-may-2001.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml;charset=utf-8');
    const svg = await readBlob(saved[0]!.blob);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('width="1920" height="1080"');
    expect(svg).toContain('>Beta reacts</text>');
    expect(svg).not.toContain('>Alpha launches</text>'); // filtered out
    expect(screen.getByRole('status')).toHaveTextContent(`Downloading ${saved[0]!.name}`);

    // The view is read when the button is pressed, not when the menu rendered.
    store.getState().setThemeFilter(['alpha']);
    await choose(user, 'Download SVG');
    const second = await readBlob(saved[1]!.blob);
    expect(second).toContain('>Alpha launches</text>');
  });

  it('downloads a PNG drawn at twice the slide size', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    renderWithProviders(<ShareMenu data={data} />, { viewport: VIEW });
    await choose(user, 'Download PNG');
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]!.name).toBe('fixture-a-small-made-up-timeline-for-tests-mar-2001-may-2001.png');
    expect(saved[0]!.blob.type).toBe('image/png');
    const [svg, width, height, ratio] = vi.mocked(rasterizeSvg).mock.calls[0]!;
    expect([width, height, ratio]).toEqual([1920, 1080, 2]);
    expect(svg).toContain('<svg xmlns=');
  });

  it('says so when the PNG cannot be made', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    vi.mocked(rasterizeSvg).mockRejectedValueOnce(new Error('no canvas here'));
    renderWithProviders(<ShareMenu data={data} />);
    await choose(user, 'Download PNG');
    expect(await screen.findByText('Could not make the PNG: no canvas here.')).toBeVisible();
    expect(saved).toHaveLength(0);
  });

  it('downloads the CSV of the filtered events in view', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    const choices = {
      themeFilter: ['alpha'],
      dimFiltered: false,
      selectedEventId: null,
      viewport: VIEW,
    } as const;
    renderWithProviders(<ShareMenu data={data} />, choices);
    await choose(user, 'Download CSV');
    expect(saved[0]!.name).toBe(exportFileName(data.dataset.title, VIEW, 'csv'));
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const csv = await readBlob(saved[0]!.blob);
    expect(csv).toBe(exportTimelineCsv(data, choices, getI18n()));
    expect(csv.split('\r\n').map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'record,id',
      'event,conf-2001',
      'event,e1',
      'quote,q1',
      'event,e2',
      'quote,q2',
      '',
    ]);
  });

  it('downloads the whole timeline as TimelineJS3 JSON that opens again with the same events', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saved = captureDownloads();
    renderWithProviders(<ShareMenu data={data} />, { themeFilter: ['alpha'], viewport: VIEW });
    await choose(user, 'Download TimelineJS JSON');
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]!.name).toBe('fixture-a-small-made-up-timeline-for-tests.timelinejs.json');
    expect(saved[0]!.blob.type).toBe('application/json');
    const text = await readBlob(saved[0]!.blob);
    const back = importText(text, saved[0]!.name);
    if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
    expect(back.format).toBe('timelinejs-json');
    // The whole timeline, not only the filtered view.
    expect(back.dataset.events.map((e) => [e.title, e.start, e.end])).toEqual(
      data.events.map((e) => [e.title, e.start, e.end]),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Downloading ${saved[0]!.name}`);
  });

  it('copies the link to the exact view and confirms it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText,
    } as unknown as Clipboard);
    window.history.replaceState(null, '', '/?data=%2Fother.json');
    const { store } = renderWithProviders(<ShareMenu data={data} />, {
      themeFilter: ['alpha', 'gamma'],
      selectedEventId: 'e1',
      dimFiltered: true,
    });
    // A zoom whose URL update is still pending is part of the link.
    store.getState().setViewport(VIEW);
    await choose(user, 'Copy link');
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(writeText.mock.calls[0]![0]);
    expect(url.origin).toBe(window.location.origin);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      data: '/other.json',
      themes: 'alpha~gamma',
      dim: '1',
      event: 'e1',
      from: '2001-03-01',
      to: '2001-06-01',
    });
    const status = screen.getByRole('status');
    // The announcement follows the clipboard's promise: wait for it rather than race it.
    await waitFor(() => {
      expect(status).toHaveTextContent(/^Link copied\s*$/);
    });
    expect(status).toBeVisible();
    // Copying again announces again (the live region's text changes).
    const before = status.textContent;
    await choose(user, 'Copy link');
    await waitFor(() => {
      expect(status.textContent).not.toBe(before);
    });
    expect(status).toHaveTextContent(/^Link copied\s*$/);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('falls back to a selected, read-only field when the clipboard is refused', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    } as unknown as Clipboard);
    renderWithProviders(<ShareMenu data={data} />, { selectedEventId: 'e3' });
    await choose(user, 'Copy link');
    const field = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Link to this view',
    });
    expect(field).toHaveAttribute('readonly');
    expect(field.value).toBe(`${window.location.origin}/?event=e3`);
    await waitFor(() => {
      expect(field).toHaveFocus();
    });
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/Could not copy the link automatically/);
  });

  it('prints the handout', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithProviders(<ShareMenu data={data} />);
    await choose(user, 'Print handout');
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('exportFileName', () => {
  it('is the title slug and the visible span', () => {
    const title =
      "Microsoft's partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011";
    expect(exportFileName(title, [Date.UTC(2008, 6, 1), Date.UTC(2008, 9, 1)], 'svg')).toBe(
      'microsofts-partner-channel-moves-to-the-cloud-jul-2008-sep-2008.svg',
    );
    expect(
      exportFileName('WPC 2007–2011', [Date.UTC(2008, 6, 7), Date.UTC(2008, 6, 21)], 'png'),
    ).toBe('wpc-2007-2011-7-jul-2008-20-jul-2008.png');
    expect(exportFileName('東京', [Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], 'csv')).toBe(
      'timeline-jan-2008-dec-2008.csv',
    );
  });
});
