import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCopyToClipboard, writeToClipboard } from '../../src/components/useCopyToClipboard';

const messages = { done: 'Link copied', failed: 'Copy it yourself' };

describe('useCopyToClipboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('copies, says so, and says it again on a second copy', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { result } = renderHook(() => useCopyToClipboard());
    await act(async () => {
      expect(await result.current.copy('https://x', messages)).toBe(true);
    });
    expect(writeText).toHaveBeenCalledWith('https://x');
    const first = result.current.status;
    expect(first.trim()).toBe('Link copied');
    await act(async () => {
      await result.current.copy('https://x', messages);
    });
    expect(result.current.status.trim()).toBe('Link copied');
    expect(result.current.status).not.toBe(first);
  });

  it('reports a refusal, or a browser without the Clipboard API', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('no')) } });
    const { result } = renderHook(() => useCopyToClipboard());
    await act(async () => {
      expect(await result.current.copy('text', messages)).toBe(false);
    });
    expect(result.current.status.trim()).toBe('Copy it yourself');
    vi.stubGlobal('navigator', {});
    expect(await writeToClipboard('text')).toBe(false);
  });
});
