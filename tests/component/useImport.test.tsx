import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useImport } from '../../src/features/import/useImport';
import { MAX_IMPORT_BYTES } from '../../src/import/limits';

describe('useImport', () => {
  it('refuses a file over the limit from its size, without reading it', async () => {
    const onLoaded = vi.fn();
    const { result } = renderHook(() => useImport(onLoaded));
    const arrayBuffer = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    const file = { name: 'huge.json', size: MAX_IMPORT_BYTES * 4, arrayBuffer } as unknown as File;
    await act(() => result.current.importFile(file));
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(onLoaded).not.toHaveBeenCalled();
    expect(result.current.report).toEqual({
      kind: 'failed',
      name: 'huge.json',
      message: 'Dataset too large',
      problems: [
        {
          path: 'huge.json',
          message:
            'the file is 1,536 MB, 1,152 MB over the limit; files up to 384 MB can be opened',
          severity: 'error',
          localized: true,
        },
      ],
    });
  });
});
