import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useLazyDialog } from '../../src/components/useLazyDialog';

let release: () => void = () => {};
const Later = lazy(
  () =>
    new Promise<{ default: (p: { onClose: () => void }) => ReactElement }>((resolve) => {
      release = () => {
        resolve({
          default: ({ onClose }) => (
            <div role="dialog" aria-label="Later">
              <button type="button" onClick={onClose}>
                Close
              </button>
            </div>
          ),
        });
      };
    }),
);

function Opener() {
  const { open, dialog } = useLazyDialog('Loading the dialog…', (close) => (
    <Later onClose={close} />
  ));
  return (
    <>
      <button type="button" onClick={open}>
        Open it
      </button>
      {dialog}
    </>
  );
}

describe('useLazyDialog', () => {
  it('names what is loading, shows the dialog once loaded, and gives focus back on close', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    expect(screen.queryByRole('status')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Open it' });
    await user.click(opener);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dialog…');
    await act(async () => {
      release();
      await Promise.resolve();
    });
    const dialog = await screen.findByRole('dialog', { name: 'Later' });
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
