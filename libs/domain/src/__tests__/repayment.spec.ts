import { CREDITOR_PRODUCTS } from '@accord/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affordability, splitProRata } from '../affordability';
import { isCalendarDate } from '../dates';
import { canAcceptProposal, canMoveProposal, termsEditable } from '../proposal-status';
import { longestPlan, suggestPlans } from '../proposal-suggestions';
import { addMonthsClamped, buildSchedule, validScheduleTerms } from '../repayment-schedule';
import { allocatePayment, allocatePayments, planState } from '../repayment-status';
import { simpleRule } from '../penalty';

const dateArb = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('affordability', () => {
  it('commits a share of what is left after essentials and other debts', () => {
    const a = affordability(
      {
        incomeFen: [3200000, 400000],
        essentialSpendingFen: [1200000, 800000],
        otherDebtPaymentsFen: [300000],
      },
      7000,
    );
    expect(a).toEqual({
      incomeFen: 3600000,
      essentialSpendingFen: 2000000,
      otherDebtPaymentsFen: 300000,
      householdLivingMinimumFen: null,
      spendingCounted: 'stated',
      countedSpendingFen: 2000000,
      disposableFen: 1300000,
      capacityFen: 910000,
    });
    expect(
      affordability({ incomeFen: [100], essentialSpendingFen: [200], otherDebtPaymentsFen: [] }, 7000)
        .capacityFen,
    ).toBe(0);
  });

  it('splits pro rata into parts that sum exactly and stay within a fen of the exact share', () => {
    expect(splitProRata(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(splitProRata(910000, [200000, 1500000])).toEqual([107059, 802941]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = splitProRata(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          if (weightSum > 0)
            parts.forEach((p, i) =>
              expect(Math.abs(p - (total * weights[i]) / weightSum)).toBeLessThan(1.0001),
            );
        },
      ),
    );
  });
});

describe('repayment schedules', () => {
  it('keeps the same day each month, clamped to the month end', () => {
    expect(
      buildSchedule({ totalFen: 300000, months: 4, firstDueDate: '2027-01-31', graceMonths: 0 }).map(
        (i) => i.dueDate,
      ),
    ).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(addMonthsClamped('2027-12-31', 2, 31)).toBe('2028-02-29');
  });

  it('puts the fen that do not divide on the earliest installments, and grace months move the start', () => {
    const schedule = buildSchedule({ totalFen: 1000, months: 3, firstDueDate: '2027-03-15', graceMonths: 2 });
    expect(schedule).toEqual([
      { number: 1, dueDate: '2027-05-15', amountFen: 334, chargeFen: 0 },
      { number: 2, dueDate: '2027-06-15', amountFen: 333, chargeFen: 0 },
      { number: 3, dueDate: '2027-07-15', amountFen: 333, chargeFen: 0 },
    ]);
  });

  it('always sums to the total, on strictly increasing valid days, amounts within a fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 1, max: 120 }),
        dateArb,
        fc.integer({ min: 0, max: 24 }),
        (totalFen, months, firstDueDate, graceMonths) => {
          const schedule = buildSchedule({ totalFen, months, firstDueDate, graceMonths });
          expect(schedule).toHaveLength(months);
          expect(schedule.reduce((a, b) => a + b.amountFen, 0)).toBe(totalFen);
          const amounts = schedule.map((i) => i.amountFen);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          schedule.forEach((item, i) => {
            expect(isCalendarDate(item.dueDate)).toBe(true);
            if (i > 0) expect(item.dueDate > schedule[i - 1].dueDate).toBe(true);
          });
          expect(schedule[0].dueDate).toBe(addMonthsClamped(firstDueDate, graceMonths));
          expect(schedule[0].dueDate >= firstDueDate).toBe(true);
        },
      ),
    );
  });

  it('refuses 0 months, a non-positive total and a first due date in the past', () => {
    expect(
      validScheduleTerms(
        { totalFen: 0, months: 0, firstDueDate: '2026-11-01', graceMonths: 0 },
        '2026-11-25',
      ),
    ).toEqual(['TOTAL_NOT_POSITIVE', 'MONTHS_OUT_OF_RANGE', 'FIRST_DUE_DATE_IN_PAST']);
  });
});

