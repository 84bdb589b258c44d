import type { LoadedDataset } from '../domain/indexes';
import type { ValidationResult } from '../domain/validateDataset';
import type { DatasetProblem } from '../domain/types';
import { DatasetError } from '../domain/datasetError';
import { reportProgress } from './loadProgress';
import { getI18n, i18nFor, loadMessages, t } from '../i18n/i18n';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { formatMegabytes } from '../lib/fileSize';

/** The largest file `?data=` or the file picker opens: the importer's limit. */
export const MAX_DATASET_BYTES = MAX_IMPORT_BYTES;

export function problem(path: string, message: string): DatasetProblem {
  return { path, message, severity: 'error', localized: true };
}

export function limitMb(): string {
  return formatMegabytes(MAX_DATASET_BYTES, getI18n().intl);
}

/**
 * A file over the limit, said exactly ("the file is 256.1 MB, 0.1 MB over the limit; files
 * up to 256 MB can be opened"), or null: asked before the file is read, from its size or Content-Length.
 */
export function fileTooLargeProblem(path: string, size: number): DatasetProblem | null {
  if (size <= MAX_DATASET_BYTES) return null;
  const intl = getI18n().intl;
  const sizeMb = formatMegabytes(size, intl, true);
  const over = formatMegabytes(size - MAX_DATASET_BYTES, intl, true);
  return problem(path, t('load.tooLargeDetail', { size: sizeMb, over, limit: limitMb() }));
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
      ? import('./yearsAgoWords').then((m) => m.registerWords(getI18n, i18nFor))
      : null,
    // Citations are written in English, deep years included ("13.8 billion years ago"); without
    // the English catalogue (offline, never fetched) they read in the interface language.
    loaded.timeScale === 'cosmological' ? loadMessages('en').catch(() => null) : null,
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
