import type { LoadedDataset } from '../domain/indexes';
import type { ValidationResult } from '../domain/validateDataset';
import type { DatasetProblem } from '../domain/types';
import { DatasetError } from '../domain/datasetError';
import { reportProgress } from './loadProgress';
import { getI18n, t } from '../i18n/i18n';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { formatMegabytes } from '../lib/fileSize';
import { currentLocation } from '../store/browserUrl';

/** The largest file `?data=` or the file picker opens: the importer's limit. */
export const MAX_DATASET_BYTES = MAX_IMPORT_BYTES;

function problem(path: string, message: string): DatasetProblem {
  return { path, message, severity: 'error', localized: true };
}

function limitMb(): string {
  return formatMegabytes(MAX_DATASET_BYTES, getI18n().intl);
}

/**
 * A file over the limit, said exactly ("the file is 64.1 MB; files up to 64 MB can be
 * opened"), or null: asked before the file is read, from its size or Content-Length.
 */
export function fileTooLargeProblem(path: string, size: number): DatasetProblem | null {
  if (size <= MAX_DATASET_BYTES) return null;
  const sizeMb = formatMegabytes(size, getI18n().intl, true);
  return problem(path, t('load.tooLargeDetail', { size: sizeMb, limit: limitMb() }));
}

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

/**
 * Reads, checks and indexes a dataset file: decoding, format detection and validation run in
 * a Web Worker (so a 100,000-event file does not freeze the page), reporting progress.
 */
export async function loadDatasetBytes(
  bytes: Uint8Array | Blob,
  fileName: string,
  origin: string | null,
): Promise<LoadedDataset> {
  const [{ loadInWorker }, { prepareDataset }] = await Promise.all([
    import('../import/importClient'),
    import('../domain/indexes'),
  ]);
  const { outcome, loaded: prepared } = await loadInWorker(
    bytes,
    fileName,
    origin,
    (phase, fraction) => reportProgress({ phase, fraction }),
  );
  if (!outcome.ok) {
    reportProgress(null);
    const errors = outcome.problems.filter((p) => p.severity === 'error').length;
    throw new DatasetError(
      t('load.fileProblems', { name: fileName, count: errors }),
      outcome.problems,
    );
  }
  performance.mark('dataset-parsed');
  if (prepared !== null) {
    reportProgress(null);
    return withDateWords(prepared);
  }
  reportProgress({ phase: 'preparing', fraction: null });
  const loaded = prepareDataset(outcome.dataset, outcome.warnings, origin);
  reportProgress(null);
  return withDateWords(loaded);
}

/**
 * A dataset with EDTF dates, or on the cosmological scale (years ago), loads the code that
 * reads them in words before it is shown.
 */
async function withDateWords(loaded: LoadedDataset): Promise<LoadedDataset> {
  await Promise.all([
    loaded.events.some((e) => e.edtf !== undefined) ? import('../lib/edtfWords') : null,
    loaded.timeScale === 'cosmological'
      ? import('./yearsAgoWords').then((m) => m.registerWords(getI18n))
      : null,
  ]);
  return loaded;
}

/**
 * The built-in WPC dataset: its own chunk, checked by the same validator as any other file,
 * but when the app is built (a dataset that fails does not build), so no reader downloads or
 * runs the schema for it. Only the dev server can hand over a failed result.
 */
export async function loadBuiltinDataset(): Promise<LoadedDataset> {
  const [{ prepareDataset }, result] = await Promise.all([
    import('../domain/indexes'),
    import('virtual:builtin-dataset').then((m) => m.default as ValidationResult),
  ]);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new DatasetError(t('load.builtInProblems', { count: errors }), result.problems);
  }
  performance.mark('dataset-parsed');
  return withDateWords(prepareDataset(result.dataset, result.warnings, null));
}

export async function loadDatasetFromUrl(
  raw: string,
  allowOtherSites: boolean,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const url = resolveDataUrl(raw, currentLocation().href, allowOtherSites);
  try {
    const bytes = await fetchBytes(url, signal);
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href;
    return await loadDatasetBytes(bytes, name, url.href);
  } finally {
    reportProgress(null);
  }
}
