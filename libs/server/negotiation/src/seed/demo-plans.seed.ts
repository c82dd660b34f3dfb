import {
  addDays,
  addMonthsClamped,
  buildSchedule,
  NO_CHARGE,
  scheduleTotals,
  zonedInstant,
  type PlanCharge,
} from '@accord/domain';
import { debtsWithCases } from '@accord/server-cases';
import type { ObjectStorage } from '@accord/server-core';
import { joinCreditor } from '@accord/server-creditors';
import { demoPdf } from '@accord/server-documents';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { insertPayment, insertPlan } from '../plan-records';
import { savingsOfAgreement } from '../plan-savings';
import { seedPolicyCases } from './demo-policy-cases.seed';

const TZ = 'Asia/Taipei';

/**
 * Accepted proposals with their plans for the demo cases that reached an agreement; cases already
 * repaying have paid what fell due (one of them a payment short, so a late plan shows too), with a
 * receipt behind each plan's latest payment; cases in credit repair paid their plans off.
 */
export async function seedDemoPlans(
  db: DataSource,
  storage: ObjectStorage,
  today: string,
): Promise<{ seeded: boolean }> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM proposals`);
  if (count > 0) return { seeded: false };
  const debts: {
    id: string;
    case_id: string;
    officer_id: string;
    stage: string;
    outstanding_fen: string;
    currency: string;
    creditor: string;
    product: string;
    n: number;
  }[] = await db.query(
    `SELECT d.id, d.case_id, c.officer_id, c.stage, d.outstanding_fen, d.currency, r.name AS creditor, r.product,
            row_number() OVER (ORDER BY c.reference, d.id)::int AS n
       FROM ${debtsWithCases('d', 'c')} ${joinCreditor('r', 'd.creditor_id')}
      WHERE c.stage IN ('agreed', 'repaying', 'credit_repair') AND d.status = 'open'`,
  );
  for (const d of debts) {
    const paidOff = d.stage === 'credit_repair';
    const months = paidOff ? 6 : [6, 12, 18, 24][d.n % 4];
    const repaying = d.stage !== 'agreed';
    // Repaying plans started a few months ago; agreed ones start next month; paid-off ones ended.
    const firstDueDate = paidOff
      ? addMonthsClamped(today, -(months + 1))
      : repaying
        ? addMonthsClamped(today, -(2 + (d.n % 3)))
        : addMonthsClamped(addDays(today, 20), 0);
    const totalFen = Number(d.outstanding_fen);
    // Sent to the creditor two to five weeks before their written yes, which came a week before the
    // first due date (or a few days ago for plans starting next month).
    const agreedOn = addDays(repaying ? firstDueDate : today, repaying ? -7 : -(d.n % 5));
    const decidedAt = zonedInstant(agreedOn, '15:00', TZ);
    const submittedAt = new Date(decidedAt.getTime() - (14 + (d.n % 4) * 7) * 86_400_000);
    // Card debts agreed as a bank's installment plan carry its monthly fee (0.60 %, a common 個性化分期
    // rate); the others are 停息掛賬, interest frozen. Every other plan also had penalty waived.
    const withFee = d.product === 'credit_card' && d.n % 2 === 1;
    const charge: PlanCharge = withFee ? { kind: 'monthly_fee', ratePpm: 6_000 } : NO_CHARGE;
    const waivedPenaltyFen = d.n % 2 === 0 ? Math.round(totalFen * 0.03) : 0;
    const [proposal] = await db.query(
      `INSERT INTO proposals (case_id, debt_id, kind, status, total_fen, months, first_due_date, grace_months, creditor_answer,
                              created_by, submitted_at, created_at, charge_kind, charge_rate_ppm, waived_penalty_fen)
       VALUES ($1, $2, $3, 'accepted', $4, $5, $6, 0, $7, $8, $9, $9, $10, $11, $12) RETURNING id`,
      [
        d.case_id,
        d.id,
        withFee ? 'installments' : 'interest_freeze',
        totalFen,
        months,
        firstDueDate,
        withFee ? '銀行同意個性化分期，每期手續費 0.60%。' : '債權人書面同意停息分期。',
        d.officer_id,
        submittedAt,
        charge.kind,
        charge.ratePpm,
        waivedPenaltyFen,
      ],
    );
    await db.query(`UPDATE proposals SET decided_at = $2 WHERE id = $1`, [proposal.id, decidedAt]);
    if (d.n % 3 === 0) {
      // Some creditors first said no to a longer plan: the creditor report shows the turn-downs too.
      const [refused] = await db.query(
        `INSERT INTO proposals (case_id, debt_id, kind, status, total_fen, months, grace_months, creditor_answer,
                                created_by, submitted_at, created_at)
         VALUES ($1, $2, 'installments', 'rejected', $3, 36, 0, '期數過長，請重新評估。', $4, $5, $5) RETURNING id`,
        [d.case_id, d.id, totalFen, d.officer_id, new Date(submittedAt.getTime() - 10 * 86_400_000)],
      );
      await db.query(`UPDATE proposals SET decided_at = $2 WHERE id = $1`, [
        refused.id,
        new Date(submittedAt.getTime() - 3 * 86_400_000),
      ]);
    }
    const terms = { totalFen, months, firstDueDate, graceMonths: 0, charge };
    const schedule = buildSchedule(terms);
    const saved = await savingsOfAgreement(db.manager, d.id, scheduleTotals(schedule).payableFen, agreedOn);
    const { planId, installmentIds } = await insertPlan(db.manager, {
      proposalId: proposal.id,
      caseId: d.case_id,
      debtId: d.id,
      terms,
      schedule,
      saved,
      startsOn: agreedOn,
      waivedPenaltyFen,
      createdAt: decidedAt,
    });
    if (!repaying) continue;
    // A Taiwan bank is paid by bank transfer, with the bank's own receipt.
    const taiwan = d.currency === 'TWD';
    let latest: { id: string; amountFen: number; paidOn: string; reference: string } | null = null;
    for (const item of schedule.filter((i) => i.dueDate <= today)) {
      const short = !paidOff && d.n % 5 === 0 && item.number === 1;
      const reference = `DEMO${d.n}${item.number}`;
      const amountFen = short ? Math.floor(item.amountFen / 2) : item.amountFen;
      // Some clients pay a few days late: the plan shows those installments as paid late.
      const late = d.n % 3 === 1 && item.number === 1 ? 4 : 0;
      const paidOn = addDays(item.dueDate, late) <= today ? addDays(item.dueDate, late) : item.dueDate;
      const payment = await insertPayment(db.manager, {
        planId,
        installmentId: installmentIds.get(item.number) as string,
        amountFen,
        paidOn,
        method: taiwan ? 'bank_transfer' : 'alipay',
        reference,
        // Repaid into the creditor's own account (a Taiwan bank) or its app (支付寶 for 花唄/借唄, a bank's app).
        payeeKind: taiwan ? 'creditor_account' : 'creditor_app',
        payeeName: d.creditor,
        payeeAccount: null,
        recordedBy: d.officer_id,
        createdAt: zonedInstant(paidOn, '18:00', TZ),
      });
      latest = { id: payment.id, amountFen, paidOn, reference };
    }
    if (latest) await seedReceipt(db, storage, d, latest, taiwan);
  }
  await seedPolicyCases(db.manager, today);
  return { seeded: true };
}

async function seedReceipt(
  db: DataSource,
  storage: ObjectStorage,
  debt: { case_id: string; officer_id: string },
  payment: { id: string; amountFen: number; paidOn: string; reference: string },
  taiwan: boolean,
): Promise<void> {
  const bytes = demoPdf([
    taiwan ? 'Bank transfer receipt (demo)' : 'Alipay transfer receipt (demo)',
    `Date: ${payment.paidOn}`,
    `Amount: ${taiwan ? 'TWD' : 'CNY'} ${(payment.amountFen / 100).toFixed(2)}`,
    `Reference: ${payment.reference}`,
  ]);
  const key = `payments/${debt.case_id}/${randomUUID()}`;
  await storage.put(key, Readable.from([bytes]), 'application/pdf');
  await db.query(
    `INSERT INTO payment_proofs (payment_id, case_id, storage_key, sha256, size_bytes, media_type, original_name, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, $7)`,
    [
      payment.id,
      debt.case_id,
      key,
      createHash('sha256').update(bytes).digest('hex'),
      bytes.length,
      `${taiwan ? '銀行轉帳回單' : '支付寶轉帳回單'}-${payment.paidOn}.pdf`,
      debt.officer_id,
    ],
  );
}
