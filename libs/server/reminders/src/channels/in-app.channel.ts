import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FiringReminder, RenderedMessage } from '../reminder-kinds';
import type { Addressee } from '../worker/addressees';
import type { DeliveryChannel } from './channel';

/** The bell in the dashboard: a notification row, one per reminder and person whatever the retries. */
@Injectable()
export class InAppChannel implements DeliveryChannel {
  readonly channel = 'in_app' as const;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  configured(): boolean {
    return true;
  }

  async send(reminder: FiringReminder, to: Addressee, message: RenderedMessage): Promise<void> {
    if (!to.userId) return;
    await this.db.query(
      `INSERT INTO notifications (user_id, reminder_id, kind, case_id, title, body) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (reminder_id, user_id) DO NOTHING`,
      [to.userId, reminder.id, reminder.kind, reminder.caseId, message.title, message.body],
    );
  }
}
