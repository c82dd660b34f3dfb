import { ErrorCode } from '@accord/contracts';

/** A failure the domain or a service expects; the global filter turns it into the HTTP answer. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string) {
    super(404, ErrorCode.NotFound, `${entity} not found`);
  }
}

export class StaleVersionError extends AppError {
  constructor(entity: string, currentVersion?: number) {
    super(409, ErrorCode.StaleVersion, `${entity} was changed by someone else; reload and try again`, {
      currentVersion,
    });
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super(403, ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(code: string = ErrorCode.Unauthenticated, message = 'Sign in first') {
    super(401, code, message);
  }
}

export class UnprocessableError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(422, code, message, details);
  }
}
