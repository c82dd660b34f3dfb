import type { EntityManager } from 'typeorm';
import type { FiringReminder } from './reminder-kinds';

/**
 * An officer's morning: what falls due today on their cases. Read when the digest fires, so it counts
 * what is true at 08:30, not when the digest row was written. Nothing due today: no digest.
 */
export async function gatherDigest(
  manager: EntityManager,
  reminder: FiringReminder,
): Promise<Record<string, unknown> | null> {
  const date = String(reminder.payload.date);
  const timeZone = String(reminder.payload.timeZone);
  const [counts] = await manager.query(
    `WITH mine AS (SELECT id FROM cases WHERE officer_id = $1 AND stage <> 'closed')
     SELECT
       (SELECT count(*)::int FROM reminders r WHERE r.case_id IN (SELECT id FROM mine) AND r.recipient = 'officer'
           AND r.status IN ('scheduled', 'sent') AND (r.due_at AT TIME ZONE $3)::date = $2::date) AS reminders,
       (SELECT count(*)::int FROM installments i JOIN repayment_plans p ON p.id = i.plan_id
         WHERE p.case_id IN (SELECT id FROM mine) AND i.due_date = $2::date) AS installments,
       (SELECT count(*)::int FROM contacts c WHERE c.case_id IN (SELECT id FROM mine)
           AND (c.next_follow_up_at AT TIME ZONE $3)::date = $2::date) AS "followUps",
       (SELECT count(*)::int FROM document_requirements d WHERE d.case_id IN (SELECT id FROM mine)
           AND d.status IN ('requested', 'rejected') AND d.due_on = $2::date) AS documents`,
    [reminder.recipientUserId, date, timeZone],
  );
  const total = counts.reminders + counts.installments + counts.followUps + counts.documents;
  return total === 0 ? null : counts;
}
