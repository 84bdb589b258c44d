/**
 * Saves a Blob as a file through a temporary `<a download>` with an object URL (no network;
 * `blob:` navigations for downloads are not restricted by the page's CSP).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the URL after click() returns; let them finish first.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 30_000);
  }
}

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
