/**
 * `?data=`: a dataset fetched from a web address (loaded only with such a link). The last
 * version of each address that loaded and validated is kept in the browser (a live sheet's
 * offline copy, src/store/sheetSnapshots.ts); when a later load of the same address fails, that
 * copy is shown instead of the error, saying how old it is and why (`LoadedDataset.snapshot`).
 */
import type { LoadedDataset } from '../domain/indexes';
import { DatasetError } from '../domain/datasetError';
import { reportProgress } from './loadProgress';
import { t } from '../i18n/i18n';
import { currentLocation } from '../store/browserUrl';
import { findSnapshot, keepSnapshot } from '../store/sheetSnapshots';
import {
  fileTooLargeProblem,
  limitMb,
  loadDatasetBytes,
  MAX_DATASET_BYTES,
  problem,
} from './loadDataset';

/**
 * Resolves `?data=` against the page. Same-site http(s) URLs load directly; another site's
 * only with `allowOtherSites` (after the reader agreed) and only if that server allows CORS.
 */
export function resolveDataUrl(raw: string, pageHref: string, allowOtherSites = false): URL {
  let url: URL;
  try {
    url = new URL(raw, pageHref);
  } catch {
    throw new DatasetError(t('load.invalidUrl', { url: raw }), [
      problem('?data=', t('load.invalidUrl', { url: raw })),
    ]);
  }
  const page = new URL(pageHref);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DatasetError(t('load.onlyHttp'), [
      problem('?data=', t('load.protocolRefused', { protocol: url.protocol })),
    ]);
  }
  if (url.origin !== page.origin && !allowOtherSites) {
    throw new DatasetError(t('load.otherSite'), [
      problem('?data=', t('load.otherSiteDetail', { other: url.origin, here: page.origin })),
    ]);
  }
  return url;
}

/** Downloads with progress (when the server says how big the file is) and a size limit. */
async function fetchBytes(url: URL, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  const sameSite = url.origin === currentLocation().origin;
  try {
    response = await fetch(url, {
      signal: signal ?? null,
      credentials: sameSite ? 'same-origin' : 'omit',
      mode: sameSite ? 'same-origin' : 'cors',
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DatasetError(t('load.couldNotFetch', { url: url.href }), [
      problem(
        url.href,
        sameSite ? t('load.requestFailed', { why }) : t('load.requestFailedCors', { why }),
      ),
    ]);
  }
  if (!response.ok) {
    throw new DatasetError(t('load.couldNotFetch', { url: url.pathname }), [
      problem(
        url.href,
        t('load.serverAnswered', {
          status: `${response.status} ${response.statusText}`.trim(),
        }),
      ),
    ]);
  }
  const total = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = fileTooLargeProblem(url.href, total);
  if (tooLarge) throw new DatasetError(t('load.tooLarge'), [tooLarge]);
  reportProgress({ phase: 'downloading', fraction: total > 0 ? 0 : null });
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (received > MAX_DATASET_BYTES) {
      await reader.cancel();
      throw new DatasetError(t('load.tooLarge'), [
        problem(url.href, t('load.overLimit', { limit: limitMb() })),
      ]);
    }
    reportProgress({ phase: 'downloading', fraction: total > 0 ? received / total : null });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

/** Why a load failed, in a few words: the one problem, or the title over several. */
function reasonOf(e: DatasetError): string {
  const only = e.problems.length === 1 ? e.problems[0] : undefined;
  return only ? only.message : e.message;
}

/**
 * The copy kept of `href`, shown instead of `failure`; with none, `failure` itself (naming a
 * kept copy that could not be read). Never another address's copy.
 */
async function copyInstead(
  href: string,
  name: string,
  failure: DatasetError,
): Promise<LoadedDataset> {
  const found = await findSnapshot(href);
  if (found.snapshot) {
    try {
      const loaded = await loadDatasetBytes(found.snapshot.bytes, name, href);
      return {
        ...loaded,
        snapshot: { savedAt: found.snapshot.savedAt, url: href, reason: reasonOf(failure) },
      };
    } catch {
      // A copy that no longer validates (an older app's file) is not shown: the failure is.
    }
  }
  if (found.problem?.kind === 'set-aside') {
    throw new DatasetError(failure.message, [
      ...failure.problems,
      {
        ...problem(href, t('snapshot.setAside', { detail: found.problem.detail })),
        severity: 'warning',
      },
    ]);
  }
  throw failure;
}

export async function loadDatasetFromUrl(
  raw: string,
  allowOtherSites: boolean,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  // Another site's address without consent is refused here, before any copy is looked up.
  const url = resolveDataUrl(raw, currentLocation().href, allowOtherSites);
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href;
  const fetchedAt = new Date();
  try {
    const bytes = await fetchBytes(url, signal);
    // Handed to the import worker as a Blob, so a JSON file is parsed as it streams in (as a
    // picked file is), never decoded to one string; the bytes stay for the offline copy.
    const loaded = await loadDatasetBytes(new Blob([bytes as BlobPart]), name, url.href);
    // Kept only once it validated; a copy that cannot be kept leaves the last one in place.
    const kept = await keepSnapshot(url.href, bytes, fetchedAt);
    if (kept)
      console.warn(`No offline copy of ${url.href} was kept: ${kept.kind} (${kept.detail})`);
    return loaded;
  } catch (e) {
    if (signal?.aborted || !(e instanceof DatasetError)) throw e;
    return await copyInstead(url.href, name, e);
  } finally {
    reportProgress(null);
  }
}
