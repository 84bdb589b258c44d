/** A web address to open: http(s) only; the site must allow it (CORS), as with `?data=`. */
export function parseDatasetAddress(text: string, base: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
