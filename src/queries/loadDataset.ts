import type { LoadedDataset } from '../domain/indexes';
import type { DatasetProblem } from '../domain/types';
import { DatasetError } from '../domain/datasetError';

export const MAX_DATASET_BYTES = 25 * 1024 * 1024;

function problem(path: string, message: string): DatasetProblem {
  return { path, message, severity: 'error' };
}

/** Resolves `?data=` against the page; only same-origin http(s) URLs are loaded. */
export function resolveDataUrl(raw: string, pageHref: string): URL {
  let url: URL;
  try {
    url = new URL(raw, pageHref);
  } catch {
    throw new DatasetError(`"${raw}" is not a valid URL`, [
      problem('?data=', `"${raw}" is not a valid URL`),
    ]);
  }
  const page = new URL(pageHref);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DatasetError('Only http(s) dataset URLs can be loaded', [
      problem('?data=', `"${url.protocol}" URLs cannot be loaded; use an http(s) URL`),
    ]);
  }
  if (url.origin !== page.origin) {
    throw new DatasetError('Datasets from other sites are not loaded', [
      problem(
        '?data=',
        `${url.origin} is a different site from ${page.origin}; only datasets from this site can be loaded by link`,
      ),
    ]);
  }
  return url;
}

async function fetchJson(url: URL, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, credentials: 'same-origin' });
  } catch (e) {
    throw new DatasetError(`Could not fetch ${url.pathname}`, [
      problem(url.pathname, `the request failed (${e instanceof Error ? e.message : String(e)})`),
    ]);
  }
  if (!response.ok) {
    throw new DatasetError(`Could not fetch ${url.pathname}`, [
      problem(url.pathname, `the server answered ${response.status} ${response.statusText}`.trim()),
    ]);
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_DATASET_BYTES) {
    throw new DatasetError('Dataset too large', [
      problem(url.pathname, `the file is ${(length / 1048576).toFixed(1)} MB; the limit is 25 MB`),
    ]);
  }
  const text = await response.text();
  if (text.trim() === '') {
    throw new DatasetError('Empty dataset', [problem(url.pathname, 'the file is empty')]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DatasetError('Not a JSON file', [
      problem(url.pathname, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`),
    ]);
  }
}

/**
 * Reads and validates a dataset. The validator (and zod with it) is loaded on demand, so it
 * stays out of the first JavaScript the browser has to parse.
 */
export async function loadDataset(
  dataUrl: string | null,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const [{ validateDataset }, { prepareDataset }] = await Promise.all([
    import('../domain/validateDataset'),
    import('../domain/indexes'),
  ]);
  let raw: unknown;
  let origin: string | null = null;
  if (dataUrl === null) {
    raw = (await import('../../data/wpc.json')).default;
  } else {
    const url = resolveDataUrl(dataUrl, window.location.href);
    origin = url.href;
    raw = await fetchJson(url, signal);
  }
  const result = validateDataset(raw);
  performance.mark('dataset-parsed');
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new DatasetError(
      `The dataset has ${errors} problem${errors === 1 ? '' : 's'}`,
      result.problems,
    );
  }
  return prepareDataset(result.dataset, result.warnings, origin);
}
