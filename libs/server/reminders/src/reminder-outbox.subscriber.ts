import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { dropPending, takePending } from './reminder-outbox';
import { ReminderQueue } from './reminder-queue';

/** Enqueues the reminders a transaction wrote, once it has committed. */
@Injectable()
export class ReminderOutboxSubscriber implements EntitySubscriberInterface, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ReminderQueue,
  ) {}

  onModuleInit(): void {
    if (!this.db.subscribers.includes(this)) this.db.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const ids = takePending(event.queryRunner);
    // Not awaited: the request has its answer; a failure here is the reconciler's to mend.
    if (ids.length) void this.queue.sync(ids);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    dropPending(event.queryRunner);
  }
}
