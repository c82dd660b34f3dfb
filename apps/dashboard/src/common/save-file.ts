/**
 * Hands a file made or fetched in the page to the browser's downloads, as a link to it would. Needed where a
 * plain link cannot work: a file built in the browser, or one the API sends only with a bearer header.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: a browser may start reading the object URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
