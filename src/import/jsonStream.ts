/**
 * Parses a JSON object as its bytes arrive, without ever holding the file as one string: a
 * 1,000,000-event TimelineJS file is 300 MB of UTF-8, a 300-million-character string once
 * decoded, and JSON.parse of it holds both and the value at once.
 *
 * The bytes are scanned for structure only (strings, nesting). Every array that is the value
 * of a member of the top-level object, or of an object directly inside it (`events`, `eras`,
 * `timeline.events`, `timeline.slides`, an app dataset's `events` and `quotes`), is parsed in
 * batches of about a megabyte of its elements (each batch with JSON.parse, so values are
 * exactly what JSON.parse makes of them); the rest (titles and the like) is gathered and
 * parsed at the end, with the arrays put back in place.
 *
 * Anything out of the ordinary (not an object, invalid JSON or UTF-8, nesting deeper than
 * MAX_JSON_DEPTH) makes `push` return false: the caller then reads the file the whole way
 * (importBytes), which says exactly where and what the problem is. So this path only ever
 * answers for files JSON.parse would read, and with the same value.
 */
import { MAX_JSON_DEPTH } from './jsonText';
import { MAX_IMPORT_BYTES } from './limits';

/** Elements are parsed in batches of about this many bytes. */
const BATCH_BYTES = 1 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** What each open container is. */
const OBJECT = 0;
const ARRAY = 1;
/** An array parsed in batches (see above). */
const BATCHED = 2;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonObjectStream {
  /** Bytes not yet consumed: from `keep` (the start of what is still to be parsed) on. */
  private buf = new Uint8Array(0);
  /** How much of `buf` holds bytes. */
  private len = 0;
  /** Where scanning resumes in `buf`. */
  private pos = 0;
  /** Start of the text (outside batched arrays) not yet decoded, in `buf`. */
  private textStart = 0;
  /** Start of the current batch of elements (inside a batched array), in `buf`. */
  private batchStart = -1;
  private batches = 0;
  /** Where the string being scanned began, in `buf`. */
  private stringStart = 0;
  private readonly stack: number[] = [];
  private inString = false;
  /** Last byte outside strings that was not white space. */
  private last = 0;
  private started = false;
  private closed = false;
  private failed = false;
  private readonly text: string[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly elementDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The batched arrays, in the order they were met; `marker + index` stands for each. */
  private readonly arrays: unknown[][] = [];
  private readonly marker = `\u0000batched-${Math.random().toString(36).slice(2)}:`;

  /** Takes the next bytes; false once the input is not (or is no longer) readable this way. */
  push(chunk: Uint8Array): boolean {
    if (this.failed) return false;
    const keep = this.batchStart >= 0 ? this.batchStart : this.textStart;
    const kept = this.len - keep;
    // Room for the chunk after what is kept: move it to the front (once at least half the
    // buffer is spent), or into a larger buffer; otherwise just append.
    if (kept + chunk.length > this.buf.length) {
      const next = new Uint8Array(Math.max(2 * this.buf.length, kept + chunk.length, 1 << 16));
      next.set(this.buf.subarray(keep, this.len));
      this.buf = next;
    } else if (this.len + chunk.length > this.buf.length || keep > this.buf.length / 2) {
      this.buf.copyWithin(0, keep, this.len);
    } else {
      this.buf.set(chunk, this.len);
      this.len += chunk.length;
      return this.scanned();
    }
    this.buf.set(chunk, kept);
    this.len = kept + chunk.length;
    this.pos -= keep;
    this.textStart -= keep;
    this.stringStart -= keep;
    if (this.batchStart >= 0) this.batchStart -= keep;
    return this.scanned();
  }

  private scanned(): boolean {
    try {
      this.scan();
      // Decode what lies outside batched arrays as it comes, so it is never held as bytes
      // (a string still open is kept whole: its backslashes decide where it ends).
      const upTo = this.inString ? this.stringStart : this.pos;
      if (!this.failed && this.started && this.batchStart < 0 && upTo > this.textStart) {
        this.text.push(
          this.decoder.decode(this.buf.subarray(this.textStart, upTo), { stream: true }),
        );
        this.textStart = upTo;
      }
    } catch {
      this.failed = true;
    }
    return !this.failed;
  }

  /** The value, once all bytes were pushed; null when it cannot be read this way. */
  end(): { value: Record<string, unknown> } | null {
    if (this.failed || !this.closed || this.inString) return null;
    try {
      this.text.push(this.decoder.decode(this.buf.subarray(this.textStart, this.pos)));
      const value: unknown = JSON.parse(this.text.join(''));
      this.text.length = 0;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const root = value as Record<string, unknown>;
      this.restore(root);
      for (const v of Object.values(root)) {
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
          this.restore(v as Record<string, unknown>);
        }
      }
      return { value: root };
    } catch {
      return null;
    }
  }

  private restore(object: Record<string, unknown>): void {
    for (const [key, v] of Object.entries(object)) {
      if (typeof v === 'string' && v.startsWith(this.marker)) {
        object[key] = this.arrays[Number(v.slice(this.marker.length))];
      }
    }
  }

  private fail(): void {
    this.failed = true;
  }

  private scan(): void {
    const buf = this.buf;
    const n = this.len;
    let i = this.pos;
    if (!this.started) {
      // A UTF-8 byte-order mark, white space, then the object's opening brace.
      const bom = [0xef, 0xbb, 0xbf];
      let j = 0;
      while (j < 3 && j < n && buf[j] === bom[j]) j++;
      if (j > 0 && j < 3) {
        if (j < n) {
          this.fail();
          return;
        }
        return; // wait for the rest of the mark
      }
      while (j < n && isSpace(buf[j] ?? 0)) j++;
      if (j === n) return; // only white space so far
      if (buf[j] !== OPEN_BRACE) {
        this.fail();
        return;
      }
      this.started = true;
      this.textStart = j;
      i = j;
    }
    const stack = this.stack;
    while (i < n) {
      if (this.inString) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0 || q >= n) {
          i = n;
          break;
        }
        let backslashes = 0;
        while (buf[q - 1 - backslashes] === BACKSLASH) backslashes++;
        i = q + 1;
        if (backslashes % 2 === 0) this.inString = false;
        continue;
      }
      const c = buf[i] ?? 0;
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (this.closed) {
        this.fail();
        return;
      }
      const top = stack.length > 0 ? stack[stack.length - 1] : -1;
      if (c === QUOTE) {
        this.inString = true;
        this.stringStart = i;
      } else if (c === OPEN_BRACE) {
        stack.push(OBJECT);
      } else if (c === OPEN_BRACKET) {
        if (top === OBJECT && stack.length <= 2 && this.startBatched(i)) {
          stack.push(BATCHED);
        } else {
          if (this.failed) return;
          stack.push(ARRAY);
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (top !== (c === CLOSE_BRACE ? OBJECT : top === BATCHED ? BATCHED : ARRAY)) {
          this.fail();
          return;
        }
        if (top === BATCHED) {
          if (!this.endBatch(i, true)) {
            this.fail();
            return;
          }
          this.batchStart = -1;
          this.textStart = i + 1;
        }
        stack.pop();
        if (stack.length === 0) this.closed = true;
      } else if (c === COMMA && top === BATCHED && i - this.batchStart >= BATCH_BYTES) {
        if (!this.endBatch(i, false)) {
          this.fail();
          return;
        }
        this.batchStart = i + 1;
      }
      if (stack.length > MAX_JSON_DEPTH) {
        this.fail();
        return;
      }
      this.last = c;
      i++;
    }
    this.pos = i;
  }

  /**
   * At the `[` of an array that is an object member's value: hands the text before it to the
   * decoder, a marker in its place. False (and the array is scanned as any other) when the `[`
   * is not where a value goes; JSON.parse will say what is wrong.
   */
  private startBatched(at: number): boolean {
    if (this.last !== COLON) return false;
    this.text.push(this.decoder.decode(this.buf.subarray(this.textStart, at), { stream: true }));
    this.text.push(JSON.stringify(`${this.marker}${this.arrays.length}`));
    this.arrays.push([]);
    this.batchStart = at + 1;
    this.textStart = at + 1;
    this.batches = 0;
    return true;
  }

  /** Parses the elements from batchStart to `at` (a comma, or the closing bracket). */
  private endBatch(at: number, last: boolean): boolean {
    const text = this.elementDecoder.decode(this.buf.subarray(this.batchStart, at));
    const elements = JSON.parse(`[${text}]`) as unknown[];
    // A batch between two commas holds at least one element ("[1,,2]" is not JSON); the last
    // may be empty only when it is the whole array ("[]", not "[1,]").
    if (elements.length === 0 && (!last || this.batches > 0)) return false;
    this.batches++;
    const list = this.arrays[this.arrays.length - 1] as unknown[];
    for (const e of elements) list.push(e);
    return true;
  }
}

/**
 * Reads a picked file as a JSON object while it streams in from `Blob.stream()`, reporting the
 * bytes read so far of the total; null when it is not a JSON object this reads (read the file
 * whole then: importBytes says what is wrong with it).
 */
export async function readJsonBlob(
  blob: Blob,
  onProgress?: (read: number, total: number) => void,
): Promise<Record<string, unknown> | null> {
  const total = blob.size;
  if (total > MAX_IMPORT_BYTES) return null;
  const parser = new JsonObjectStream();
  const reader = blob.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // A file that grew after it was picked: keep what fits (as readBlob does).
      const piece = value.length > total - read ? value.subarray(0, total - read) : value;
      if (!parser.push(piece)) {
        await reader.cancel();
        return null;
      }
      read += piece.length;
      onProgress?.(read, total);
      if (read >= total) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    return null;
  }
  return parser.end()?.value ?? null;
}
