import type { IncomingHttpHeaders } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A link token (base64url, 43 characters for ours) or any other long opaque secret.
const TOKEN_LIKE = /^[A-Za-z0-9_~.-]{20,}$/;
// An ID number (a letter or two and digits) or a phone (nine digits or more once separators go).
const IDENTIFIER_LIKE = /[A-Za-z]{1,2}\d{7,}|\d{9,}/;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isSecretLooking(segment: string): boolean {
  const text = decoded(segment);
  if (UUID.test(text)) return false;
  return TOKEN_LIKE.test(text) || IDENTIFIER_LIKE.test(text.replace(/[\s().+-]/g, ''));
}

/**
 * The path of a request as logs may keep it: no query string (where exact lookups once put ID numbers and
 * phones) and no path segment that looks like a token or an identifier (an old upload link, a mistyped URL).
 */
export function loggedUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const path = url.split(/[?#]/, 1)[0];
  return path
    .split('/')
    .map((segment) => (isSecretLooking(segment) ? '[redacted]' : segment))
    .join('/');
}

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  headers?: IncomingHttpHeaders;
  remoteAddress?: string;
  remotePort?: number;
}

/**
 * pino-http's request, less its parsed query and route params (which repeat what the URL held) and with the
 * referring page cut like the URL. Credential headers are censored by the logger's redact paths.
 */
export function serializeRequest(request: SerializedRequest): SerializedRequest {
  const headers = request.headers ? { ...request.headers } : undefined;
  if (typeof headers?.referer === 'string') headers.referer = refererWithoutQuery(headers.referer);
  return {
    id: request.id,
    method: request.method,
    url: loggedUrl(request.url),
    headers,
    remoteAddress: request.remoteAddress,
    remotePort: request.remotePort,
  };
}

function refererWithoutQuery(referer: string): string {
  try {
    const url = new URL(referer);
    return `${url.origin}${loggedUrl(url.pathname)}`;
  } catch {
    return '[redacted]';
  }
}
