/** The last step of every import: the app's own validator, and one list of problems. */
import { validateDataset } from '../domain/validateDataset';
import type { DatasetProblem } from '../domain/types';
import {
  type Conversion,
  error,
  formatCount,
  hasErrors,
  type ImportFormat,
  type ImportOutcome,
  type ImportProgress,
} from './types';

/** A file with thousands of broken rows lists this many problems, then says how many more. */
export const MAX_REPORTED_PROBLEMS = 1000;

/** Errors first (in file order), then warnings; at most MAX_REPORTED_PROBLEMS of them. */
export function orderProblems(problems: readonly DatasetProblem[]): DatasetProblem[] {
  const ordered = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
  if (ordered.length <= MAX_REPORTED_PROBLEMS) return ordered;
  const rest = ordered.slice(MAX_REPORTED_PROBLEMS);
  return [
    ...ordered.slice(0, MAX_REPORTED_PROBLEMS),
    {
      path: '(file)',
      message: `… and ${formatCount(rest.length)} more problems not listed`,
      severity: hasErrors(rest) ? 'error' : 'warning',
    },
  ];
}

export function failed(
  problems: readonly DatasetProblem[],
  format: ImportFormat | null,
): ImportOutcome {
  const list = orderProblems(problems);
  if (!hasErrors(list)) list.unshift(error('(file)', 'the file could not be imported'));
  return { ok: false, problems: list, format };
}

/**
 * Validates what a converter produced. A converter that found errors may still hand over what
 * it could read (the app CSV layout does), so the validator's findings are listed too.
 */
export function finishImport(
  conversion: Conversion,
  format: ImportFormat,
  onProgress?: ImportProgress,
): ImportOutcome {
  if (conversion.raw === null) return failed(conversion.problems, format);
  onProgress?.('validating', 0.7);
  const result = validateDataset(conversion.raw);
  const relocate = conversion.relocate ?? ((p: DatasetProblem) => p);
  if (!result.ok || hasErrors(conversion.problems)) {
    const found = result.ok ? result.warnings : result.problems;
    return failed([...conversion.problems, ...found.map(relocate)], format);
  }
  return {
    ok: true,
    dataset: result.dataset,
    warnings: orderProblems([...conversion.problems, ...result.warnings.map(relocate)]),
    format,
  };
}
