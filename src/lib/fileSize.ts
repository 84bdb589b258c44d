/**
 * A file size in megabytes (MiB, as the importer's limits are set), formatted for a locale:
 * 33_554_432 → "32" ("en", "de"); 33_600_000 → "32.1" / "32,1" (one decimal at most). With
 * `roundUp`, a size just over a limit never reads as the limit itself (64 MB + 1 byte → "64.1").
 */
export function formatMegabytes(bytes: number, intl: string, roundUp = false): string {
  const mb = bytes / (1024 * 1024);
  const tenths = roundUp ? Math.ceil(mb * 10) : Math.round(mb * 10);
  return new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(tenths / 10);
}
