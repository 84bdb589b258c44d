/** The import worker reads a picked file itself, chunk by chunk, reporting bytes read. */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/import/importDataset';
import { readBlob } from '../../../src/import/readBlob';

/** A file whose stream arrives in the given pieces (split anywhere, even inside a character). */
function blobOfChunks(chunks: Uint8Array[]): Blob {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  return {
    size,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
  } as unknown as Blob;
}

describe('readBlob', () => {
  const text =
    '\uFEFF{"events":[{"start_date":{"year":"2007"},"text":{"headline":"Zürich – 東京"}}]}';
  const bytes = new TextEncoder().encode(text);

  it('puts chunks split inside a multi-byte character and after the BOM back together', async () => {
    // Split after 2 bytes (inside the BOM), inside "ü" and inside "東".
    const u = bytes.indexOf(0xc3);
    const k = bytes.indexOf(0xe6);
    const cuts = [0, 2, u + 1, k + 2, bytes.length];
    const chunks = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
    const read = await readBlob(blobOfChunks(chunks));
    expect(read).toEqual(bytes);
    const outcome = importBytes(read, 't.json');
    expect(outcome.ok && outcome.dataset.events[0]?.title).toBe('Zürich – 東京');
  });

  it('reports the bytes read of the total after every chunk', async () => {
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10, 40), bytes.subarray(40)];
    const seen: [number, number][] = [];
    await readBlob(blobOfChunks(chunks), (read, total) => seen.push([read, total]));
    expect(seen).toEqual([
      [10, bytes.length],
      [40, bytes.length],
      [bytes.length, bytes.length],
    ]);
  });

  it('reads a real Blob', async () => {
    expect(await readBlob(new Blob([bytes]))).toEqual(bytes);
  });
});
