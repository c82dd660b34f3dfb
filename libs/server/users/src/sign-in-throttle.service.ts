import { ErrorCode } from '@accord/contracts';
import {
  decideSignInThrottle,
  PAIR_FAILURES_THAT_MATTER,
  signInAddressOf,
  type FailureHistory,
  type SignInThrottleLimits,
} from '@accord/domain';
import { APP_CONFIG, AppError, Clock, type AppConfig } from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** An attempt reserved before its password is checked: it counts as a failure unless it succeeds. */
export interface SignInAttempt {
  id: string;
  account: string;
  address: string;
}

// First keys of pg_advisory_xact_lock(int, int), so sign-in locks never meet other locks of the database.
const ADDRESS_LOCK = 0x53490001;
const ACCOUNT_LOCK = 0x53490002;

// Each failure adds one row; sweeping up to this many expired rows with it keeps the table to the window.
const SWEEP_BATCH = 100;

interface FailureRow {
  of: keyof FailureHistory;
  at: Date;
}

/**
 * Sign-in throttling in PostgreSQL, so every API replica counts the same attempts. All instants come
 * from the injected Clock (the rows' `at` included), never from the database's now().
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Reserves an attempt or refuses it with 429 and Retry-After. The counting and the reservation
   * happen under locks on the address and the e-mail, so parallel attempts are counted one after
   * another and none slips past a limit because it read the counts before the others wrote theirs.
   */
  async reserve(email: string, ip: string | null): Promise<SignInAttempt> {
    const account = email;
    const address = signInAddressOf(ip);
    const limits = this.limits();
    const outcome = await this.db.transaction(async (manager) => {
      // Always the address first, then the e-mail: two reservations never wait on each other in a cycle.
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADDRESS_LOCK, address]);
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ACCOUNT_LOCK, account]);
      const now = this.clock.now();
      const since = new Date(now.getTime() - limits.windowSeconds * 1000);
      // Only the newest failures can matter to each limit, so an account under a wide attack reads few rows.
      const rows: FailureRow[] = await manager.query(
        `(SELECT 'pair' AS of, at FROM sign_in_failures
           WHERE account = $1 AND address = $2 AND at > $3 ORDER BY at DESC LIMIT $4)
         UNION ALL
         (SELECT 'account', at FROM sign_in_failures WHERE account = $1 AND at > $3 ORDER BY at DESC LIMIT $5)
         UNION ALL
         (SELECT 'address', at FROM sign_in_failures WHERE address = $2 AND at > $3 ORDER BY at DESC LIMIT $6)`,
        [
          account,
          address,
          since,
          PAIR_FAILURES_THAT_MATTER,
          limits.maxFailuresPerAccount,
          limits.maxFailuresPerAddress,
        ],
      );
      const history: FailureHistory = { pair: [], account: [], address: [] };
      for (const row of rows) (history[row.of] as number[]).push(new Date(row.at).getTime());
      const decision = decideSignInThrottle(history, now.getTime(), limits);
      if (decision.blocked) return decision;
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO sign_in_failures (account, address, at) VALUES ($1, $2, $3) RETURNING id`,
        [account, address, now],
      );
      return { blocked: false as const, id: String(inserted.id) };
    });
    if (outcome.blocked) {
      throw new AppError(
        429,
        ErrorCode.TooManySignInAttempts,
        'Too many failed sign-ins; wait and try again',
        { retryAfterSeconds: outcome.retryAfterSeconds },
        { 'Retry-After': String(outcome.retryAfterSeconds) },
      );
    }
    return { id: outcome.id, account, address };
  }

  /** The attempt failed: its pair's wait runs from now, when the caller hears of it. */
  async failed(attempt: SignInAttempt): Promise<void> {
    const now = this.clock.now();
    const expired = new Date(now.getTime() - this.config.SIGN_IN_WINDOW_SECONDS * 1000);
    await this.db.query(
      `WITH stamped AS (UPDATE sign_in_failures SET at = $2 WHERE id = $1)
       DELETE FROM sign_in_failures WHERE id IN (
         SELECT id FROM sign_in_failures WHERE at <= $3 ORDER BY at LIMIT $4 FOR UPDATE SKIP LOCKED)`,
      [attempt.id, now, expired, SWEEP_BATCH],
    );
  }

  /** The right password: its pair's earlier failures are the owner's own typos, so they go with it. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE account = $1 AND address = $2 AND id <= $3`, [
      attempt.account,
      attempt.address,
      attempt.id,
    ]);
  }

  /**
   * The attempt broke off before an answer (the database went away, say): the caller learnt nothing
   * about the password, so it is not held against them. Best effort, as the database may still be gone.
   */
  async abandoned(attempt: SignInAttempt): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE id = $1`, [attempt.id]).catch(() => undefined);
  }

  private limits(): SignInThrottleLimits {
    return {
      windowSeconds: this.config.SIGN_IN_WINDOW_SECONDS,
      maxFailuresPerAccount: this.config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: this.config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      firstDelaySeconds: this.config.SIGN_IN_FIRST_DELAY_SECONDS,
    };
  }
}
