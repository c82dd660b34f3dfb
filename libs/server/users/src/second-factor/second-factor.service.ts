import { ErrorCode } from '@accord/contracts';
import { decideTotp, TOTP_STEP_SECONDS, totpStep, type TotpDecision } from '@accord/domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldCipher,
  NotFoundError,
  UnprocessableError,
  type Principal,
  type RequestContext,
} from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import { toDataURL } from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import { newRecoveryCodes, normalizedRecoveryCode } from './recovery-codes';
import { SecondFactorEnrolment, SecondFactorRecoveryCodes, SecondFactorStatus } from './second-factor.view';

/** What a sign-in with a second factor brought besides the password. */
export interface SecondFactorAnswer {
  code?: string;
  recoveryCode?: string;
}

export type SecondFactorOutcome = TotpDecision | 'missing';

/**
 * TOTP (RFC 6238) as a second factor: enrolment confirmed by a first code, a code accepted within one
 * step of the clock and once only, ten recovery codes each good once, and an admin's reset. The rule
 * itself (drift, replay) is the domain's; this keeps the secret sealed and the last step in the row.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async status(principal: Principal): Promise<SecondFactorStatus> {
    const [row] = await this.db.query(
      `SELECT u.totp_enrolled_at AS "enrolledAt",
              (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS "left"
         FROM users u WHERE u.id = $1`,
      [principal.id],
    );
    return {
      enrolled: row.enrolledAt !== null,
      enrolledAt: row.enrolledAt ? new Date(row.enrolledAt).toISOString() : null,
      recoveryCodesLeft: row.enrolledAt ? row.left : 0,
    };
  }

  /** A new secret, kept sealed until a code from it is confirmed; starting again replaces it. */
  async startEnrolment(principal: Principal): Promise<SecondFactorEnrolment> {
    const secret = generateSecret();
    const [, changed] = await this.db.query(
      `UPDATE users SET totp_pending_cipher = $2 WHERE id = $1 AND totp_enrolled_at IS NULL`,
      [principal.id, this.cipher.seal(secret).cipher],
    );
    if (changed !== 1)
      throw new ConflictError(ErrorCode.SecondFactorEnrolled, 'A second factor is already enrolled');
    const otpauthUri = generateURI({ issuer: 'Accord', label: principal.email, secret });
    return { secret, otpauthUri, qrCode: await toDataURL(otpauthUri, { margin: 1, width: 240 }) };
  }

  async confirmEnrolment(
    principal: Principal,
    code: string,
    context: RequestContext,
  ): Promise<SecondFactorRecoveryCodes> {
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT totp_pending_cipher AS pending, totp_enrolled_at AS "enrolledAt" FROM users WHERE id = $1 FOR UPDATE`,
        [principal.id],
      );
      if (row.enrolledAt)
        throw new ConflictError(ErrorCode.SecondFactorEnrolled, 'A second factor is already enrolled');
      if (!row.pending)
        throw new ConflictError(ErrorCode.SecondFactorNotStarted, 'Start the enrolment first');
      const now = this.clock.now();
      const step = await this.matchedStep(this.cipher.open(row.pending), code, now);
      if (decideTotp(step, null, totpStep(now)) !== 'accepted')
        throw new UnprocessableError(ErrorCode.SecondFactorWrong, 'The code is wrong', { field: 'code' });
      await manager.query(
        `UPDATE users SET totp_secret_cipher = totp_pending_cipher, totp_pending_cipher = NULL,
                totp_enrolled_at = $2, totp_last_step = $3
          WHERE id = $1`,
        [principal.id, now, step],
      );
      const recoveryCodes = await this.replaceRecoveryCodes(manager, principal.id, now);
      await this.audit.record(manager, {
        actorId: principal.id,
        action: 'auth.second_factor_enrolled',
        entityType: 'user',
        entityId: principal.id,
        context,
      });
      return { recoveryCodes };
    });
  }

  /**
   * At sign-in, after the right password: the code (or a recovery code) decides. The step is written
   * only if it is later than the last one accepted, in one statement, so two sign-ins racing with the
   * same code cannot both pass.
   */
  async check(userId: string, answer: SecondFactorAnswer): Promise<SecondFactorOutcome> {
    const now = this.clock.now();
    if (answer.recoveryCode) {
      const used = await this.db.query(
        `UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
          RETURNING id`,
        [userId, this.cipher.hash(normalizedRecoveryCode(answer.recoveryCode)), now],
      );
      return used[1] === 1 ? 'accepted' : 'wrong';
    }
    if (!answer.code) return 'missing';
    const [row] = await this.db.query(
      `SELECT totp_secret_cipher AS secret, totp_last_step AS "lastStep" FROM users WHERE id = $1`,
      [userId],
    );
    const step = await this.matchedStep(this.cipher.open(row.secret), answer.code, now);
    const decision = decideTotp(step, row.lastStep === null ? null : Number(row.lastStep), totpStep(now));
    if (decision !== 'accepted') return decision;
    const [, taken] = await this.db.query(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [userId, step],
    );
    return taken === 1 ? 'accepted' : 'replayed';
  }

  /** An admin's reset: the second factor and its recovery codes go, every session ends, and the person enrols again. */
  async reset(actor: Principal, userId: string, context: RequestContext): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [, found] = await manager.query(
        `UPDATE users SET totp_secret_cipher = NULL, totp_pending_cipher = NULL, totp_enrolled_at = NULL,
                totp_last_step = NULL, token_version = token_version + 1
          WHERE id = $1`,
        [userId],
      );
      if (found !== 1) throw new NotFoundError('User');
      await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.second_factor_reset',
        entityType: 'user',
        entityId: userId,
        context,
      });
    });
  }

  private async matchedStep(secret: string, code: string, now: Date): Promise<number | null> {
    if (!/^[0-9]{6}$/.test(code)) return null;
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOTP_STEP_SECONDS,
    });
    return result.valid ? totpStep(now) + result.delta : null;
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string, now: Date): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await manager.query(
      `INSERT INTO recovery_codes (user_id, code_hash, created_at)
       SELECT $1, unnest($2::text[]), $3`,
      [userId, codes.map((c) => this.cipher.hash(normalizedRecoveryCode(c))), now],
    );
    return codes;
  }
}
