/** Seeded synthetic dataset (schema v2) for the benchmark and the large-dataset browser test. */
export interface SyntheticDataset {
  schemaVersion: 4;
  title: string;
  themes: { id: string; label: string }[];
  events: { id: string; title: string; start: string; end?: string; themes: string[] }[];
  quotes: { id: string; eventId: string }[];
}
export function generateDataset(
  count: number,
  seed?: number,
  options?: { links?: number },
): SyntheticDataset;
