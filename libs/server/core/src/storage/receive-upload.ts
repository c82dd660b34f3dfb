import { ErrorCode } from '@accord/contracts';
import { AppError, UnprocessableError } from '../errors/app-error';
import type { ClamdScanner, ScanSession } from './clamd-scanner';
import type { ObjectStorage } from './object-storage';
import { storedFileName } from './stored-file-name';
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

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

export interface UploadTarget {
  storage: ObjectStorage;
  keyPrefix: string;
  maxBytes: number;
  /** When set, every file goes through clamd before it is kept. */
  scanner?: ClamdScanner | null;
}

async function sniff(head: Buffer): Promise<string | undefined> {
  // file-type is ESM-only; Node 20.19+ loads it through require().
  const { fileTypeFromBuffer } = await import('file-type');
  return (await fileTypeFromBuffer(head))?.mime;
}

const malformed = (why: string) =>
  new AppError(400, ErrorCode.MalformedMultipart, `The upload is not a complete multipart form: ${why}`);

const tooLarge = (maxBytes: number) =>
  new AppError(413, ErrorCode.PayloadTooLarge, `Files may be at most ${Math.round(maxBytes / 1048576)} MB`);

const scanUnavailable = (reason: string) => {
  const error = new AppError(
    503,
    ErrorCode.VirusScanUnavailable,
    'Files cannot be checked for viruses right now, so nothing was kept; try again shortly',
    undefined,
    { 'Retry-After': '30' },
  );
  error.cause = reason;
  return error;
};

const noop = () => undefined;

/**
 * Streams the multipart field "file" into storage under a server-generated key while hashing it (and,
 * with a scanner, through clamd); the type is decided by the first bytes. Nothing is held in memory
 * beyond the sniffed head and stream buffers, and nothing is kept unless the whole form arrived intact
 * and the scan found it clean: the storage write only ends after the verdict.
 * Refusals: 400 for a broken form, 413 over the limit, 415 for a type we do not take, 422 for an empty
 * file, no file or an infected one, 503 when the virus scan cannot answer.
 * Every stream here has an error listener: one unheard 'error' event would end the whole process.
 */
export async function receiveUpload(request: IncomingMessage, target: UploadTarget): Promise<StoredUpload> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > target.maxBytes + 64 * 1024) {
    request.resume();
    throw tooLarge(target.maxBytes);
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      // Names are UTF-8 from every current browser; busboy assumes latin1 otherwise.
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: target.maxBytes, fields: 10, fieldSize: 1024, parts: 12 },
    });
  } catch (error) {
    request.resume();
    throw malformed(
      `${(error as Error).message}; send the file as multipart/form-data in a field named "file"`,
    );
  }

  // The first reason this upload failed wins; everything after it is a consequence.
  let failure: Error | undefined;
  let scan: ScanSession | undefined;
  let storedKey: string | undefined;
  const abort = (reason: Error) => {
    failure ??= reason;
    scan?.cancel();
    // Busboy calls these listeners from inside its own write ('limit', 'file', 'field') and goes on
    // using its state after they return: destroyed there, it writes to a part it has just dropped
    // (an uncaught TypeError that ends the process). Tear it down once that write has returned.
    setImmediate(() => {
      request.unpipe(parser);
      parser.destroy();
      // Read and drop what the client still sends, so the answer can go out on a healthy connection.
      request.resume();
    });
  };
  parser.on('error', noop);
  const parsed = finished(parser).catch((error: Error) => {
    throw (failure ??= malformed(error.message));
  });
  parsed.catch(noop);
  const clientGone = () => {
    if (!request.complete) abort(malformed('the connection closed before the form ended'));
  };
  request.once('close', clientGone);

  const chosen = new Promise<{ file: Readable; filename: string | undefined }>((resolve, reject) => {
    let claimed = false;
    parser.on('file', (name: string | undefined, file: Readable, info: { filename?: string }) => {
      file.on('error', noop);
      if (!name) {
        file.resume();
        abort(malformed('every part needs a name'));
        return;
      }
      if (claimed || name !== 'file') {
        file.resume();
        return;
      }
      claimed = true;
      file.once('limit', () => abort(tooLarge(target.maxBytes)));
      resolve({ file, filename: info.filename });
    });
    parser.on('field', (name: string | undefined) => {
      if (!name) abort(malformed('every part needs a name'));
    });
    parsed.then(
      () => reject(new UnprocessableError(ErrorCode.NoFile, 'Attach the file in a field named "file"')),
      reject,
    );
  });
  chosen.catch(noop);
  request.pipe(parser);

  try {
    const { file, filename } = await chosen;
    const upload = await storeFile(
      file,
      target,
      (session) => (scan = session),
      (key) => (storedKey = key),
      abort,
    );
    // The file alone is not enough: the rest of the form must arrive intact too.
    await parsed;
    if (failure) throw failure;
    return { ...upload, originalName: storedFileName(filename, upload.mediaType) };
  } catch (error) {
    const reason = failure ?? error;
    if (!failure) abort(reason as Error);
    if (storedKey) await target.storage.delete(storedKey).catch(noop);
    throw reason;
  } finally {
    request.off('close', clientGone);
  }
}

