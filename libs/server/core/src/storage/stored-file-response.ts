import { IsIn, IsOptional } from 'class-validator';
import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { storedFileName } from './stored-file-name';

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, so Chinese names survive every browser. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const PREVIEWABLE = /^(image\/(jpeg|png|heic|heif)|application\/pdf)$/;

/**
 * Streams an uploaded file back. Inline only when asked and only for images and PDFs (previews), never
 * for anything a browser would run; never cached, since these are ID scans and bank papers.
 */
export function storedFileResponse(
  response: Response,
  file: { mediaType: string; sizeBytes: number; originalName: string },
  body: Readable,
  disposition: 'attachment' | 'inline' | undefined,
): StreamableFile {
  const inline = disposition === 'inline' && PREVIEWABLE.test(file.mediaType);
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Length', String(file.sizeBytes));
  response.setHeader(
    'Content-Disposition',
    // Names stored before the rule existed get the same treatment on their way out.
    contentDisposition(inline ? 'inline' : 'attachment', storedFileName(file.originalName, file.mediaType)),
  );
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(body);
}

export class DownloadQuery {
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}
