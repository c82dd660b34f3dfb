import { APP_CONFIG, type AppConfig } from '@accord/server-core';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { FiringReminder, RenderedMessage } from '../reminder-kinds';
import type { Addressee } from '../worker/addressees';
import type { DeliveryChannel } from './channel';

/** E-mail through the firm's SMTP server; the delivery id is the Message-ID, the same on every retry. */
@Injectable()
export class EmailChannel implements DeliveryChannel, OnModuleDestroy {
  readonly channel = 'email' as const;
  readonly maxInFlight: number;
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.maxInFlight = config.SMTP_MAX_CONNECTIONS;
    // Pooled: one connection per message in flight, kept open between messages of a burst.
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          pool: true,
          maxConnections: config.SMTP_MAX_CONNECTIONS,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } as SMTPTransport.Options)
      : null;
  }

  configured(): boolean {
    return this.transport !== null;
  }

  async send(_reminder: FiringReminder, to: Addressee, message: RenderedMessage, key: string): Promise<void> {
    if (!this.transport || !to.email) throw new Error('e-mail is not configured');
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: to.email,
      subject: message.title,
      text: message.body,
      messageId: `<${key}@reminders.accord>`,
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
