import {
  LITIGATION_RISK_LEVELS,
  type CreditorDemandKind,
  type CreditorLitigationPractice,
  type Currency,
  type LitigationRiskLevel,
  type LitigationRiskReason,
  type OverdueBucket,
} from '@accord/contracts';
import { daysBetween } from '../dates';
import { overdueBucket } from '../overdue-bucket';
import { addMonthsClamped } from '../repayment-schedule';

/**
 * The rules the litigation risk is worked out from, as data: each row names the level it adds and is
 * shown to the officer as its reason. The firm's lawyers read the figures here against the law.
 */
export interface LitigationRiskRules {
  /** Days overdue: creditors hand debts to collectors from about M3 and to lawyers after. */
  buckets: Readonly<Record<OverdueBucket, LitigationRiskLevel>>;
  /** What is owed on one debt at or above which suing pays for the creditor, per currency. */
  largeAmountFen: Readonly<Record<Currency, number>>;
  largeAmountLevel: LitigationRiskLevel;
  creditorPractice: Readonly<Record<CreditorLitigationPractice, LitigationRiskLevel>>;
  /**
   * Criminal Law Art. 196 (malicious overdraft, 惡意透支): a card's principal of at least `lineFen`
   * unpaid `months` months after `notices` collection notices. Mainland cards only.
   */
  art196: {
    currency: Currency;
    lineFen: number;
    /** Warn from here, well before the line. */
    nearFen: number;
    notices: number;
    /** Two notices count only this many days apart (法釋〔2018〕19號 Art. 6: at least 30 days). */
    minDaysBetweenNotices: number;
    months: number;
  };
  /** The limitation period (訴訟時效, 3 years), interrupted by a demand or an acknowledgement. */
  limitation: { months: number; warnDays: number };
}

export const LITIGATION_RISK_RULES: LitigationRiskRules = {
  buckets: { M1: 'low', M2: 'low', M3: 'medium', 'M3+': 'high' },
  largeAmountFen: { CNY: 5_000_000, TWD: 20_000_000 },
  largeAmountLevel: 'medium',
  creditorPractice: { unknown: 'none', rarely: 'none', sometimes: 'medium', often: 'high' },
  art196: {
    currency: 'CNY',
    lineFen: 5_000_000,
    nearFen: 4_000_000,
    notices: 2,
    minDaysBetweenNotices: 30,
    months: 3,
  },
  limitation: { months: 36, warnDays: 90 },
};

/** What is known of one open debt, gathered by the court feature from the case and the catalog. */
export interface DebtRiskFacts {
  product: string;
  currency: Currency;
  principalFen: number;
  outstandingFen: number;
  overdueSince: string | null;
  creditorPractice: CreditorLitigationPractice;
  /** Collection notices and other demands received, and the client's acknowledgements, with their days. */
  demands: readonly { kind: CreditorDemandKind; on: string }[];
  /** An open court matter names this debt. */
  courtMatterOpen: boolean;
}

export interface RiskReason {
  reason: LitigationRiskReason;
  level: LitigationRiskLevel;
  /** The day the reason speaks of (the Art. 196 line, the end of the limitation period), if any. */
  on?: string;
  /** Days overdue, notices recorded: the figure the reason was worked out from. */
  figure?: number;
}

export interface LitigationRisk {
  level: LitigationRiskLevel;
  reasons: RiskReason[];
}

export function worstLevel(levels: readonly LitigationRiskLevel[]): LitigationRiskLevel {
  return levels.reduce<LitigationRiskLevel>(
    (worst, l) => (LITIGATION_RISK_LEVELS.indexOf(l) > LITIGATION_RISK_LEVELS.indexOf(worst) ? l : worst),
    'none',
  );
}

/** The unpaid principal can be no more than what is still owed. */
const unpaidPrincipal = (d: DebtRiskFacts) => Math.min(d.principalFen, d.outstandingFen);

/**
 * A debt's risk of a suit (or a criminal complaint) on the firm's day `today`, with every reason that
 * holds: the worst reason sets the level. Never lowered by anything: a limitation period that may have
 * run is said as a possibility, never as safety.
 */
