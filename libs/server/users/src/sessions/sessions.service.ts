import type { SessionEndReason } from '@accord/contracts';
import { isSessionOpen, standingAtRefresh } from '@accord/domain';
import { AuditService, Clock, NotFoundError, type Principal, type RequestContext } from '@accord/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { deviceName } from './device-name';
import { SecuritySettingsService } from './security-settings.service';
import { SessionEndedError, type RefreshRefusal } from './session-ended.error';
import type { SessionView } from './session.view';

/** When a session ends, and the firm's rules read with it (so an answer needs no second read of them). */
export interface SessionTerms {
  expiresAt: Date;
  idleTimeoutSeconds: number;
  secondFactorForOfficers: boolean;
}

/** A session as sign-in and refresh hand it out: the refresh token is shown once, in the cookie. */
export interface IssuedSession extends SessionTerms {
  userId: string;
  sessionId: string;
  refreshToken: string;
}

interface SessionRow {
  id: string;
  user_id: string;
  user_agent: string | null;
  ip_address: string | null;
  created_at: Date;
  last_active_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

const MINUTE_MS = 60_000;

/**
 * Not ended, and not left behind by whatever ended every session of its user (disabling, a new role, a
 * second factor reset move the token version on): the same rule the guard applies to a token.
 */
const OPEN = `s.ended_at IS NULL AND u.active AND s.token_version = u.token_version`;

/**
 * Sessions: one row per signed-in device, refreshed by a token used once (a second use means it was
 * copied, and ends the session for both holders), ended by signing out, by the person or an admin, by the
 * firm's idle timeout and absolute lifetime (both from the injected clock), or by whatever ends every
 * session of the user (their token version moved on).
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly settings: SecuritySettingsService,
  ) {}

  async start(user: { id: string; tokenVersion: number }, context: RequestContext): Promise<IssuedSession> {
    return this.db.transaction(async (manager) => {
      const settings = await this.settings.get(manager);
      const now = this.clock.now();
      await this.tidy(manager, user.id, now, settings.idleTimeoutMinutes * MINUTE_MS);
      const expiresAt = new Date(now.getTime() + settings.absoluteLifetimeHours * 60 * MINUTE_MS);
      const [{ id }] = await manager.query(
        `INSERT INTO sessions (user_id, token_version, user_agent, ip_address, created_at, last_active_at,
                               last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $5, $5, $6) RETURNING id`,
        [user.id, user.tokenVersion, context.userAgent ?? null, clip(context.ip), now, expiresAt],
      );
      const refreshToken = await this.issueToken(manager, id, now);
      return {
        userId: user.id,
        sessionId: id,
        refreshToken,
        expiresAt,
        idleTimeoutSeconds: settings.idleTimeoutMinutes * 60,
        secondFactorForOfficers: settings.secondFactorForOfficers,
      };
    });
  }

  /** The idle timeout and absolute end of a session still open, for an answer that does not rotate. */
  async describe(sessionId: string): Promise<SessionTerms> {
    const settings = await this.settings.get();
    const [row] = await this.db.query(`SELECT expires_at FROM sessions WHERE id = $1`, [sessionId]);
    if (!row) throw new SessionEndedError('unknown');
    return {
      expiresAt: new Date(row.expires_at),
      idleTimeoutSeconds: settings.idleTimeoutMinutes * 60,
      secondFactorForOfficers: settings.secondFactorForOfficers,
    };
  }

  /**
   * Trades a refresh token for a new one. Two refreshes racing with one token serialise on its row: the
   * second sees it used and ends the session — the same as a stolen copy used after its owner.
   */
  async refresh(
    token: string | undefined,
    idleSeconds: number,
    context: RequestContext,
  ): Promise<IssuedSession> {
    if (!token) throw new SessionEndedError('missing');
    const hash = tokenHash(token);
    const outcome = await this.db.transaction(async (manager): Promise<IssuedSession | RefreshRefusal> => {
      const [row] = await manager.query(
        `SELECT t.used_at, s.id, s.user_id, s.token_version, s.last_active_at, s.expires_at, s.ended_at,
                s.end_reason, u.token_version AS user_token_version, u.active
           FROM refresh_tokens t
           JOIN sessions s ON s.id = t.session_id
           JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1
            FOR UPDATE OF t, s`,
        [hash],
      );
      if (!row) return 'unknown';
      if (row.ended_at) return row.end_reason as SessionEndReason;
      const now = this.clock.now();
      const end = async (reason: SessionEndReason): Promise<RefreshRefusal> => {
        await this.endRow(manager, row.id, reason, now);
        await this.audit.record(manager, {
          actorId: row.user_id,
          action: reason === 'reused' ? 'auth.refresh_token_reused' : 'auth.session_ended',
          entityType: 'user',
          entityId: row.user_id,
          context,
          details: { sessionId: row.id, reason },
        });
        return reason;
      };
      if (row.used_at) return end('reused');
      if (!row.active || row.token_version !== row.user_token_version) return end('revoked');
      const settings = await this.settings.get(manager);
      const { standing, lastActiveAt } = standingAtRefresh(
        { lastActiveAt: new Date(row.last_active_at), expiresAt: new Date(row.expires_at) },
        now,
        settings.idleTimeoutMinutes * MINUTE_MS,
        idleSeconds * 1000,
      );
      if (standing !== 'open') return end(standing);
      await manager.query(`UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1`, [hash, now]);
      await manager.query(
        `UPDATE sessions SET last_active_at = $2, last_seen_at = $3, ip_address = $4,
                user_agent = coalesce($5, user_agent)
          WHERE id = $1`,
        [row.id, lastActiveAt, now, clip(context.ip), context.userAgent ?? null],
      );
      return {
        userId: row.user_id,
        sessionId: row.id,
        refreshToken: await this.issueToken(manager, row.id, now),
        expiresAt: new Date(row.expires_at),
        idleTimeoutSeconds: settings.idleTimeoutMinutes * 60,
        secondFactorForOfficers: settings.secondFactorForOfficers,
      };
    });
    if (typeof outcome === 'string') throw new SessionEndedError(outcome);
    return outcome;
  }

