import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/features/details/EventDetails';
import { prepareDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { IMAGE_CONSENT } from '../../src/store/persistence';
import { miniRaw } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

function withMedia() {
  const raw = miniRaw();
  raw.events[0]!.media = {
    url: 'https://upload.wikimedia.org/a.jpg',
    caption: 'The launch stage',
    credit: 'Photo: Example',
    alt: 'A stage with a large screen',
  };
  raw.events[1]!.media = { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' };
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset, result.warnings, 'https://data.example/t.json');
}

describe('MediaFigure (pictures after consent)', () => {
  it('asks before showing any picture, naming the sites, and shows none until then', async () => {
    const data = withMedia();
    renderWithProviders(<EventDetails data={data} event={data.events[0]!} />);
    // The figure is loaded with the first event that has media.
    const prompt = await screen.findByRole('group', {
      name: 'This timeline shows images from upload.wikimedia.org and i.ytimg.com. Show them?',
    });
    expect(within(prompt).getByRole('button', { name: 'Show images' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('The launch stage — Photo: Example')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the media \(upload\.wikimedia\.org\)/ }),
    ).toHaveAttribute('href', 'https://upload.wikimedia.org/a.jpg');
  });

  it('shows the picture with its alt text after a yes, remembers it, and can withdraw it', async () => {
    const user = userEvent.setup();
    const data = withMedia();
    const view = renderWithProviders(<EventDetails data={data} event={data.events[0]!} />);
    await user.click(await screen.findByRole('button', { name: 'Show images' }));
    const img = screen.getByRole('img', { name: 'A stage with a large screen' });
    expect(img).toHaveAttribute('src', 'https://upload.wikimedia.org/a.jpg');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(screen.queryByRole('group', { name: /Show them\?/ })).toBeNull();
    expect(window.localStorage.getItem(IMAGE_CONSENT.key)).toContain(
      'url:https://data.example/t.json',
    );
    // Remembered: another event of the same dataset shows its picture (a video's still, with
    // words saying what it is) without asking again.
    view.unmount();
    renderWithProviders(<EventDetails data={data} event={data.events[1]!} />);
    expect(
      await screen.findByRole('img', {
        name: `A still from the video for “${data.events[1]!.title}”`,
      }),
    ).toHaveAttribute('src', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    await user.click(screen.getByRole('button', { name: 'Stop showing images' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(
      screen.getByText('Images from upload.wikimedia.org and i.ytimg.com are not shown.'),
    ).toBeInTheDocument();
  });

  it('remembers a no, and still offers the pictures', async () => {
    const user = userEvent.setup();
    const data = withMedia();
    renderWithProviders(<EventDetails data={data} event={data.events[0]!} />);
    await user.click(await screen.findByRole('button', { name: 'No, links only' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('group', { name: /Show them\?/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show images' }));
    expect(screen.getByRole('img', { name: 'A stage with a large screen' })).toBeInTheDocument();
  });
});
