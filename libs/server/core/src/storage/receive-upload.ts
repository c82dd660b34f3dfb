import { ErrorCode } from '@accord/contracts';
import { AppError, UnprocessableError } from '../errors/app-error';
import type { ObjectStorage } from './object-storage';
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PassThrough, Transform, type Readable } from 'node:stream';

/** PDF, JPEG, PNG and HEIC/HEIF: what phones and scanners produce. Checked by content, never by name. */
export const ACCEPTED_MEDIA_TYPES = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
]);
const SNIFF_BYTES = 4100;

export interface StoredUpload {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  originalName: string;
}

/** The client's file name is display text only: no path, no control characters, a sane length. */
export function displayName(raw: string | undefined): string {
  const cleaned =
    (raw ?? '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .split(/[\\/]/)
      .pop()
      ?.trim() ?? '';
  const safe = cleaned.replace(/^\.+/, '').slice(0, 200);
  return safe || 'document';
}

async function sniff(head: Buffer): Promise<string | undefined> {
  // file-type is ESM-only; Node 20.19+ loads it through require().
  const { fileTypeFromBuffer } = await import('file-type');
  return (await fileTypeFromBuffer(head))?.mime;
}

/**
 * Streams one multipart file into storage under a server-generated key while hashing it; the type is
 * decided by the first bytes. Nothing is held in memory beyond the sniffed head and stream buffers.
 * Refusals: 413 over the limit, 415 for a type we do not take, 422 for an empty file or no file.
 */
export function receiveUpload(
  request: IncomingMessage,
  storage: ObjectStorage,
  keyPrefix: string,
  maxBytes: number,
): Promise<StoredUpload> {
  return new Promise<StoredUpload>((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBytes + 64 * 1024) {
      request.resume();
      reject(
        new AppError(
          413,
          ErrorCode.PayloadTooLarge,
          `Files may be at most ${Math.round(maxBytes / 1048576)} MB`,
        ),
      );
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // Names are UTF-8 from every current browser; busboy assumes latin1 otherwise.
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 },
      });
    } catch {
      reject(
        new AppError(
          400,
          ErrorCode.ValidationFailed,
          'Send the file as multipart/form-data in a field named "file"',
        ),
      );
      return;
    }
    let handled = false;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      request.unpipe(parser);
      request.resume();
      reject(error);
    };

    parser.on('file', (field, file: Readable, info) => {
      if (handled || field !== 'file') {
        file.resume();
        return;
      }
      handled = true;
      const key = `${keyPrefix}/${randomUUID()}`;
      const hash = createHash('sha256');
      let size = 0;
      let truncated = false;
      const head: Buffer[] = [];
      let headBytes = 0;
      const body = new PassThrough();
      let storing: Promise<void> | null = null;
      let mediaType: string | undefined;

      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });

      const startStoring = async () => {
        const sniffed = Buffer.concat(head);
        mediaType = await sniff(sniffed);
        if (!mediaType || !ACCEPTED_MEDIA_TYPES.has(mediaType)) {
          file.resume();
          fail(
            new AppError(415, 'UNSUPPORTED_FILE_TYPE', 'Only PDF, JPEG, PNG and HEIC files are accepted', {
              detected: mediaType ?? null,
            }),
          );
          return;
        }
        storing = storage.put(key, body.pipe(counter), mediaType);
        body.write(sniffed);
        file.pipe(body);
      };

      file.on('limit', () => {
        truncated = true;
      });
      const onData = (chunk: Buffer) => {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= SNIFF_BYTES) {
          file.off('data', onData);
          file.off('end', onShortEnd);
          file.pause();
          void startStoring();
        }
      };
      // A file shorter than the sniffing window ends before storing starts.
      const onShortEnd = () => {
        if (headBytes === 0) {
          fail(new UnprocessableError('EMPTY_FILE', 'The file is empty'));
          return;
        }
        void startStoring().then(() => body.end());
      };
      file.on('data', onData);
      file.once('end', onShortEnd);

      file.once('close', () => {
        void (async () => {
          if (settled) return;
          // Wait for the storage write of everything received so far.
          while (!storing && !settled) await new Promise((r) => setImmediate(r));
          if (settled) return;
          try {
            await storing;
          } catch (error) {
            fail(error as Error);
            return;
          }
          if (truncated) {
            await storage.delete(key).catch(() => undefined);
            fail(
              new AppError(
                413,
                ErrorCode.PayloadTooLarge,
                `Files may be at most ${Math.round(maxBytes / 1048576)} MB`,
              ),
            );
            return;
          }
          settled = true;
          resolve({
            storageKey: key,
            sha256: hash.digest('hex'),
            sizeBytes: size,
            mediaType: mediaType as string,
            originalName: displayName(info.filename),
          });
        })();
      });
    });
    parser.once('error', (error: Error) =>
      fail(new AppError(400, ErrorCode.ValidationFailed, `Malformed upload: ${error.message}`)),
    );
    parser.once('close', () => {
      if (!handled) fail(new UnprocessableError('NO_FILE', 'Attach the file in a field named "file"'));
    });
    request.pipe(parser);
  });
}
