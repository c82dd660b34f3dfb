/**
 * What the API takes as a case document: PDF, JPEG, PNG and HEIC/HEIF up to 20 MB. The server decides by
 * the file's content; these checks only spare people a long upload that is bound to be refused. Shared by
 * the dashboard and the client's upload page, so both refuse the same files with the same words.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const EXTENSIONS = /\.(pdf|jpe?g|png|hei[cf])$/i;
const MEDIA_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/heif']);

/** For a file input's `accept`: the types by name and by extension (some systems report no type). */
export const DOCUMENT_FILE_ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif';

export type DocumentFileProblem = 'too_large' | 'unsupported_type' | 'empty_file';

export function checkDocumentFile(file: {
  name: string;
  size: number;
  type?: string;
}): DocumentFileProblem | null {
  // A known extension or a known type will do: phones name camera photos oddly, and Windows often
  // reports no type for HEIC.
  if (!EXTENSIONS.test(file.name) && !MEDIA_TYPES.has(file.type ?? '')) return 'unsupported_type';
  if (file.size === 0) return 'empty_file';
  if (file.size > MAX_DOCUMENT_BYTES) return 'too_large';
  return null;
}

/** Whether the browser can draw the file in an <img> (HEIC only Safari can, so it is left out). */
export const isDrawableImage = (mediaType: string): boolean => /^image\/(jpeg|png)$/.test(mediaType);
