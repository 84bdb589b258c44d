/** "WPC 2008 — Houston" → name "WPC 2008", place "Houston", so band labels stay short. */
export function splitConferenceTitle(title: string): { label: string; place: string } {
  const m = /^(.+?)\s+[—–-]\s+(.+)$/.exec(title);
  return m ? { label: m[1] ?? title, place: m[2] ?? '' } : { label: title, place: '' };
}
