import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/pwa/UpdatePrompt';
import { dismissUpdate, offerUpdate } from '../../src/pwa/swUpdateState';

afterEach(() => {
  act(() => {
    dismissUpdate();
  });
});

describe('UpdatePrompt (offline use: a new version is waiting)', () => {
  it('is an empty status region until a new version waits', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers Reload, which activates the new version', async () => {
    const user = userEvent.setup();
    const updateSW = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt />);
    act(() => {
      offerUpdate(updateSW);
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of the timeline is available.',
    );
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(updateSW).toHaveBeenCalledWith(true);
    // Pressed twice while reloading, it does not ask twice.
    await user.click(screen.getByRole('button', { name: 'Reloading…' }));
    expect(updateSW).toHaveBeenCalledTimes(1);
  });

  it('"Later" puts the banner away without updating', async () => {
    const user = userEvent.setup();
    const updateSW = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt />);
    act(() => {
      offerUpdate(updateSW);
    });
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(updateSW).not.toHaveBeenCalled();
  });
});
