import type { ErrorBody } from '@accord/contracts';
import { HttpError } from 'react-admin';
import { freshAccessToken } from './session';

/** Same origin in production (the API serves the dashboard) and proxied by Vite in development. */
export const API_BASE = '/api';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

interface FieldProblem {
  field: string;
  problems: string[];
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** A file's text sent as it is, e.g. a CSV import; takes the place of `body`. */
  file?: { contentType: string; text: string };
  /** A multipart form (an uploaded document); the browser writes its Content-Type with the boundary. */
  form?: FormData;
  /** Send the signed-in person's bearer token (all routes but sign-in). */
  authenticated?: boolean;
}

/** A file the API answered with, and the name it suggested for saving it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/**
 * One HTTP call to the API. Failures become React-admin HttpErrors whose message is already translated
 * from the error code, so every notification React-admin shows reads in the person's language.
 */
export async function callApi<T>(path: string, translate: Translate, request: ApiRequest = {}): Promise<T> {
  const response = await send(path, translate, request, 'application/json');
  const text = await response.text();
  return (text ? parseJson(text) : null) as T;
}

/**
 * A file from the API (an export). The bearer token travels in a header, which a plain link cannot send,
 * so the file arrives here as a Blob for the page to save.
 */
export async function downloadApi(
  path: string,
  translate: Translate,
  request: ApiRequest = {},
): Promise<DownloadedFile> {
  const response = await send(path, translate, request, '*/*');
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
  };
}

/** The request as fetch makes it; any answer but a success is thrown as a translated HttpError. */
async function send(path: string, translate: Translate, request: ApiRequest, accept: string) {
  const headers = new Headers({ Accept: accept });
  let body: string | FormData | undefined;
  if (request.form) {
    body = request.form;
  } else if (request.file) {
    headers.set('Content-Type', request.file.contentType);
    body = request.file.text;
  } else if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.body);
  }
  const token = request.authenticated === false ? undefined : await freshAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { method: request.method ?? 'GET', headers, body });
  } catch {
    throw new HttpError(translate('ra.notification.http_error'), 0, null);
  }
  if (!response.ok) {
    const text = await response.text();
    throw toHttpError(response.status, text ? parseJson(text) : null, translate);
  }
  return response;
}

/**
 * The file name of a `Content-Disposition: attachment` header: RFC 6266's `filename*` (UTF-8, percent-encoded)
 * when present, since it may carry Chinese, else the plain `filename`.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: the plain name, if any, still serves.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? name : null;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page, say: the status code still tells what happened.
    return null;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).code === 'string';
}

export function toHttpError(status: number, json: unknown, translate: Translate): HttpError {
  if (!isErrorBody(json)) return new HttpError(translate('ra.notification.http_error'), status, json);
  const message = translateError(json, translate);
  const fields = fieldProblems(json.details);
  const field = namedField(json.details);
  // React-admin forms show `body.errors` beside the matching inputs, and `root.serverError` as a notice.
  // A refusal naming one input (a duplicate ID number, an overdue amount above the outstanding one) shows
  // its translated message beside that input.
  const errors = fields.length
    ? {
        ...Object.fromEntries(fields.map((f) => [f.field, f.problems.join(' ')])),
        root: { serverError: message },
      }
    : field
      ? { [field]: message, root: { serverError: message } }
      : undefined;
  return new HttpError(message, status, errors ? { ...json, errors } : json);
}

export function translateError(body: ErrorBody, translate: Translate): string {
  const message = translate(`accord.errors.${body.code}`, {
    _: body.message,
    ...interpolations(body.details),
  });
  // The case policy's refusals say why, in the same words the case's screens show before trying.
  const reasons = policyReasons(body.details);
  return reasons.length
    ? [message, ...reasons.map((r) => translate(`accord.case_policy.${r}`, { _: r }))].join(' ')
    : message;
}

function policyReasons(details: unknown): string[] {
  const reasons = (details as { reasons?: unknown } | null | undefined)?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [];
}

/** Scalar details (e.g. retryAfterSeconds) may appear in a translated message as %{name}. */
function interpolations(details: unknown): Record<string, string | number | boolean> {
  if (typeof details !== 'object' || details === null) return {};
  return Object.fromEntries(
    Object.entries(details).filter((entry): entry is [string, string | number | boolean] =>
      ['string', 'number', 'boolean'].includes(typeof entry[1]),
    ),
  );
}

function namedField(details: unknown): string | undefined {
  const field = (details as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' && field !== '' ? field : undefined;
}

function fieldProblems(details: unknown): FieldProblem[] {
  const fields = (details as { fields?: unknown } | null | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is FieldProblem => typeof f?.field === 'string' && Array.isArray(f?.problems));
}
