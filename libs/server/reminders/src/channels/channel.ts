import type { NotificationChannel } from '@accord/contracts';
import type { RenderedMessage, FiringReminder } from '../reminder-kinds';
import type { Addressee } from '../worker/addressees';

/**
 * One way of reaching a person outside the system (in-app notifications are written by the firing
 * itself, in the same statement that marks the reminder sent). `key` is the delivery's id: the same on every retry, passed on as the
 * message id or idempotency key so a receiving system can drop a repeat.
 */
export interface DeliveryChannel {
  readonly channel: Exclude<NotificationChannel, 'in_app'>;
  /** How many messages one worker may have in this channel's hands at once (see Slots). */
  readonly maxInFlight: number;
  configured(): boolean;
  send(reminder: FiringReminder, to: Addressee, message: RenderedMessage, key: string): Promise<void>;
}

export const DELIVERY_CHANNELS = Symbol('DELIVERY_CHANNELS');
