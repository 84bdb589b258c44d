import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../src/components/useAfterPaint';

function Show({ value }: { value: string }) {
  const shown = useAfterPaint(value);
  return (
    <p>
      now {value}, panel {shown}
    </p>
  );
}

describe('useAfterPaint', () => {
  it('starts with the value, then follows a change only after the next frame', async () => {
    const { rerender } = render(<Show value="a" />);
    expect(screen.getByText('now a, panel a')).toBeInTheDocument();
    act(() => {
      rerender(<Show value="b" />);
    });
    // The urgent render shows the new value; the follower is still a frame behind.
    expect(screen.getByText('now b, panel a')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByText('now b, panel b')).toBeInTheDocument();
    });
  });

  it('skips values that were replaced before their frame came', async () => {
    const seen: string[] = [];
    function Record({ value }: { value: string }) {
      const shown = useAfterPaint(value);
      seen.push(shown);
      return <p>panel {shown}</p>;
    }
    const { rerender } = render(<Record value="a" />);
    act(() => {
      rerender(<Record value="b" />);
      rerender(<Record value="c" />);
    });
    await screen.findByText('panel c');
    expect(seen).not.toContain('b');
  });
});
