import { ErrorCode, type ErrorBody } from '@accord/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { describeDenial, type DenialAudit } from '../audit/denial-audit';
import { AppError } from './app-error';

const STATUS_CODES: Record<number, string> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.RouteNotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  422: ErrorCode.Unprocessable,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** The one place where any thrown thing becomes `{statusCode, code, message, details?}`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  /** Given the denial audit, refused requests on real routes are written to the audit log. */
  constructor(private readonly denials?: DenialAudit) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { body, headers } = this.toBody(exception);
    if (body.statusCode === 500) {
      body.errorId = randomUUID();
      this.logger.error({ err: exception, errorId: body.errorId }, 'unhandled error');
    }
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(body.statusCode).json(body);
    // Written after the answer is sent: a refusal takes as long whether or not it is recorded, so the
    // time it takes tells nobody that someone else's record exists.
    const denial = this.denials && describeDenial(exception, host.switchToHttp().getRequest<Request>());
    if (denial) void this.denials?.record(denial);
  }

  private toBody(exception: unknown): { body: ErrorBody; headers?: Record<string, string> } {
    if (exception instanceof AppError) {
      return {
        body: {
          statusCode: exception.status,
          code: exception.code,
          message: exception.message,
          details: exception.details,
        },
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      return {
        body: {
          statusCode: status,
          code:
            typeof payload.code === 'string'
              ? payload.code
              : (bodyParserCode(exception) ?? STATUS_CODES[status] ?? 'HTTP_ERROR'),
          message: bodyParserCode(exception)
            ? 'Request body is not valid JSON'
            : typeof payload.message === 'string'
              ? payload.message
              : exception.message,
          ...(payload.details !== undefined ? { details: payload.details } : {}),
          // Terminus answers 503 with per-component status and no message: keep it as details.
          ...(payload.details === undefined && payload.message === undefined && Object.keys(payload).length
            ? { details: payload }
            : {}),
        },
      };
    }
    const parserStatus = bodyParserStatus(exception);
    if (parserStatus) {
      // JSON.parse's own message quotes the body, which may hold an ID number: never echo it.
      const own = (exception as { publicMessage?: unknown }).publicMessage;
      return {
        body: {
          statusCode: parserStatus,
          code: parserStatus === 413 ? ErrorCode.PayloadTooLarge : ErrorCode.MalformedJson,
          message:
            parserStatus === 413
              ? 'Request body is too large'
              : typeof own === 'string'
                ? own
                : 'Request body is not valid JSON',
        },
      };
    }
    const database = databaseTrouble(exception);
    if (database) return database;
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      // Invalid text for a typed column (uuid, enum, date) is bad input, never a server fault.
      if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
        return {
          body: { statusCode: 400, code: ErrorCode.ValidationFailed, message: 'Invalid value in request' },
        };
      }
      // Two requests changing the same rows at once: nothing was written, and trying again works.
      if (pgCode === '40P01' || pgCode === '40001') {
        return {
          body: {
            statusCode: 409,
            code: ErrorCode.ConcurrentUpdate,
            message: 'Someone changed the same record at the same moment; try again',
          },
        };
      }
      if (pgCode === '23505') {
        return {
          body: {
            statusCode: 409,
            code: ErrorCode.Conflict,
            message: 'A record with these values already exists',
          },
        };
      }
    }
    return {
      body: {
        statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
        code: ErrorCode.Internal,
        message: 'Internal error',
      },
    };
  }
}

// body-parser's failures to read a body: cut short, mislabelled, in an unknown charset or encoding.
const UNREADABLE_BODY = new Set([
  'entity.parse.failed',
  'entity.verify.failed',
  'request.aborted',
  'request.size.invalid',
  'charset.unsupported',
  'encoding.unsupported',
]);

function bodyParserStatus(exception: unknown): number | undefined {
  const e = exception as { type?: unknown; status?: unknown } | null;
  if (typeof e?.type !== 'string' || typeof e.status !== 'number') return undefined;
  if (e.type === 'entity.too.large' || e.type === 'parameters.too.many') return 413;
  if (UNREADABLE_BODY.has(e.type)) return 400;
  return undefined;
}

// Nest turns body-parser's SyntaxError into a bare BadRequestException carrying JSON.parse's message.
function bodyParserCode(exception: HttpException): string | undefined {
  if (exception.getStatus() === 400 && /JSON/.test(exception.message)) return ErrorCode.MalformedJson;
  return undefined;
}

/** Seconds a client should wait before trying again when the database is busy or away. */
const DATABASE_RETRY_AFTER = '2';
// PostgreSQL's codes for "too busy" (too many connections, a statement or lock wait cut short) and for a
// connection lost (class 08, and the server shutting down or starting: 57P01–57P03).
const BUSY_CODES = new Set(['53300', '57014', '55P03']);
const GONE_CODES = new Set(['57P01', '57P02', '57P03']);
const GONE_MESSAGES =
  /Connection terminated|connection is closed|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|terminating connection/i;

/**
 * A database that is busy or gone answers 503 with Retry-After, on whichever route met it: it is no
 * fault of the request (not a 4xx) and nothing the server got wrong (not a 500).
 */
function databaseTrouble(
  exception: unknown,
): { body: ErrorBody; headers: Record<string, string> } | undefined {
  const error = exception as { message?: unknown; code?: unknown; driverError?: { code?: unknown } } | null;
  if (!error || typeof error !== 'object') return undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  const code = String(error.driverError?.code ?? error.code ?? '');
  const headers = { 'Retry-After': DATABASE_RETRY_AFTER };
  // node-postgres's pool, when no connection frees up within connectionTimeoutMillis.
  if (BUSY_CODES.has(code) || /timeout exceeded when trying to connect/i.test(message)) {
    return {
      body: {
        statusCode: 503,
        code: ErrorCode.DatabaseBusy,
        message: 'The database is busy; try again shortly',
      },
      headers,
    };
  }
  if (GONE_CODES.has(code) || code.startsWith('08') || GONE_MESSAGES.test(message)) {
    return {
      body: {
        statusCode: 503,
        code: ErrorCode.DatabaseUnavailable,
        message: 'The database could not be reached or the connection was lost; try again shortly',
      },
      headers,
    };
  }
  return undefined;
}
