/** Where the dataset on screen comes from. */
export type DatasetSource =
  | { readonly kind: 'builtin' }
  | { readonly kind: 'url'; readonly url: string; readonly confirmed: boolean }
  | { readonly kind: 'file'; readonly name: string; readonly token: number };

export const BUILTIN: DatasetSource = { kind: 'builtin' };

export function sourceFromUrlParam(dataUrl: string | null): DatasetSource {
  return dataUrl === null ? BUILTIN : { kind: 'url', url: dataUrl, confirmed: false };
}

/** A URL on another site needs the reader's consent before anything is fetched. */
export function needsConsent(source: DatasetSource, pageHref: string): URL | null {
  if (source.kind !== 'url' || source.confirmed) return null;
  try {
    const url = new URL(source.url, pageHref);
    return url.origin !== new URL(pageHref).origin &&
      (url.protocol === 'https:' || url.protocol === 'http:')
      ? url
      : null;
  } catch {
    return null;
  }
}
