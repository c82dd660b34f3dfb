import { QueueName } from '@accord/server-core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { RECORD_SIGN_IN, type RecordSignInPayload } from './record-sign-in.job';

@Processor(QueueName.Users, { concurrency: 4 })
export class UsersProcessor extends WorkerHost {
  private readonly logger = new Logger(UsersProcessor.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case RECORD_SIGN_IN:
        return this.recordSignIn(job.data as RecordSignInPayload);
      default:
        throw new Error(`Unknown job ${job.name} on ${QueueName.Users}`);
    }
  }

  /** Idempotent and order-proof: a late or repeated job never moves the last sign-in backwards. */
  private async recordSignIn(payload: RecordSignInPayload): Promise<{ updated: boolean }> {
    const [, affected] = await this.db.query(
      `UPDATE users SET last_sign_in_at = $2
        WHERE id = $1 AND (last_sign_in_at IS NULL OR last_sign_in_at < $2)`,
      [payload.userId, payload.signedInAt],
    );
    this.logger.debug({ userId: payload.userId, updated: affected > 0 }, 'recorded sign-in');
    return { updated: affected > 0 };
  }
}
