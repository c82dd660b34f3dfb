import { ErrorCode, type SignInResult, type UserView } from '@accord/contracts';
import {
  APP_CONFIG,
  AuditService,
  Clock,
  QueueName,
  UnauthenticatedError,
  NotFoundError,
  UnprocessableError,
  type AppConfig,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RECORD_SIGN_IN, recordSignInJobId, type RecordSignInPayload } from './jobs/record-sign-in.job';
import { ChangePasswordDto } from './dto/change-password.dto';
import {
  SecondFactorService,
  type SecondFactorAnswer,
  type SecondFactorOutcome,
} from './second-factor/second-factor.service';
import { hashPassword, refuseWeakPassword, verifyPassword } from './password';
import { mustEnrol } from './principal-loader.service';
import { SessionEndedError } from './sessions/session-ended.error';
import { SessionsService, type IssuedSession, type SessionTerms } from './sessions/sessions.service';
import { SignInThrottleService, type SignInAttempt } from './sign-in-throttle.service';
import { toUserView, User } from './user.entity';

/** A sign-in or refresh: the answer, and the refresh token the controller puts in the cookie. */
export interface SignedIn {
  result: SignInResult;
  refreshToken: string;
  cookieLifetimeMs: number;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    @InjectQueue(QueueName.Users) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: SignInThrottleService,
    private readonly clock: Clock,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionsService,
  ) {}

  async signIn(
    rawEmail: string,
    password: string,
    context: RequestContext,
    second: SecondFactorAnswer = {},
  ): Promise<SignedIn> {
    const email = rawEmail.trim().toLowerCase();
    // Reserved before the password is checked, and the same way for e-mails without an account.
    const attempt = await this.throttle.reserve(email, context.ip);

    const { user, passwordOk } = await this.checkPassword(attempt, { email }, password);
    if (!user || !passwordOk || !user.active) {
      await this.throttle.failed(attempt);
      await this.audit.record(null, {
        actorId: user?.id ?? null,
        action: 'auth.sign_in_failed',
        subject: email,
        context,
        details: { reason: !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'disabled' },
      });
      throw new UnauthenticatedError(ErrorCode.InvalidCredentials, 'E-mail or password is wrong');
    }
    if (user.totpEnrolledAt) {
      let outcome: SecondFactorOutcome;
      try {
        outcome = await this.secondFactor.check(user.id, second);
      } catch (error) {
        await this.throttle.abandoned(attempt);
        throw error;
      }
      if (outcome === 'missing') {
        // The right password and no code yet: the sign-in form asks for it; no guess was made.
        await this.throttle.abandoned(attempt);
        throw new UnauthenticatedError(
          ErrorCode.SecondFactorRequired,
          'Enter the code of your authenticator app',
        );
      }
      if (outcome !== 'accepted') {
        await this.throttle.failed(attempt);
        await this.audit.record(null, {
          actorId: user.id,
          action: 'auth.sign_in_failed',
          subject: email,
          context,
          details: { reason: outcome === 'replayed' ? 'second_factor_replayed' : 'second_factor_wrong' },
        });
        throw new UnauthenticatedError(ErrorCode.SecondFactorWrong, 'The code is wrong or was used already');
      }
    }
    await this.throttle.succeeded(attempt);

    const signedInAt = this.clock.now();
    const auditId = await this.audit.record(null, {
      actorId: user.id,
      action: 'auth.signed_in',
      entityType: 'user',
      entityId: user.id,
      subject: email,
      context,
    });
    // Not awaited: a queue that is down (Redis holds the command until it is back) must never keep a
    // person from signing in; the stamp lands when the queue returns.
    void this.enqueueSignIn(auditId, { userId: user.id, signedInAt: signedInAt.toISOString() });
    const session = await this.sessions.start(user, context);
    return this.signedIn(user, session);
  }

  /** A new access token and refresh token for the session the cookie's token belongs to. */
  async refresh(token: string | undefined, idleSeconds: number, context: RequestContext): Promise<SignedIn> {
    const session = await this.sessions.refresh(token, idleSeconds, context);
    const user = await this.db.getRepository(User).findOne({ where: { id: session.userId } });
    if (!user) throw new SessionEndedError('revoked');
    return this.signedIn(user, session);
  }

  private async signedIn(user: User, session: IssuedSession): Promise<SignedIn> {
    return {
      result: await this.answer(user, session.sessionId, session),
      refreshToken: session.refreshToken,
      cookieLifetimeMs: session.expiresAt.getTime() - this.clock.now().getTime(),
    };
  }

  /**
   * One's own new password, given the one in use: guessed current passwords are throttled like sign-ins,
   * the new one is held to the password rules, and every other session of the person ends; this one
   * goes on.
   */
  async changePassword(
    principal: Principal,
    dto: ChangePasswordDto,
    context: RequestContext,
  ): Promise<SignInResult> {
    const attempt = await this.throttle.reserve(principal.email, context.ip);
    const { user, passwordOk } = await this.checkPassword(attempt, { id: principal.id }, dto.currentPassword);
    if (!user) {
      // Gone between the guard's read and this one: nothing was learnt about the password.
      await this.throttle.abandoned(attempt);
      throw new NotFoundError('User');
    }
    if (!passwordOk) {
      await this.throttle.failed(attempt);
      await this.audit.record(null, {
        actorId: user.id,
        action: 'auth.password_change_failed',
        entityType: 'user',
        entityId: user.id,
        context,
      });
      throw new UnprocessableError(ErrorCode.CurrentPasswordWrong, 'The current password is wrong', {
        field: 'currentPassword',
      });
    }
    await this.throttle.succeeded(attempt);
    const unchanged = await verifyPassword(user.passwordHash, dto.newPassword);
    refuseWeakPassword(
      dto.newPassword,
      { email: user.email, name: user.fullName },
      'newPassword',
      unchanged ? ['unchanged'] : [],
    );
    const passwordHash = await hashPassword(dto.newPassword);
    const changed = await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE users SET password_hash = $2, must_change_password = false,
                password_changed_at = $3, updated_at = $3, version = version + 1
          WHERE id = $1`,
        [user.id, passwordHash, this.clock.now()],
      );
      const ended = await this.sessions.endOthers(manager, user.id, principal.sessionId, 'password_changed');
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'auth.password_changed',
        entityType: 'user',
        entityId: user.id,
        context,
        details: { afterReset: user.mustChangePassword, otherSessionsEnded: ended },
      });
      return { ...user, mustChangePassword: false };
    });
    return this.answer(changed, principal.sessionId, await this.sessions.describe(principal.sessionId));
  }

  /**
   * The account and whether the password is its own, for an attempt already reserved with the throttle:
   * a failure to read or hash (the database went away) releases the attempt, since it learnt nothing.
   */
  private async checkPassword(
    attempt: SignInAttempt,
    where: { email: string } | { id: string },
    password: string,
  ): Promise<{ user: User | null; passwordOk: boolean }> {
    try {
      const user = await this.db
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where(where)
        .getOne();
      return { user, passwordOk: await verifyPassword(user?.passwordHash ?? null, password) };
    } catch (error) {
      await this.throttle.abandoned(attempt);
      throw error;
    }
  }

  /** The answer of a sign-in: an access token no longer-lived than its session, and what the person must do. */
  private async answer(user: User, sessionId: string, session: SessionTerms): Promise<SignInResult> {
    const untilSessionEnds = Math.floor((session.expiresAt.getTime() - this.clock.now().getTime()) / 1000);
    const expiresIn = Math.max(1, Math.min(this.config.JWT_TTL_SECONDS, untilSessionEnds));
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, tv: user.tokenVersion, sid: sessionId },
      { expiresIn },
    );
    return {
      accessToken,
      expiresIn,
      user: toUserView(user),
      mustChangePassword: user.mustChangePassword,
      mustEnrolSecondFactor: mustEnrol(
        { role: user.role, enrolled: user.totpEnrolledAt !== null, exempt: user.secondFactorExempt },
        session.secondFactorForOfficers,
      ),
      secondFactorEnrolled: user.totpEnrolledAt !== null,
      idleTimeoutSeconds: session.idleTimeoutSeconds,
      sessionExpiresAt: session.expiresAt.toISOString(),
    };
  }

  /** Ends the session the request was made with; the person's other devices stay signed in. */
  async signOut(principal: Principal, context: RequestContext): Promise<void> {
    await this.sessions.endOne(principal, principal.id, principal.sessionId, 'signed_out', context);
  }

  async me(principal: Principal): Promise<UserView> {
    const user = await this.db.getRepository(User).findOneOrFail({ where: { id: principal.id } });
    return toUserView(user);
  }

  /** The sign-in itself must not fail because the queue is down: the last-sign-in stamp is best effort. */
  private async enqueueSignIn(auditId: string, payload: RecordSignInPayload): Promise<void> {
    try {
      await this.queue.add(RECORD_SIGN_IN, payload, { jobId: recordSignInJobId(auditId) });
    } catch (error) {
      this.logger.warn({ err: error, userId: payload.userId }, 'could not enqueue sign-in record');
    }
  }
}
