/**
 * Files over the limit are refused from their size alone, saying exactly how large they are
 * and what the limit is, in the interface language; `?data=` stops reading once it is over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/domain/datasetError';
import { setLocale } from '../../../src/i18n/i18n';
import { MAX_IMPORT_BYTES } from '../../../src/import/limits';
import { fileTooLargeProblem, MAX_DATASET_BYTES } from '../../../src/queries/loadDataset';
import { loadDatasetFromUrl } from '../../../src/queries/loadFromUrl';

beforeEach(() => {
  // The page the address is resolved against (unit tests run in Node).
  vi.stubGlobal('window', { location: new URL('https://timeline.example/app/') });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLocale('en');
});

async function refusal(p: Promise<unknown>): Promise<DatasetError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('file size limits', () => {
  it('opens files up to the importer’s 384 MB', () => {
    expect(MAX_DATASET_BYTES).toBe(MAX_IMPORT_BYTES);
    expect(MAX_IMPORT_BYTES).toBe(384 * 1024 * 1024);
    expect(fileTooLargeProblem('big.json', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('says how large the file is and what the limit is, in English and German', async () => {
    expect(fileTooLargeProblem('big.json', MAX_IMPORT_BYTES + 1)).toEqual({
      path: 'big.json',
      message: 'the file is 384.1 MB, 0.1 MB over the limit; files up to 384 MB can be opened',
      severity: 'error',
      localized: true,
    });
    await setLocale('de');
    expect(fileTooLargeProblem('big.json', 400.5 * 1024 * 1024)?.message).toBe(
      'die Datei ist 400,5 MB groß, 16,5 MB über der Grenze; Dateien bis 384 MB können geöffnet werden',
    );
  });

  it('?data= refuses a file from its Content-Length, before reading its body', async () => {
    const read = vi.fn();
    const body = { getReader: () => ({ read, cancel: vi.fn() }) };
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve({
          ok: true,
          status: 200,
          statusText: 'OK',
          headers: new Headers({ 'content-length': String(400 * 1024 * 1024) }),
          body,
        }),
      ),
    );
    const e = await refusal(loadDatasetFromUrl('/big.json', false));
    expect(e.message).toBe('Dataset too large');
    expect(e.problems.map((p) => p.message)).toEqual([
      'the file is 400 MB, 16 MB over the limit; files up to 384 MB can be opened',
    ]);
    expect(read).not.toHaveBeenCalled();
  });

  it('?data= without a Content-Length stops reading once more than the limit arrived', async () => {
    const chunk = new Uint8Array(16 * 1024 * 1024);
    let reads = 0;
    const cancel = vi.fn(() => Promise.resolve());
    const reader = {
      read: () => {
        reads++;
        return Promise.resolve({ done: false, value: chunk });
      },
      cancel,
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve({
          ok: true,
          status: 200,
          statusText: 'OK',
          headers: new Headers(),
          body: { getReader: () => reader },
        }),
      ),
    );
    const e = await refusal(loadDatasetFromUrl('/endless.json', false));
    expect(e.problems.map((p) => p.message)).toEqual([
      'more than 384 MB arrived before the file ended; files up to 384 MB can be opened',
    ]);
    expect(reads).toBe(25);
    expect(cancel).toHaveBeenCalled();
  });
});
