import { addDays, zonedInstant } from '@accord/domain';
import { debtsWithCases } from '@accord/server-cases';
import type { DataSource } from 'typeorm';

const CALLS = [
  {
    channel: 'hotline',
    person: '客服 王小姐（工號 5521）',
    summary: '說明客戶失業、收入中斷，詢問可否停息分期；對方要求提供失業證明與近三個月收支。',
    outcome: '待補件後再議',
  },
  {
    channel: 'in_app',
    person: '線上客服',
    summary: '於 App 內提出個性化分期申請，客服表示將轉交專案組審核。',
    outcome: '已受理，等候回覆',
  },
  {
    channel: 'online_chat',
    person: '協商專員 李先生',
    summary: '對方同意減免部分罰息，但要求首期於下月五日前繳納。',
    outcome: '對方提出還價',
  },
];

/**
 * Calls with the creditors for every demo case past documents, the latest with a follow-up for the
 * cases still in talks (so the officers' reminders have something to remind of), and a WeChat
 * message with the client now and then.
 */
export async function seedDemoContacts(
  db: DataSource,
  today: string,
  timeZone: string,
): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM contacts`);
  if (count > 0) return { seeded: false };
  const debts: { id: string; case_id: string; officer_id: string; stage: string; n: number }[] =
    await db.query(
      `SELECT d.id, d.case_id, c.officer_id, c.stage, row_number() OVER (ORDER BY c.reference, d.id)::int AS n
       FROM ${debtsWithCases('d', 'c')}
      WHERE c.stage IN ('creditor_contact', 'negotiating', 'agreed', 'repaying', 'credit_repair') AND d.status = 'open'`,
    );
  for (const d of debts) {
    const call = CALLS[d.n % CALLS.length];
    const talking = d.stage === 'creditor_contact' || d.stage === 'negotiating';
    const occurredAt = zonedInstant(addDays(today, -(1 + (d.n % 6))), `${10 + (d.n % 6)}:30`, timeZone);
    const followUp = talking ? zonedInstant(addDays(today, 1 + (d.n % 5)), '10:00', timeZone) : null;
    await db.query(
      `INSERT INTO contacts (case_id, debt_id, party, channel, occurred_at, person, summary, outcome, next_follow_up_at, created_by)
       VALUES ($1, $2, 'creditor', $3, $4, $5, $6, $7, $8, $9)`,
      [
        d.case_id,
        d.id,
        call.channel,
        occurredAt,
        call.person,
        call.summary,
        call.outcome,
        followUp,
        d.officer_id,
      ],
    );
    if (d.n % 4 === 0) {
      await db.query(
        `INSERT INTO contacts (case_id, party, channel, occurred_at, person, summary, outcome, created_by)
         VALUES ($1, 'client', 'wechat', $2, '客戶本人', '向客戶說明債權人的回覆與下一步，客戶同意先補齊收入證明。', '客戶同意', $3)`,
        [d.case_id, zonedInstant(addDays(today, -1), '19:10', timeZone), d.officer_id],
      );
    }
  }
  return { seeded: true };
}
