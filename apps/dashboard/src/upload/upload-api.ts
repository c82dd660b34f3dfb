import type { Api } from '@accord/contracts';
import type { UploadErrorCode } from './messages';

type Schemas = Api.components['schemas'];

/** What a link shows (`GET /public/upload-link`): its papers, nothing else of the case or the client. */
export type PublicView = Schemas['PublicUploadLink'];

/** One outstanding paper, as the public API shows it. */
export type PublicItem = Schemas['PublicUploadItem'];

/** The receipt of one file (`POST /public/upload-link/items/:itemId/files`). */
export type PublicUploadResult = Schemas['PublicUploadReceipt'];

/** A refusal, reduced to what the page says about it. */
export class UploadPageError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code);
    this.name = 'UploadPageError';
  }
}

const KNOWN: readonly UploadErrorCode[] = [
  'LINK_INVALID',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'EMPTY_FILE',
  'NO_FILE',
  'DUPLICATE_FILE',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
];

/** By status, for answers that carry no code of ours (a proxy's 413 page, a rate limiter in front). */
const BY_STATUS: Partial<Record<number, UploadErrorCode>> = {
  0: 'NETWORK',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FILE_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Reads a failed answer: the API's code when the page has words for it, else what the status says.
 * The wait of a rate limit comes from the body's details or from Retry-After.
 */
export function readFailure(status: number, body: string, retryAfter: string | null): UploadPageError {
  let code: unknown;
  let seconds: unknown;
  try {
    const parsed = JSON.parse(body) as { code?: unknown; details?: { retryAfterSeconds?: unknown } };
    code = parsed.code;
    seconds = parsed.details?.retryAfterSeconds;
  } catch {
    // Not JSON (a proxy's page): the status alone speaks.
  }
  const known = KNOWN.find((c) => c === code) ?? BY_STATUS[status] ?? 'UNKNOWN';
  const wait = typeof seconds === 'number' ? seconds : retryAfter ? Number(retryAfter) : NaN;
  return new UploadPageError(known, Number.isFinite(wait) ? wait : null);
}

/** The token is in the address's fragment, which browsers never send to a server or in a Referer. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

// The token travels in a header, never in the API's address: addresses end up in access logs.
const BASE = '/api/public/upload-link';
const TOKEN_HEADER = 'X-Upload-Token';

export async function readLink(token: string): Promise<PublicView> {
  let response: Response;
  try {
    response = await fetch(BASE, {
      headers: { Accept: 'application/json', [TOKEN_HEADER]: token },
      cache: 'no-store',
    });
  } catch {
    throw new UploadPageError('NETWORK');
  }
  const text = await response.text();
  if (!response.ok) throw readFailure(response.status, text, response.headers.get('Retry-After'));
  return JSON.parse(text) as PublicView;
}

/**
 * Sends one file with XMLHttpRequest rather than fetch: only it reports how much of the body has gone,
 * and a phone on a weak signal needs to see that a 10 MB photo is moving.
 */
export function sendFile(
  token: string,
  itemId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<PublicUploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${BASE}/items/${encodeURIComponent(itemId)}/files`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader(TOKEN_HEADER, token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as PublicUploadResult);
        } catch {
          reject(new UploadPageError('UNKNOWN'));
        }
      } else {
        reject(readFailure(request.status, request.responseText, request.getResponseHeader('Retry-After')));
      }
    };
    // The server may answer a refusal (413) and close before the body is sent: browsers then report an error.
    request.onerror = () => reject(new UploadPageError('NETWORK'));
    request.onabort = () => reject(new UploadPageError('NETWORK'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