describe('payments and plan status', () => {
  const schedule = buildSchedule({ totalFen: 90000, months: 3, firstDueDate: '2026-12-10', graceMonths: 0 });
  /** Payments made on one day, allocated as they are recorded. */
  const paid = (amounts: number[], paidOn = '2026-12-01') =>
    allocatePayments(
      schedule,
      amounts.map((amountFen) => ({ amountFen, paidOn })),
    );
  const state = (amounts: number[], today: string, endedOn: string | null = null, paidOn = '2026-12-01') => {
    const { allocations, creditFen } = paid(amounts, paidOn);
    return planState(schedule, allocations, today, undefined, endedOn, creditFen);
  };
  const perInstallment = (amounts: number[]) => {
    const out = [0, 0, 0];
    for (const a of paid(amounts).allocations) out[a.number - 1] += a.amountFen;
    return out;
  };

  it('rolls partial payments and overpayments forward, keeping any excess as credit', () => {
    expect(perInstallment([20000])).toEqual([20000, 0, 0]);
    expect(perInstallment([20000, 50000])).toEqual([30000, 30000, 10000]);
    expect(perInstallment([100000])).toEqual([30000, 30000, 30000]);
    expect(paid([100000]).creditFen).toBe(10000);
  });

  it('stores which installments each payment went to, and how many days late for each', () => {
    const { allocations } = allocatePayments(schedule, [
      { amountFen: 20000, paidOn: '2026-12-08' },
      { amountFen: 50000, paidOn: '2027-01-15' },
    ]);
    expect(allocations).toEqual([
      { number: 1, amountFen: 20000, paidOn: '2026-12-08', daysLate: 0 },
      { number: 1, amountFen: 10000, paidOn: '2027-01-15', daysLate: 36 },
      { number: 2, amountFen: 30000, paidOn: '2027-01-15', daysLate: 5 },
      { number: 3, amountFen: 10000, paidOn: '2027-01-15', daysLate: 0 },
    ]);
    const s = planState(schedule, allocations, '2027-01-20');
    expect(s.installments.map((i) => [i.status, i.daysLate, i.paidInFullOn])).toEqual([
      ['paid_late', 36, '2027-01-15'],
      ['paid_late', 5, '2027-01-15'],
      ['partially_paid', 0, null],
    ]);
  });

  it('tells due, partially paid, late, missed and the plan’s status', () => {
    expect(state([], '2026-12-01').status).toBe('on_track');
    expect(state([10000], '2026-12-01').installments[0].status).toBe('partially_paid');
    expect(state([10000], '2026-12-15').installments[0].status).toBe('late');
    expect(state([10000], '2026-12-15').installments[0].daysLate).toBe(5);
    expect(state([], '2026-12-15').status).toBe('late');
    expect(state([], '2026-12-26').installments[0].status).toBe('missed');
    expect(state([], '2027-01-26').status).toBe('defaulted');
    expect(state([90000], '2027-06-01').status).toBe('completed');
    expect(state([90000], '2027-06-01').installments[0].status).toBe('paid');
  });

  it('ends a plan closing ended: paid installments stay paid, nothing else is due, late or missed', () => {
    const ended = state([40000], '2027-03-01', '2027-01-10');
    expect(ended.status).toBe('ended');
    expect(ended.installments.map((i) => i.status)).toEqual(['paid', 'ended', 'ended']);
    expect(ended.installments[1].paidFen).toBe(10000);
    expect(state([90000], '2027-03-01', '2027-01-10').status).toBe('completed');
    fc.assert(
      fc.property(
        dateArb,
        fc.array(fc.integer({ min: 1, max: 40000 }), { maxLength: 4 }),
        (today, amounts) => {
          const s = state(amounts, today, '2026-12-20');
          for (const item of s.installments) expect(['paid', 'ended']).toContain(item.status);
        },
      ),
    );
  });

  it('never loses a fen: each payment’s parts plus its credit are the payment, and no installment is overpaid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amountFen: fc.integer({ min: 1, max: 200000 }), paidOn: dateArb }), {
          maxLength: 10,
        }),
        (payments) => {
          const held = schedule.map(() => 0);
          for (const payment of payments) {
            const out = allocatePayment(schedule, held, payment);
            expect(out.allocations.reduce((a, b) => a + b.amountFen, 0) + out.creditFen).toBe(
              payment.amountFen,
            );
            for (const a of out.allocations) {
              expect(a.amountFen).toBeGreaterThan(0);
              expect(a.daysLate).toBeGreaterThanOrEqual(0);
              held[a.number - 1] += a.amountFen;
            }
          }
          held.forEach((p, i) => expect(p).toBeLessThanOrEqual(schedule[i].amountFen));
          const s = planState(schedule, allocatePayments(schedule, payments).allocations, '2027-06-01');
          expect(s.paidFen + s.remainingFen).toBe(90000);
          // An installment reads paid late exactly when the money completing it came after its due date.
          for (const item of s.installments)
            if (item.status === 'paid_late') expect((item.paidInFullOn ?? '') > item.dueDate).toBe(true);
        },
      ),
    );
  });
});

