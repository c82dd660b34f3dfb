import type { Locale, NotificationChannel } from '@accord/contracts';
import { preparedQuery, type FieldCipher } from '@accord/server-core';
import { leftJoinUserSql } from '@accord/server-users';
import type { DataSource } from 'typeorm';
import type { ReminderCaseSql } from '../reminder-cases';
import type { FiringReminder } from '../reminder-kinds';

/** The person a reminder reaches when it fires, with where and in which language. */
export interface Addressee {
  userId: string | null;
  locale: Locale;
  email: string | null;
  phone: string | null;
  channels: NotificationChannel[];
}

interface Person {
  id: string;
  email: string;
  locale: Locale;
  channels: NotificationChannel[];
  active: boolean;
}

export interface FiringRow extends FiringReminder {
  status: string;
  named: Person | null;
  officer: Person | null;
  manager: Person | null;
  client: { email: string | null; phoneCipher: string | null; locale: Locale } | null;
}

const person = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'email', ${alias}.email,
     'locale', ${alias}.locale, 'channels', ${alias}.reminder_channels, 'active', ${alias}.active) END`;

/**
 * Reminders and everyone each could be for, in one read: the person it names, the case's officer,
 * their team's manager, and the client. Who it reaches is decided now, not when it was written, so a
 * case reassigned since reminds its new officer. Many at once: the worker batches the reminders that
 * fire together into one statement.
 */
export async function loadFiring(
  db: DataSource,
  cases: ReminderCaseSql,
  ids: readonly string[],
): Promise<FiringRow[]> {
  const { rows } = await preparedQuery(
    db,
    'reminders.load_firing',
    `SELECT r.id, r.kind, r.case_id AS "caseId", r.subject_id AS "subjectId", r.recipient,
            r.recipient_user_id AS "recipientUserId", r.due_at AS "dueAt", r.payload, r.status,
            ${person('nu')} AS named, ${person('o')} AS officer, ${person('m')} AS manager,
            ${cases.clientContact('cl')} AS client
       FROM reminders r
       ${leftJoinUserSql('nu', 'r.recipient_user_id')}
       ${cases.leftJoinPeople('r.case_id', { officer: 'o', manager: 'm', client: 'cl' })}
      WHERE r.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows as unknown as FiringRow[];
}

export function addresseeOf(
  row: FiringRow,
  cipher: FieldCipher,
  clientChannels: readonly NotificationChannel[],
): Addressee | null {
  if (row.recipient === 'client') {
    if (!row.client) return null;
    const phone = row.client.phoneCipher ? cipher.open(row.client.phoneCipher) : null;
    return {
      userId: null,
      locale: row.client.locale,
      email: row.client.email,
      phone,
      channels: clientChannels.filter((c) =>
        c === 'email' ? !!row.client?.email : c === 'sms' ? !!phone : false,
      ),
    };
  }
  const user = row.recipientUserId ? row.named : row.recipient === 'officer' ? row.officer : row.manager;
  if (!user?.active) return null;
  return { userId: user.id, locale: user.locale, email: user.email, phone: null, channels: user.channels };
}

export function maskAddress(channel: NotificationChannel, addressee: Addressee): string | null {
  if (channel === 'email' && addressee.email) return addressee.email.replace(/^(.).*(@.*)$/, '$1***$2');
  if (channel === 'sms' && addressee.phone) return `***${addressee.phone.slice(-4)}`;
  return null;
}
