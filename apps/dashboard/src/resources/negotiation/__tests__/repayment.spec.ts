import { describe, expect, it } from 'vitest';
import { nextUnpaid, owedFen, paymentsNewestFirst, recordedPayment, type PaymentRecord } from '../repayment';

const schedule = [
  { number: 2, amountFen: 100000, paidFen: 40000 },
  { number: 1, amountFen: 100001, paidFen: 100001 },
  { number: 3, amountFen: 100000, paidFen: 0 },
];

const payment = (id: string, paidOn: string, recordedAt = `${paidOn}T02:00:00.000Z`): PaymentRecord => ({
  id,
  installmentId: 'i1',
  amountFen: 100000,
  paidOn,
  method: 'alipay',
  reference: null,
  payeeKind: 'creditor_account',
  payeeName: '招商银行',
  payeeAccount: null,
  creditFen: 0,
  recordedAt,
  allocations: [],
  proofs: [],
});

describe('paying a plan', () => {
  it('goes to the earliest installment not fully paid, for what it still needs', () => {
    const next = nextUnpaid(schedule);
    expect(next?.number).toBe(2);
    expect(next && owedFen(next)).toBe(60000);
    expect(nextUnpaid(schedule.map((i) => ({ ...i, paidFen: i.amountFen })))).toBeNull();
    expect(owedFen({ amountFen: 100, paidFen: 150 })).toBe(0);
  });

  it('finds the payment just recorded, to attach its proof to', () => {
    const before = { payments: [payment('p1', '2026-10-05')] };
    const after = { payments: [payment('p1', '2026-10-05'), payment('p2', '2026-11-05')] };
    expect(recordedPayment(before, after)?.id).toBe('p2');
    expect(recordedPayment({ payments: [] }, { payments: [payment('p9', '2026-11-05')] })?.id).toBe('p9');
    expect(recordedPayment(before, before)).toBeNull();
  });

  it('lists payments newest first', () => {
    const list = [
      payment('a', '2026-10-05'),
      payment('c', '2026-11-05', '2026-11-05T09:00:00.000Z'),
      payment('b', '2026-11-05', '2026-11-05T03:00:00.000Z'),
    ];
    expect(paymentsNewestFirst(list).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
});
