import type { Locale, NotificationChannel } from '@accord/contracts';
import type { FieldCipher } from '@accord/server-core';
import type { EntityManager } from 'typeorm';
import type { FiringReminder } from '../reminder-kinds';

/** The person a reminder reaches when it fires, with where and in which language. */
export interface Addressee {
  userId: string | null;
  locale: Locale;
  email: string | null;
  phone: string | null;
  channels: NotificationChannel[];
}

/**
 * Resolved when the reminder fires, not when it was written: a case reassigned since then reminds its
 * new officer, a new team manager gets the escalation, an inactive person gets nothing.
 */
export async function addresseeOf(
  manager: EntityManager,
  cipher: FieldCipher,
  reminder: FiringReminder,
  clientChannels: readonly NotificationChannel[],
): Promise<Addressee | null> {
  if (reminder.recipient === 'client') {
    const [client] = await manager.query(
      `SELECT cl.email, cl.phone_cipher, cl.locale FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = $1`,
      [reminder.caseId],
    );
    if (!client) return null;
    const phone = client.phone_cipher ? cipher.open(client.phone_cipher) : null;
    return {
      userId: null,
      locale: client.locale,
      email: client.email,
      phone,
      channels: clientChannels.filter((c) =>
        c === 'email' ? !!client.email : c === 'sms' ? !!phone : false,
      ),
    };
  }
  const [user] = reminder.recipientUserId
    ? await manager.query(`SELECT id, email, locale, reminder_channels FROM users WHERE id = $1 AND active`, [
        reminder.recipientUserId,
      ])
    : reminder.recipient === 'officer'
      ? await manager.query(
          `SELECT u.id, u.email, u.locale, u.reminder_channels FROM cases c JOIN users u ON u.id = c.officer_id
            WHERE c.id = $1 AND u.active`,
          [reminder.caseId],
        )
      : await manager.query(
          `SELECT m.id, m.email, m.locale, m.reminder_channels FROM cases c JOIN users o ON o.id = c.officer_id
             JOIN teams t ON t.id = o.team_id JOIN users m ON m.id = t.manager_id WHERE c.id = $1 AND m.active`,
          [reminder.caseId],
        );
  if (!user) return null;
  return {
    userId: user.id,
    locale: user.locale,
    email: user.email,
    phone: null,
    channels: user.reminder_channels,
  };
}

export function maskAddress(channel: NotificationChannel, addressee: Addressee): string | null {
  if (channel === 'email' && addressee.email) return addressee.email.replace(/^(.).*(@.*)$/, '$1***$2');
  if (channel === 'sms' && addressee.phone) return `***${addressee.phone.slice(-4)}`;
  return null;
}
