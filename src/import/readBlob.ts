/**
 * Reads a picked file in the import worker, chunk by chunk from `Blob.stream()`, into one
 * buffer of the file's size (so the page never holds a copy of the file's bytes, and no chunk is
 * copied twice), reporting the bytes read so far of the total.
 */
export async function readBlob(
  blob: Blob,
  onProgress?: (read: number, total: number) => void,
): Promise<Uint8Array> {
  const total = blob.size;
  const out = new Uint8Array(total);
  const reader = blob.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew after it was picked: keep what fits (the size was checked against it).
    const room = total - read;
    out.set(value.length > room ? value.subarray(0, room) : value, read);
    read += Math.min(value.length, room);
    onProgress?.(read, total);
    if (read >= total) {
      await reader.cancel();
      break;
    }
  }
  return read === total ? out : out.subarray(0, read);
}
