import { ErrorCode } from '@accord/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error';

/**
 * Fixed-window rate limits kept in PostgreSQL, so every API replica counts the same hits. Meant for
 * public endpoints (client upload links), where one small upsert per request is cheap enough.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
       RETURNING hits, ceil(extract(epoch FROM window_start) + $2 - extract(epoch FROM now()))::int AS retry_after`,
      [key, windowSeconds],
    );
    if (row.hits > limit) {
      const retryAfter = Math.max(1, row.retry_after as number);
      throw new AppError(
        429,
        ErrorCode.TooManyRequests,
        'Too many requests; wait and try again',
        { retryAfterSeconds: retryAfter },
        { 'Retry-After': String(retryAfter) },
      );
    }
    // Old windows are dropped now and then, by whichever request happens to run the sweep.
    if (Math.random() < 0.01)
      await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}
