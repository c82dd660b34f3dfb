import { APP_CONFIG, type AppConfig } from '@accord/server-core';
import { Inject, Injectable } from '@nestjs/common';
import type { FiringReminder, RenderedMessage } from '../reminder-kinds';
import type { Addressee } from '../worker/addressees';
import type { DeliveryChannel } from './channel';

/** Fills the gateway's JSON body template; values are JSON-escaped so a message cannot break out of it. */
export function smsBody(template: string, values: { to: string; text: string; key: string }): string {
  const body = template.replace(/\{\{(to|text|key)\}\}/g, (_, name: keyof typeof values) =>
    JSON.stringify(values[name]).slice(1, -1),
  );
  JSON.parse(body);
  return body;
}

/** SMS through an HTTP gateway: one POST per message with the delivery id as idempotency key. */
@Injectable()
export class SmsChannel implements DeliveryChannel {
  readonly channel = 'sms' as const;
  readonly maxInFlight: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.maxInFlight = config.SMS_MAX_IN_FLIGHT;
  }

  configured(): boolean {
    return !!this.config.SMS_GATEWAY_URL;
  }

  async send(_reminder: FiringReminder, to: Addressee, message: RenderedMessage, key: string): Promise<void> {
    if (!this.config.SMS_GATEWAY_URL || !to.phone) throw new Error('SMS is not configured');
    const response = await fetch(this.config.SMS_GATEWAY_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': key,
        ...(this.config.SMS_GATEWAY_TOKEN
          ? { Authorization: `Bearer ${this.config.SMS_GATEWAY_TOKEN}` }
          : {}),
      },
      body: smsBody(this.config.SMS_GATEWAY_BODY, {
        to: to.phone,
        text: `${message.title}\n${message.body}`,
        key,
      }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}