export function debtLitigationRisk(
  debt: DebtRiskFacts,
  today: string,
  rules: LitigationRiskRules = LITIGATION_RISK_RULES,
): LitigationRisk {
  const reasons: RiskReason[] = [];
  if (debt.courtMatterOpen) reasons.push({ reason: 'COURT_MATTER_OPEN', level: 'sued' });

  const days = debt.overdueSince ? daysBetween(debt.overdueSince, today) : 0;
  const bucket = overdueBucket(days);
  if (bucket) {
    const reason = (
      { M1: 'OVERDUE_M1', M2: 'OVERDUE_M2', M3: 'OVERDUE_M3', 'M3+': 'OVERDUE_M3_PLUS' } as const
    )[bucket];
    reasons.push({ reason, level: rules.buckets[bucket], figure: days });
  }
  if (debt.outstandingFen >= rules.largeAmountFen[debt.currency])
    reasons.push({ reason: 'AMOUNT_LARGE', level: rules.largeAmountLevel, figure: debt.outstandingFen });
  const practice = rules.creditorPractice[debt.creditorPractice];
  if (debt.creditorPractice === 'often') reasons.push({ reason: 'CREDITOR_SUES_OFTEN', level: practice });
  if (debt.creditorPractice === 'sometimes')
    reasons.push({ reason: 'CREDITOR_SUES_SOMETIMES', level: practice });

  reasons.push(...art196Reasons(debt, today, rules));
  reasons.push(...limitationReasons(debt, today, rules));
  return { level: worstLevel(reasons.map((r) => r.level)), reasons };
}

function art196Reasons(debt: DebtRiskFacts, today: string, rules: LitigationRiskRules): RiskReason[] {
  const line = rules.art196;
  if (debt.product !== 'credit_card' || debt.currency !== line.currency) return [];
  const principal = unpaidPrincipal(debt);
  if (principal < line.nearFen) return [];
  if (principal < line.lineFen)
    return [{ reason: 'CARD_PRINCIPAL_NEAR_196', level: 'medium', figure: principal }];
  const notices = countedNotices(
    debt.demands.filter((d) => d.kind === 'collection_notice').map((d) => d.on),
    line.minDaysBetweenNotices,
  );
  if (notices.length < line.notices)
    return [{ reason: 'CARD_PRINCIPAL_AT_196', level: 'medium', figure: notices.length }];
  const crossedOn = addMonthsClamped(notices[line.notices - 1], line.months);
  return [
    today >= crossedOn
      ? { reason: 'MALICIOUS_OVERDRAFT_LINE_CROSSED', level: 'high', on: crossedOn, figure: notices.length }
      : { reason: 'MALICIOUS_OVERDRAFT_COUNTING', level: 'high', on: crossedOn, figure: notices.length },
  ];
}

/** The notices that count, oldest first: each at least `minDays` after the last one counted. */
function countedNotices(days: readonly string[], minDays: number): string[] {
  const counted: string[] = [];
  for (const day of [...days].sort())
    if (!counted.length || daysBetween(counted[counted.length - 1], day) >= minDays) counted.push(day);
  return counted;
}

/** The day the limitation period would end: 3 years from the default or the last interruption. */
export function limitationEndsOn(
  debt: Pick<DebtRiskFacts, 'overdueSince' | 'demands'>,
  rules: LitigationRiskRules = LITIGATION_RISK_RULES,
): string | null {
  const starts = [debt.overdueSince, ...debt.demands.map((d) => d.on)].filter((d): d is string => !!d).sort();
  const last = starts.at(-1);
  return last ? addMonthsClamped(last, rules.limitation.months) : null;
}

function limitationReasons(debt: DebtRiskFacts, today: string, rules: LitigationRiskRules): RiskReason[] {
  const ends = limitationEndsOn(debt, rules);
  if (!ends) return [];
  if (today > ends) return [{ reason: 'LIMITATION_MAY_HAVE_RUN', level: 'none', on: ends }];
  if (daysBetween(today, ends) <= rules.limitation.warnDays)
    return [{ reason: 'LIMITATION_ENDING', level: 'medium', on: ends }];
  return [];
}

/** A case's risk: the worst of its open debts', each debt's reasons kept beside it. */
export function caseLitigationRisk(debts: readonly Pick<LitigationRisk, 'level'>[]): LitigationRiskLevel {
  return worstLevel(debts.map((d) => d.level));
}
