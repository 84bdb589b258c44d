/** Only http(s) and mailto links ever reach an href; anything else is dropped. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:'
      ? u.href
      : null;
  } catch {
    return null;
  }
}
