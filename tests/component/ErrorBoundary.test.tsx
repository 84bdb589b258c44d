import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

let broken = true;
function Panel() {
  if (broken) throw new Error('the chunk did not load');
  return <p>Panel content</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    broken = true;
    vi.restoreAllMocks();
  });

  it('contains a failure in one panel with its message and a way to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <h1>The page</h1>
        <ErrorBoundary label="The quote panel">
          <Panel />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('the chunk did not load');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Panel content')).toBeInTheDocument();
  });

  it('shows its fallback instead, for a part never seen on screen (the print-only sources)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <h1>The page</h1>
        <ErrorBoundary label="Sources" fallback={null}>
          <Panel />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
