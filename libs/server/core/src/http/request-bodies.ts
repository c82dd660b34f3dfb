import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

// What the API reads: JSON, multipart uploads, and CSV imports (sent as text/csv or text/plain).
const READABLE = /^(application\/(json|[\w.+-]+\+json)|multipart\/form-data|text\/(csv|plain))\s*(;|$)/i;

/** Shaped like body-parser's own parse failure, so the one global filter answers 400 MALFORMED_JSON for it. */
function malformed(message: string): Error {
  return Object.assign(new Error(message), {
    status: 400,
    expose: true,
    type: 'entity.parse.failed',
    publicMessage: message,
  });
}

function bodyLength(request: IncomingMessage): number | null {
  if (request.headers['transfer-encoding'] !== undefined) return null;
  const length = Number(request.headers['content-length']);
  return Number.isFinite(length) ? length : 0;
}

/**
 * body-parser's own checks, tightened: an empty body sent as JSON is no JSON text (it would otherwise read
 * as `{}`), and bytes that are not UTF-8 would otherwise become U+FFFD and pass as valid strings.
 */
export function verifyJsonBody(
  request: IncomingMessage,
  _response: unknown,
  raw: Buffer,
  encoding: string,
): void {
  if (raw.length === 0 && WITH_BODY.has(request.method ?? '')) throw malformed('Request body is empty');
  if (/^utf-?8$/i.test(encoding) && !isUtf8(raw)) throw malformed('Request body is not UTF-8');
}

/**
 * A body the API would not read (a form post, an unlabelled body) must not reach a route as `undefined`
 * and pass for an empty object: it is refused as malformed JSON, the only body the routes take bar files.
 */
export function refuseUnreadableBodies(request: Request, _response: Response, next: NextFunction): void {
  const length = bodyLength(request);
  const type = request.headers['content-type'] ?? '';
  if (WITH_BODY.has(request.method) && length !== 0 && !READABLE.test(type)) {
    next(malformed('Send the request body as JSON (Content-Type: application/json)'));
    return;
  }
  next();
}

/**
 * Failures of Express-level middleware (the body parsers) are answered here by the one global filter.
 * Left to fall through, they reach @nestjs/serve-static's error handler, which turns any error on an
 * excluded path (all of /api) into 404 "Cannot POST …" whenever the dashboard is served.
 */
export function answerMiddlewareErrors(filter: ExceptionFilter) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    filter.catch(error, new ExecutionContextHost([request, response, next]) as ArgumentsHost);
  };
}
