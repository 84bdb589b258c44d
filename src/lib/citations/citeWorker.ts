/**
 * Module Web Worker: formats a bibliography off the main thread. The first entry in a style
 * sets up citeproc's engine for it, which took the page over a second (the PowerPoint export's
 * longest task); here it never freezes the page. Create it with
 * `new Worker(new URL('./citeWorker.ts', import.meta.url), { type: 'module' })`.
 */
import type { CiteReply, CiteRequest } from './citeProtocol';
import { loadCiter } from './index';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CiteRequest>) => void) | null;
  postMessage(message: CiteReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { sources, style, opts } }) => {
  loadCiter([style])
    .then((citer) => {
      scope.postMessage({
        ok: true,
        entries: sources.map((s) => citer.citeSource(s, style, opts)),
      });
    })
    .catch((e: unknown) => {
      scope.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
    });
};
