import { addDays, zonedInstant } from '@accord/domain';
import { Clock, type AppConfig } from '@accord/server-core';
import { DOCUMENT_REMINDER_KINDS, DocumentReminders } from '@accord/server-documents';
import { NEGOTIATION_REMINDER_KINDS, NegotiationReminders } from '@accord/server-negotiation';
import {
  DigestSources,
  ReminderCases,
  ReminderKindRegistry,
  ReminderSettingsService,
  RemindersService,
} from '@accord/server-reminders';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The demo firm's reminders, written by the features' own reminder code for every demo cause (unpaid
 * installments, outstanding documents, follow-ups); the worker's reconciler queues them when it starts.
 * A few from the last days have fired already, so each officer's bell has something in it, and one
 * e-mail failed, so the administrators' list of failed deliveries shows what that looks like.
 */
export async function seedDemoReminders(
  db: DataSource,
  config: AppConfig,
  today: string,
): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM reminders`);
  if (count > 0) return { seeded: false };
  const clock = new Clock();
  const settings = new ReminderSettingsService(db, config);
  // The seed only writes reminders: it lists none and gathers no digest, so no cases' SQL is provided.
  const cases = new ReminderCases();
  const kinds = demoKinds(cases);
  // Inside a transaction the service only notes what to queue after commit; nothing here is queued.
  const reminders = new RemindersService(db, undefined as never, clock, kinds, cases);
  const negotiation = new NegotiationReminders(reminders, settings, clock);
  const documents = new DocumentReminders(reminders, settings, clock);
  await db.transaction(async (manager) => {
    for (const { id } of await manager.query(`SELECT id FROM repayment_plans`)) {
      await negotiation.syncPlan(manager, id);
    }
    const contacts = await manager.query(
      `SELECT id, case_id AS "caseId", next_follow_up_at AS "nextFollowUpAt", summary, person
         FROM contacts WHERE next_follow_up_at IS NOT NULL`,
    );
    for (const contact of contacts) await negotiation.syncFollowUp(manager, contact);
    const items = await manager.query(
      `SELECT id, case_id AS "caseId", kind, status, due_on::text AS "dueOn" FROM document_requirements
        WHERE status IN ('requested', 'rejected')`,
    );
    for (const item of items) await documents.sync(manager, item);
    await firedAlready(manager, kinds, config.FIRM_TIME_ZONE, today);
  });
  return { seeded: true };
}

/** The kinds the apps register, as their features' reminders modules do; no digest gathers here. */
function demoKinds(cases: ReminderCases): ReminderKindRegistry {
  const kinds = new ReminderKindRegistry(new DigestSources(cases));
  kinds.registerAll(NEGOTIATION_REMINDER_KINDS);
  kinds.registerAll(DOCUMENT_REMINDER_KINDS);
  return kinds;
}

async function firedAlready(
  manager: EntityManager,
  kinds: ReminderKindRegistry,
  timeZone: string,
  today: string,
): Promise<void> {
  const late: {
    id: string;
    case_id: string;
    reference: string;
    kind: string;
    due_on: string;
    officer_id: string;
  }[] = await manager.query(
    // Each officer's earliest late document, so every bell with late work in it has something.
    `SELECT * FROM (
       SELECT DISTINCT ON (c.officer_id) r.id, r.case_id, c.reference, r.kind, r.due_on::text, c.officer_id
         FROM document_requirements r JOIN cases c ON c.id = r.case_id
        WHERE r.status IN ('requested', 'rejected') AND r.due_on < $1::date
        ORDER BY c.officer_id, r.due_on, c.reference, r.kind) firsts
      ORDER BY due_on, reference`,
    [today],
  );
  for (const [i, item] of late.entries()) {
    const payload = { reference: item.reference, documentKind: item.kind, dueDate: item.due_on };
    const firedAt = zonedInstant(addDays(item.due_on, 1), '09:00', timeZone);
    const message = kinds.get('document_overdue').render(payload, 'zh-TW', 'officer');
    const [reminder] = await manager.query(
      `INSERT INTO reminders (kind, case_id, subject_type, subject_id, slot, recipient, due_at, status, attempts, payload, fired_at)
       VALUES ('document_overdue', $1, 'document_requirement', $2, 'officer+1d', 'officer', $3, $4, $5, $6, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [item.case_id, item.id, firedAt, i === 0 ? 'failed' : 'sent', i === 0 ? 6 : 1, payload],
    );
    if (!reminder) continue;
    await manager.query(
      `INSERT INTO reminder_deliveries (reminder_id, channel, recipient_user_id, status, attempts, sent_at) VALUES ($1, 'in_app', $2, 'sent', 1, $3)`,
      [reminder.id, item.officer_id, firedAt],
    );
    await manager.query(
      `INSERT INTO notifications (user_id, reminder_id, kind, case_id, title, body, created_at, read_at)
       VALUES ($1, $2, 'document_overdue', $3, $4, $5, $6, $7)`,
      [
        item.officer_id,
        reminder.id,
        item.case_id,
        message.title,
        message.body,
        firedAt,
        i % 3 === 2 ? firedAt : null,
      ],
    );
    if (i === 0) {
      await manager.query(
        `UPDATE reminders SET last_error = 'email: 550 5.1.1 mailbox unavailable' WHERE id = $1`,
        [reminder.id],
      );
      await manager.query(
        `INSERT INTO reminder_deliveries (reminder_id, channel, recipient_user_id, address_masked, status, attempts, last_error)
         VALUES ($1, 'email', $2, 'o***@accord.test', 'failed', 6, '550 5.1.1 mailbox unavailable')`,
        [reminder.id, item.officer_id],
      );
    }
  }
}
