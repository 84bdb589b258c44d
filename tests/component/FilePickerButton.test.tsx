import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilePickerButton } from '../../src/components/FilePickerButton';

describe('FilePickerButton', () => {
  it('opens the file picker from a visible button and hands over the picked file', async () => {
    const onPick = vi.fn();
    render(
      <FilePickerButton inputLabel="Tour file" accept=".json" onPick={onPick}>
        Import a tour…
      </FilePickerButton>,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Tour file');
    const click = vi.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Import a tour…' }));
    expect(click).toHaveBeenCalled();
    expect(input).toHaveAttribute('tabindex', '-1');
    const file = new File(['{}'], 'tour.json', { type: 'application/json' });
    await userEvent.upload(input, file);
    expect(onPick).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });

  it('does nothing when the picker is cancelled, and can be disabled', () => {
    const onPick = vi.fn();
    render(
      <FilePickerButton inputLabel="File" accept=".json" onPick={onPick} disabled>
        Open
      </FilePickerButton>,
    );
    fireEvent.change(screen.getByLabelText('File'), { target: { files: [] } });
    expect(onPick).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
  });
});
