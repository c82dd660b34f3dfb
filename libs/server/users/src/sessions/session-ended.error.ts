import { ErrorCode, type SessionEndReason } from '@accord/contracts';
import { AppError } from '@accord/server-core';

/** Why no refresh: a reason the dashboard tells the person in words (idle, expired, ended elsewhere…). */
export type RefreshRefusal = SessionEndReason | 'missing' | 'unknown';

export class SessionEndedError extends AppError {
  constructor(reason: RefreshRefusal) {
    super(401, ErrorCode.SessionEnded, 'This session has ended; sign in again', { reason });
  }
}
