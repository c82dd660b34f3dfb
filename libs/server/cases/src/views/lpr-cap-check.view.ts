import type { LprUnknownReason } from '@accord/domain';

/**
 * The domain's LprCapCheck, one class for its two forms: `unknown` carries only `reason`; `within` and
 * `over` carry the figures and no reason. A union has no class to implement, so toDebtView's assignment
 * is what holds this to the domain's type.
 */
export class LprCapCheckView {
  status!: 'unknown' | 'within' | 'over';
  /** Only when unknown: no contract date, or a date before the LPR table's first row. */
  reason?: LprUnknownReason;
  /** The one-year LPR in force at the contract date, in basis points (385 = 3.85 %). */
  lprBp?: number;
  /** @example "2024-07-22" */
  lprEffectiveOn?: string;
  /** The line courts protect up to: 4 × lprBp. */
  capBp?: number;
  /** The creditor rule's yearly cost, in basis points. */
  annualRateBp?: number;
}
