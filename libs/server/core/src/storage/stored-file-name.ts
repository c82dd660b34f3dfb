/** The extensions a file of each accepted type may keep; the first is the one it gets otherwise. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
};

// C0 and C1 controls, DEL, and the marks, embeddings, overrides and isolates that make a name display
// other than it reads (e.g. "invoice\u202Efdp.exe" showing as "invoiceexe.pdf").
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const MAX_LENGTH = 200;

/**
 * The name a file is shown and downloaded under: the client's name as display text only (no path,
 * no control or bidi characters, a sane length) ending in the extension of the type its bytes were
 * recognised as, so a PDF sent as "evil.html" is kept and downloaded as "evil.pdf".
 * Applying it again changes nothing.
 */
export function storedFileName(raw: string | undefined, mediaType: string): string {
  const allowed = EXTENSIONS[mediaType] ?? [];
  const base = (raw ?? '').replace(INVISIBLE, '').split(/[\\/]/).pop() ?? '';
  // Windows drops trailing dots and spaces, so "a.html." would open as "a.html".
  const trimmed = base.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const dot = /\.([A-Za-z][A-Za-z0-9]{0,7})$/.exec(trimmed);
  const kept = dot && allowed.includes(dot[1].toLowerCase());
  const extension = kept ? dot[1] : (allowed[0] ?? '');
  const suffix = extension ? `.${extension}` : '';
  // Cut by code point, never between the halves of a surrogate pair.
  const stem = Array.from(dot ? trimmed.slice(0, dot.index) : trimmed)
    .slice(0, MAX_LENGTH - suffix.length)
    .join('')
    .replace(/[.\s]+$/, '');
  return (stem || 'document') + suffix;
}
