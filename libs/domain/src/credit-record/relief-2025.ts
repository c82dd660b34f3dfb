import type { Market, Relief2025Reason } from '@accord/contracts';
import type { Fen } from '../money';
import type { DefaultDates } from './shown-until';

/**
 * The one-off relief announced 2025-12-22 (mainland): a single overdue amount of at most ¥10,000 that
 * arose from 2020-01-01 to 2025-12-31 and was fully repaid by 2026-03-31 is no longer shown, automatically
 * and free of charge. Repaid later, it does not apply. Nobody applies for it, so a firm may not charge for it.
 */
export const RELIEF_2025 = {
  maxOverdueFen: 1_000_000,
  arisenFrom: '2020-01-01',
  arisenTo: '2025-12-31',
  repaidBy: '2026-03-31',
} as const;

export type ReliefReason = Relief2025Reason;

export type ReliefDecision =
  | { applies: true }
  /** Not yet repaid, with the deadline still ahead: repaying in full by then would bring it under the relief. */
  | { applies: false; reasons: ReliefReason[]; stillPossibleUntil: string | null };

export interface ReliefFacts extends DefaultDates {
  market: Market;
  /** The single overdue amount the record shows, in fen of yuan. */
  overdueFen: Fen;
}

/** Whether the relief applies, judged on `today` (a calendar date in the firm's zone). */
export function relief2025(entry: ReliefFacts, today: string): ReliefDecision {
  const reasons: ReliefReason[] = [];
  if (entry.market !== 'CN') reasons.push('not_mainland');
  if (entry.overdueFen > RELIEF_2025.maxOverdueFen) reasons.push('amount_over_limit');
  if (!entry.defaultStartedOn) reasons.push('arisen_date_unknown');
  else if (entry.defaultStartedOn < RELIEF_2025.arisenFrom) reasons.push('arose_before_2020');
  else if (entry.defaultStartedOn > RELIEF_2025.arisenTo) reasons.push('arose_after_2025');
  if (!entry.repaidOn) reasons.push('not_repaid');
  else if (entry.repaidOn > RELIEF_2025.repaidBy) reasons.push('repaid_after_deadline');
  if (reasons.length === 0) return { applies: true };
  const onlyUnpaid = reasons.length === 1 && reasons[0] === 'not_repaid';
  return {
    applies: false,
    reasons,
    stillPossibleUntil: onlyUnpaid && today <= RELIEF_2025.repaidBy ? RELIEF_2025.repaidBy : null,
  };
}
