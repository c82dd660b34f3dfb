import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReminderQueue } from '../reminder-queue';

const BATCH = 1000;

/**
 * Makes the queue hold every scheduled reminder: after a lost Redis, a crash between commit and
 * enqueue, or a restored backup. Jobs already queued keep their place (same id); reminders already due
 * are queued to fire now.
 */
@Injectable()
export class ReminderReconciler {
  private readonly logger = new Logger(ReminderReconciler.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ReminderQueue,
  ) {}

  async reconcile(): Promise<{ scheduled: number }> {
    let scheduled = 0;
    let after: { due_at: Date; id: string } | null = null;
    for (;;) {
      const rows: { id: string; due_at: Date }[] = await this.db.query(
        `SELECT id, due_at FROM reminders WHERE status = 'scheduled'
            AND ($1::timestamptz IS NULL OR (due_at, id) > ($1::timestamptz, $2::uuid))
          ORDER BY due_at, id LIMIT ${BATCH}`,
        [after?.due_at ?? null, after?.id ?? null],
      );
      if (!rows.length) break;
      await this.queue.addMissing(rows);
      scheduled += rows.length;
      after = rows[rows.length - 1];
      if (rows.length < BATCH) break;
    }
    this.logger.log({ scheduled }, 'reminders reconciled with the queue');
    return { scheduled };
  }
}
