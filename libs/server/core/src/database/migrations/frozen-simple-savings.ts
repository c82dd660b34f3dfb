/**
 * The savings rule as it stood when migrations 1765353600000 and 1766131200000 ran: a simple daily rate
 * in basis points of a percent on a base, capped as a share of the base. Kept here, frozen, so that a
 * later change to the domain's money model never changes what those migrations do to a fresh database.
 */
export interface FrozenSimpleRule {
  dailyRateBp: number;
  base: 'overdue_amount' | 'outstanding_amount' | 'principal';
  capBp: number | null;
}

export function frozenSavings(
  debt: { principalFen: number; outstandingFen: number; overdueFen: number; overdueSince: string | null },
  rule: FrozenSimpleRule,
  planTotalFen: number,
  on: string,
): { withoutAgreementFen: number; savedFen: number } {
  const base =
    rule.base === 'principal'
      ? debt.principalFen
      : rule.base === 'outstanding_amount'
        ? debt.outstandingFen
        : debt.overdueFen;
  const days = debt.overdueSince
    ? Math.max(
        0,
        Math.round(
          (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${debt.overdueSince}T00:00:00Z`)) / 86_400_000,
        ),
      )
    : 0;
  let penalty = 0n;
  if (base > 0 && days > 0 && rule.dailyRateBp > 0) {
    penalty = (BigInt(base) * BigInt(rule.dailyRateBp) * BigInt(days)) / 10000n;
    if (rule.capBp !== null) {
      const cap = (BigInt(base) * BigInt(rule.capBp)) / 10000n;
      if (cap < penalty) penalty = cap;
    }
  }
  const withoutAgreementFen = debt.outstandingFen + Number(penalty);
  return { withoutAgreementFen, savedFen: Math.max(0, withoutAgreementFen - planTotalFen) };
}