describe('plan suggestions', () => {
  const huabei = simpleRule(500, 'overdue_amount');

  it('offers the shortest plan that fits and the longest allowed, with savings against doing nothing', () => {
    const plans = suggestPlans({
      principalFen: 1200000,
      outstandingFen: 1200000,
      overdueFen: 1200000,
      overdueSince: '2026-10-26',
      rule: huabei,
      product: 'huabei',
      maxMonths: 12,
      capacityFen: 150000,
      today: '2026-11-25',
    });
    // ¥12,000 overdue 30 days at 0.05 %/day = ¥180 accrued; ¥12,180 over 9 months = ¥1,353.34 a month.
    expect(plans[0]).toMatchObject({
      kind: 'installments',
      months: 9,
      monthlyFen: 135334,
      totalFen: 1218000,
      waivedPenaltyFen: 0,
    });
    expect(plans.find((p) => p.kind === 'interest_freeze')).toMatchObject({
      months: 9,
      totalFen: 1200000,
      waivedPenaltyFen: 18000,
    });
    // Savings count against today’s claim: paying it all in installments saves nothing; freezing waives ¥180.
    for (const p of plans) expect(p.savingsFen).toBe(p.kind === 'interest_freeze' ? 18000 : 0);
  });

  it('never exceeds the creditor’s own limit (cards without one: 60 months) nor the client’s capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e7 }),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
        fc.constantFrom(...CREDITOR_PRODUCTS),
        fc.integer({ min: 0, max: 2000 }),
        (outstandingFen, capacityFen, maxMonths, product, ago) => {
          const overdueSince = new Date(Date.UTC(2026, 10, 25) - ago * 86_400_000).toISOString().slice(0, 10);
          const plans = suggestPlans({
            principalFen: outstandingFen,
            outstandingFen,
            overdueFen: outstandingFen,
            overdueSince,
            rule: huabei,
            product,
            maxMonths,
            capacityFen,
            today: '2026-11-25',
          });
          for (const plan of plans) {
            expect(plan.months).toBeLessThanOrEqual(longestPlan(product, maxMonths));
            if (product === 'credit_card' && maxMonths === null) expect(plan.months).toBeLessThanOrEqual(60);
            if (maxMonths !== null) expect(plan.months).toBeLessThanOrEqual(maxMonths);
            expect(plan.monthlyFen).toBeLessThanOrEqual(capacityFen);
            expect(plan.monthlyFen * plan.months).toBeGreaterThanOrEqual(plan.totalFen);
            expect(plan.savingsFen).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('proposal statuses', () => {
  it('go back and forth with the creditor and end in accepted, rejected or withdrawn', () => {
    expect(canMoveProposal('draft', 'submitted')).toBe(true);
    expect(canMoveProposal('submitted', 'countered')).toBe(true);
    expect(canMoveProposal('countered', 'submitted')).toBe(true);
    expect(canMoveProposal('draft', 'accepted')).toBe(false);
    expect(canMoveProposal('accepted', 'withdrawn')).toBe(false);
    expect(canAcceptProposal('draft')).toBe(false);
    expect(canAcceptProposal('countered')).toBe(true);
    expect(termsEditable('submitted')).toBe(false);
  });
});
