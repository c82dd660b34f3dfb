import { ErrorCode } from '@accord/contracts';

/** A failure the domain or a service expects; the global filter turns it into the HTTP answer. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    /** From the one list in @accord/contracts: a code missing there (and so from the translations) fails to compile. */
    readonly code: ErrorCode,
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

/**
 * For `.catch()` on a look-up whose "not found" means something else here (a 422 for a field naming a
 * missing record, or nothing at all): any other failure, such as a connection dropped mid-request,
 * passes through as itself and answers as what it is (503), never as "does not exist".
 */
export function whenNotFound<T>(instead: (error: NotFoundError) => T) {
  return (error: unknown): T => {
    if (error instanceof NotFoundError) return instead(error);
    throw error;
  };
}

/**
 * A record that exists but lies outside the caller's scope. It answers exactly as a missing one does, so
 * nobody learns that it exists; the global filter writes it to the audit log as an access denial.
 */
export class OutOfScopeError extends NotFoundError {
  constructor(
    entity: string,
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(entity);
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
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this', code: ErrorCode = ErrorCode.Forbidden) {
    super(403, code, message);
  }
}

/** Why a protected route refused the caller's credentials; for the audit log only, never sent back. */
export interface CredentialDenial {
  reason:
    | 'missing_token'
    | 'invalid_token'
    | 'expired_token'
    | 'revoked_token'
    | 'ended_session'
    | 'disabled_user'
    | 'unknown_user';
  /** Known only when the token's signature held, i.e. the user it names really was issued it. */
  actorId?: string;
}

export class UnauthenticatedError extends AppError {
  constructor(
    code: ErrorCode = ErrorCode.Unauthenticated,
    message = 'Sign in first',
    /** Set by the access guard, so the global filter audits it; a failed sign-in is audited where it happens. */
    readonly denial?: CredentialDenial,
  ) {
    super(401, code, message);
  }
}

export class UnprocessableError extends AppError {
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(422, code, message, details);
  }
}