async function storeFile(
  file: Readable,
  target: UploadTarget,
  onScan: (session: ScanSession) => void,
  onStored: (key: string) => void,
  abort: (reason: Error) => void,
): Promise<Omit<StoredUpload, 'originalName'>> {
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = async () => {
    try {
      return await chunks.next();
    } catch (error) {
      throw malformed((error as Error).message);
    }
  };
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const chunk = await next();
    if (chunk.done) {
      ended = true;
      break;
    }
    head.push(chunk.value);
    headBytes += chunk.value.length;
  }
  if (headBytes === 0) throw new UnprocessableError(ErrorCode.EmptyFile, 'The file is empty');
  const sniffed = Buffer.concat(head);
  const mediaType = await sniff(sniffed);
  if (!mediaType || !ACCEPTED_MEDIA_TYPES.has(mediaType)) {
    throw new AppError(
      415,
      ErrorCode.UnsupportedFileType,
      'Only PDF, JPEG, PNG and HEIC files are accepted',
      {
        detected: mediaType ?? null,
      },
    );
  }

  const scan = target.scanner?.scan();
  if (scan) {
    onScan(scan);
    // A clamd that is down fails the upload at once, not after the whole file has arrived.
    scan.verdict.catch((error: Error) => abort(scanUnavailable(error.message)));
  }
  const hash = createHash('sha256');
  let size = 0;
  async function* content(): AsyncGenerator<Buffer> {
    try {
      for (let chunk: Buffer | undefined = sniffed; chunk;) {
        hash.update(chunk);
        size += chunk.length;
        if (scan && !scan.input.write(chunk)) await once(scan.input, 'drain');
        yield chunk;
        const following = ended ? undefined : await next();
        chunk = following && !following.done ? following.value : undefined;
      }
      if (scan) {
        scan.input.end();
        const verdict = await scan.verdict.catch((error: Error) => {
          throw scanUnavailable(error.message);
        });
        if (verdict.infected) {
          throw new UnprocessableError(ErrorCode.FileInfected, 'The virus scan found malware in this file', {
            signature: verdict.signature,
          });
        }
      }
    } catch (error) {
      // Recorded here, whatever the storage driver makes of the error on its way out.
      abort(error as Error);
      throw error;
    }
  }

  const key = `${target.keyPrefix}/${randomUUID()}`;
  // The storage write ends only when content() does, after the verdict; an error from it abandons the
  // write (a partial file removed, a multipart upload aborted), so a refused file is never kept.
  await target.storage.put(key, Readable.from(content(), { objectMode: false }), mediaType);
  onStored(key);
  return { storageKey: key, sha256: hash.digest('hex'), sizeBytes: size, mediaType };
}
