import { CASE_STAGES, type CaseMoneyTotals, type CaseStage } from '@accord/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { CaseBaseView, CurrencyTotalsView } from './case-list-item.view';
import { DebtView } from './debt.view';

/** The case's client as its page shows them: masked identifiers only. */
export class CaseDetailClient {
  id!: string;
  fullName!: string;
  /** The first three and last two characters, the rest starred. */
  idNumberMasked!: string;
  phoneMasked!: string | null;
  /** When the client consented; null when never or withdrawn. */
  consentAt!: string | null;
}

/** Penalty and late fees of a currency's open debts at one horizon, if nothing is paid. */
export class CasePenaltyProjected {
  /** 0, 30, 90 or 180. */
  afterDays!: number;
  penaltyFen!: number;
  lateFeeFen!: number;
}

/** A case's money in one currency: its open debts, their penalty today and later. */
export class CaseMoneyTotalsView extends CurrencyTotalsView implements CaseMoneyTotals {
  /** @example 1500000 */
  principalFen!: number;
  /** @example 18000 */
  penaltyAccruedFen!: number;
  /** Card late fees to date, apart from the penalty (they bear no interest). */
  lateFeeAccruedFen!: number;
  /** The "cost of waiting" at +0/+30/+90/+180 days; never savings. */
  penaltyProjected!: CasePenaltyProjected[];
  /** Debts in this currency under a running plan: their penalty stopped on the day the creditor agreed. */
  agreedDebts!: number;
}

/** A case with its client, debts and the money at stake. */
export class CaseDetail extends CaseBaseView {
  /** Set on closing, with the outcome. */
  closingNote!: string | null;
  /** The stage the case was closed from: the steps after it were never reached. */
  closedFrom!: CaseStage | null;
  /** The officer's own words on why the client fell behind. */
  overdueReasonText!: string | null;
  /** Null when the reader may not see the client. */
  client!: CaseDetailClient | null;
  /** The client withdrew consent: all work on the case stops but closing and export. */
  consentWithdrawn!: boolean;
  /** Every debt of the case, open or not, oldest first. */
  debts!: DebtView[];
  /** What the case owes per currency, only those its open debts are in, with their penalty today and later. */
  totalsByCurrency!: CaseMoneyTotalsView[];
  /** Where the stage machine lets the case go next (the conditions are in GET /api/cases/{id}/actions). */
  // The plugin reads no type from a readonly array.
  @ApiProperty({ enum: CASE_STAGES, isArray: true })
  allowedMoves!: readonly CaseStage[];
}
