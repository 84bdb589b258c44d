/**
 * A bibliography formatted in a Web Worker (citeWorker.ts), for the deck exports: the page
 * stays responsive while citeproc sets up a style. Where workers are unavailable (tests, very
 * old browsers) or the worker fails, the same entries are formatted here instead.
 */
import type { Source } from '../../domain/types';
import type { CiteOptions } from './common';
import type { CiteReply, CiteRequest } from './citeProtocol';
import { loadCiter } from './index';
import type { CitationStyle } from './styles';

async function onMainThread(
  sources: readonly Source[],
  style: CitationStyle,
  opts?: CiteOptions,
): Promise<string[]> {
  const citer = await loadCiter([style]);
  return sources.map((s) => citer.citeSource(s, style, opts));
}

/** Each source's entry in `style`, in the order given, as plain text. */
export function citeSourcesOffThread(
  sources: readonly Source[],
  style: CitationStyle,
  opts?: CiteOptions,
): Promise<readonly string[]> {
  if (sources.length === 0) return Promise.resolve([]);
  if (typeof Worker === 'undefined') return onMainThread(sources, style, opts);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./citeWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(sources, style, opts);
  }
  return new Promise<readonly string[]>((resolve) => {
    const fallBack = () => {
      worker.terminate();
      resolve(onMainThread(sources, style, opts));
    };
    worker.onmessage = ({ data }: MessageEvent<CiteReply>) => {
      if (!data.ok) {
        fallBack();
        return;
      }
      worker.terminate();
      resolve(data.entries);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    const request: CiteRequest = opts ? { sources, style, opts } : { sources, style };
    worker.postMessage(request);
  });
}
