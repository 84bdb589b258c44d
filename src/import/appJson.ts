/** The app's own JSON format: what `data/wpc.json` is written in. */
import type { Dataset } from '../domain/types';

/** A dataset as pretty-printed JSON (two-space indent, final newline). */
export function exportAppJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
