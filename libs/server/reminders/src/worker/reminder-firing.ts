import type { NotificationChannel } from '@accord/contracts';
import { releaseAfterQuietHours } from '@accord/domain';
import { APP_CONFIG, Clock, FieldCipher, type AppConfig } from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DELIVERY_CHANNELS, type DeliveryChannel } from '../channels/channel';
import { Slots } from '../channels/slots';
import { ReminderCases } from '../reminder-cases';
import { ReminderKindRegistry, type FiringReminder, type RenderedMessage } from '../reminder-kinds';
import type { FireReminderPayload } from '../reminder-queue';
import { ReminderSettingsService } from '../reminder-settings.service';
import { addresseeOf, maskAddress, type Addressee } from './addressees';
import { FiringBatches } from './firing-batches';

/** A job woke up before its row's time (the reminder was moved later): sleep again, within this margin. */
const EARLY_MARGIN_MS = 500;

type Outcome = 'sent' | 'already_sent' | 'busy';

/**
 * Fires one reminder. The row decides, not the job: a cancelled or already sent reminder does nothing,
 * a moved one goes back to sleep, a client's waits out quiet hours. Each channel's delivery is a row
 * claimed under a lease before sending, so a retry or a second worker never sends what was sent.
 */
@Injectable()
export class ReminderFiring {
  private readonly channels: Map<NotificationChannel, DeliveryChannel>;
  private readonly slots: Map<NotificationChannel, Slots>;
  private readonly batches: FiringBatches;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DELIVERY_CHANNELS) channels: DeliveryChannel[],
    private readonly kinds: ReminderKindRegistry,
    private readonly settings: ReminderSettingsService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    cases: ReminderCases,
  ) {
    this.channels = new Map(channels.map((c) => [c.channel, c]));
    this.slots = new Map(channels.map((c) => [c.channel, new Slots(c.maxInFlight)]));
    this.batches = new FiringBatches(db, cases);
  }

  async process(job: Job<FireReminderPayload>, token?: string): Promise<unknown> {
    const row = await this.batches.rows.load(job.data.reminderId);
    if (!row || row.status !== 'scheduled') return { skipped: row?.status ?? 'missing' };
    const reminder: FiringReminder = row;
    const now = this.clock.now();
    if (reminder.dueAt.getTime() - now.getTime() > EARLY_MARGIN_MS) {
      return this.sleepUntil(job, token, reminder.dueAt, now);
    }
    const settings = await this.settings.recent();
    if (reminder.recipient === 'client') {
      const release = releaseAfterQuietHours(now, settings.timeZone, {
        start: settings.quietStart,
        end: settings.quietEnd,
      });
      if (release.getTime() > now.getTime()) {
        await this.db.query(`UPDATE reminders SET held_until = $2, updated_at = now() WHERE id = $1`, [
          reminder.id,
          release,
        ]);
        return this.sleepUntil(job, token, release, now);
      }
    }

    const kind = this.kinds.get(reminder.kind);
    if (kind.gather) {
      const extra = await kind.gather(this.db.manager, reminder);
      if (!extra) return this.finish(reminder.id, null, null);
      reminder.payload = { ...reminder.payload, ...extra };
    }
    const to = addresseeOf(row, this.cipher, settings.clientChannels);
    const channels = (to?.channels ?? []).filter((c) => c === 'in_app' || this.channels.get(c)?.configured());
    if (!to || !channels.length) return this.finish(reminder.id, null, 'NO_CHANNEL');
    const message = kind.render(reminder.payload, to.locale, reminder.recipient);
    const inApp = channels.includes('in_app') && to.userId ? { userId: to.userId, message } : null;

    const failures: string[] = [];
    let busy = false;
    for (const channel of channels) {
      if (channel === 'in_app') continue;
      try {
        const outcome = await this.deliver(reminder, channel, to, message);
        if (outcome === 'busy') busy = true;
      } catch (error) {
        failures.push(`${channel}: ${(error as Error).message}`);
      }
    }
    if (failures.length || busy) {
      if (inApp) await this.finish(reminder.id, inApp, null, false);
      const lastError = failures.join('; ') || 'a delivery is in another worker’s hands';
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.db.query(
        `UPDATE reminders SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END,
                updated_at = now() WHERE id = $1 AND status = 'scheduled'`,
        [reminder.id, lastError, final],
      );
      throw new Error(lastError);
    }
    return this.finish(reminder.id, inApp, null);
  }

  /**
   * Claims the channel's delivery (new, failed, or abandoned by a dead worker), sends, records. The
   * whole of it waits for one of the channel's slots, so the lease starts only when sending does, and
   * "sent" is written in its own statement the moment the server has accepted, before anything else.
   * A worker killed between the two leaves the delivery to be sent again (same key): at most the
   * channel's slots of messages can be doubled that way.
   */
  private deliver(
    reminder: FiringReminder,
    channel: NotificationChannel,
    to: Addressee,
    message: RenderedMessage,
  ): Promise<Outcome> {
    const slots = this.slots.get(channel);
    if (!slots) throw new Error(`no delivery channel ${channel}`);
    return slots.run(() => this.claimAndSend(reminder, channel, to, message));
  }

  private async claimAndSend(
    reminder: FiringReminder,
    channel: NotificationChannel,
    to: Addressee,
    message: RenderedMessage,
  ): Promise<Outcome> {
    const leaseMs = this.config.REMINDER_LOCK_MS;
    const [claimed] = await this.db.query(
      `INSERT INTO reminder_deliveries (reminder_id, channel, recipient_user_id, address_masked, status, attempts, leased_until)
       VALUES ($1, $2, $3, $4, 'sending', 1, now() + $5 * interval '1 millisecond')
       ON CONFLICT (reminder_id, channel) DO UPDATE
          SET status = 'sending', attempts = reminder_deliveries.attempts + 1,
              leased_until = now() + $5 * interval '1 millisecond', updated_at = now()
        WHERE reminder_deliveries.status = 'failed'
           OR (reminder_deliveries.status = 'sending' AND reminder_deliveries.leased_until < now())
       RETURNING id`,
      [reminder.id, channel, to.userId, maskAddress(channel, to), leaseMs],
    );
    if (!claimed) {
      const [current] = await this.db.query(
        `SELECT status FROM reminder_deliveries WHERE reminder_id = $1 AND channel = $2`,
        [reminder.id, channel],
      );
      return current?.status === 'sent' ? 'already_sent' : 'busy';
    }
    try {
      await this.channels.get(channel)?.send(reminder, to, message, claimed.id);
    } catch (error) {
      await this.db.query(
        `UPDATE reminder_deliveries SET status = 'failed', last_error = $2, leased_until = NULL, updated_at = now() WHERE id = $1`,
        [claimed.id, String((error as Error).message).slice(0, 500)],
      );
      throw error;
    }
    await this.db.query(
      `UPDATE reminder_deliveries SET status = 'sent', sent_at = now(), last_error = NULL, leased_until = NULL, updated_at = now()
        WHERE id = $1`,
      [claimed.id],
    );
    return 'sent';
  }

  /** In-app delivery, its record and the reminder marked sent: one statement, shared with others firing now. */
  private async finish(
    id: string,
    inApp: { userId: string; message: RenderedMessage } | null,
    note: string | null,
    markSent = true,
  ) {
    await this.batches.finish.load({ id, inApp, note, markSent });
    return { status: 'sent', note };
  }

  /** Puts the job back to sleep until a firm-clock instant (translated to the queue's real time). */
  private async sleepUntil(job: Job, token: string | undefined, until: Date, now: Date): Promise<never> {
    await job.moveToDelayed(Date.now() + (until.getTime() - now.getTime()), token);
    throw new DelayedError();
  }
}