  /** Open sessions of a person, the latest first. */
  async list(userId: string, currentSessionId: string | null): Promise<SessionView[]> {
    const settings = await this.settings.get();
    const now = this.clock.now();
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id, s.user_id, s.user_agent, s.ip_address, s.created_at, s.last_active_at, s.last_seen_at,
              s.expires_at
         FROM sessions s
         JOIN users u ON u.id = s.user_id
        WHERE s.user_id = $1 AND ${OPEN}
        ORDER BY s.last_seen_at DESC, s.id`,
      [userId],
    );
    return rows
      .filter((row) =>
        isSessionOpen(
          { lastActiveAt: new Date(row.last_active_at), expiresAt: new Date(row.expires_at) },
          now,
          settings.idleTimeoutMinutes * MINUTE_MS,
        ),
      )
      .map((row) => ({
        id: row.id,
        device: deviceName(row.user_agent),
        ipAddress: row.ip_address,
        createdAt: new Date(row.created_at).toISOString(),
        lastSeenAt: new Date(row.last_seen_at).toISOString(),
        expiresAt: new Date(row.expires_at).toISOString(),
        current: row.id === currentSessionId,
      }));
  }

  /** Ends one session of `userId` (the person's own, or anyone's for an admin); 404 when none is open. */
  async endOne(
    actor: Principal,
    userId: string,
    sessionId: string,
    reason: 'signed_out' | 'ended_by_user' | 'ended_by_admin',
    context: RequestContext,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND ${OPEN}
            FOR UPDATE OF s`,
        [sessionId, userId],
      );
      if (rows.length === 0) throw new NotFoundError('Session');
      await this.endRow(manager, sessionId, reason, this.clock.now());
      await this.audit.record(manager, {
        actorId: actor.id,
        action: reason === 'signed_out' ? 'auth.signed_out' : 'auth.session_ended',
        entityType: 'user',
        entityId: userId,
        context,
        details: { sessionId, reason },
      });
    });
  }

  /** Ends every other open session of the user (a new password): the one in hand goes on. */
  async endOthers(manager: EntityManager, userId: string, keepSessionId: string, reason: SessionEndReason) {
    const [rows]: [{ id: string }[]] = await manager.query(
      `UPDATE sessions SET ended_at = $3, end_reason = $4
        WHERE user_id = $1 AND id <> $2 AND ended_at IS NULL
      RETURNING id`,
      [userId, keepSessionId, this.clock.now(), reason],
    );
    return rows.length;
  }

  async userExists(userId: string): Promise<void> {
    const [row] = await this.db.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    if (!row) throw new NotFoundError('User');
  }

  /**
   * Sessions of the user that ended by themselves are closed at the next sign-in; refresh tokens are kept
   * until their session's absolute end (so a late refresh hears why it ended), when the cookie is gone too.
   */
  private async tidy(manager: EntityManager, userId: string, now: Date, idleMs: number): Promise<void> {
    await manager.query(
      `UPDATE sessions SET ended_at = $2,
              end_reason = CASE WHEN expires_at <= $2 THEN 'expired' ELSE 'idle' END
        WHERE user_id = $1 AND ended_at IS NULL
          AND (expires_at <= $2 OR last_active_at <= $2 - make_interval(secs => $3))`,
      [userId, now, idleMs / 1000],
    );
    await manager.query(
      `DELETE FROM refresh_tokens t USING sessions s
        WHERE t.session_id = s.id AND s.user_id = $1 AND s.expires_at <= $2`,
      [userId, now],
    );
  }

  private async endRow(manager: EntityManager, sessionId: string, reason: SessionEndReason, now: Date) {
    await manager.query(`UPDATE sessions SET ended_at = $2, end_reason = $3 WHERE id = $1`, [
      sessionId,
      now,
      reason,
    ]);
  }

  private async issueToken(manager: EntityManager, sessionId: string, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (token_hash, session_id, issued_at) VALUES ($1, $2, $3)`,
      [tokenHash(token), sessionId, now],
    );
    return token;
  }
}

/** A refresh token has 256 random bits: a plain SHA-256 is enough to keep the stored value useless. */
function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The address as people write it: an IPv4 client of a dual-stack server arrives as ::ffff:203.0.113.24. */
function clip(ip: string | null): string | null {
  return ip ? ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').slice(0, 64) : null;
}
