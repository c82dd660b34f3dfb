/**
 * Court matters' words ([8/10]): suits against the client, the client's own court procedures, their
 * events and deadlines, and the litigation risk worked out from rules kept as data.
 */

/**
 * What brought the court in: a creditor's lawsuit, payment order (支付令 / 支付命令), arbitration or
 * court mediation before suit; or, for Taiwan clients, the debtor's own rehabilitation (更生) or
 * liquidation (清算) after a failed pre-negotiation (前置協商).
 */
export const COURT_MATTER_KINDS = [
  'lawsuit',
  'payment_order',
  'arbitration',
  'pre_suit_mediation',
  'rehabilitation',
  'liquidation',
] as const;
export type CourtMatterKind = (typeof COURT_MATTER_KINDS)[number];

/** The client's own procedures (Taiwan's 消費者債務清理條例); the others are brought against the client. */
export const DEBTOR_PROCEDURE_KINDS: readonly CourtMatterKind[] = ['rehabilitation', 'liquidation'];

/** Open while anything may still happen; concluded once decided and nothing is pending. */
export const COURT_MATTER_STATUSES = ['open', 'concluded'] as const;
export type CourtMatterStatus = (typeof COURT_MATTER_STATUSES)[number];

/**
 * What happens in a matter. `answer_deadline` and `appeal_deadline` are deadlines: worked out from the
 * service of the summons or the decision, met (answered, appealed, or let pass on purpose, with a
 * reason) or still open.
 */
export const COURT_EVENT_KINDS = [
  'summons_received',
  'answer_deadline',
  'mediation',
  'hearing',
  'judgment',
  'ruling',
  'appeal_deadline',
  'enforcement',
  'consumption_limit',
  'defaulter_list',
] as const;
export type CourtEventKind = (typeof COURT_EVENT_KINDS)[number];

export const COURT_DEADLINE_KINDS = ['answer_deadline', 'appeal_deadline'] as const;
export type CourtDeadlineKind = (typeof COURT_DEADLINE_KINDS)[number];

/** Events that take place at a time in a room, with someone of the firm attending. */
export const COURT_SITTING_KINDS = ['hearing', 'mediation'] as const;

/** Decisions served on the client; an appeal deadline counts from their service. */
export const COURT_DECISION_KINDS = ['judgment', 'ruling'] as const;

/** How a deadline ended: the answer or appeal was filed, or the client decided to let it pass. */
export const COURT_DEADLINE_OUTCOMES = ['filed', 'not_filed'] as const;
export type CourtDeadlineOutcome = (typeof COURT_DEADLINE_OUTCOMES)[number];

/** Who from the firm goes to a hearing (the client may go too). */
export const COURT_ATTENDEES = ['officer', 'lawyer', 'client', 'none'] as const;
export type CourtAttendee = (typeof COURT_ATTENDEES)[number];

/** The creditor's practice of going to court, a catalog field (what the firm has seen of them). */
export const CREDITOR_LITIGATION_PRACTICES = ['unknown', 'rarely', 'sometimes', 'often'] as const;
export type CreditorLitigationPractice = (typeof CREDITOR_LITIGATION_PRACTICES)[number];

/**
 * What the creditor did that counts for Criminal Law Art. 196 and the limitation period: a collection
 * notice (催收) or another demand interrupts the limitation period, as does the client's acknowledgement
 * of the debt; two collection notices start the malicious-overdraft count on a card.
 */
export const CREDITOR_DEMAND_KINDS = ['collection_notice', 'other_demand', 'acknowledgement'] as const;
export type CreditorDemandKind = (typeof CREDITOR_DEMAND_KINDS)[number];

/** The worked-out risk of being sued, worst first in the order of this list's end. */
export const LITIGATION_RISK_LEVELS = ['none', 'low', 'medium', 'high', 'sued'] as const;
export type LitigationRiskLevel = (typeof LITIGATION_RISK_LEVELS)[number];

/** Why a debt carries the risk it does; each reason is one rule of the table in libs/domain. */
export const LITIGATION_RISK_REASONS = [
  /** An open court matter names this debt. */
  'COURT_MATTER_OPEN',
  'OVERDUE_M1',
  'OVERDUE_M2',
  'OVERDUE_M3',
  'OVERDUE_M3_PLUS',
  'AMOUNT_LARGE',
  'CREDITOR_SUES_OFTEN',
  'CREDITOR_SUES_SOMETIMES',
  /** A card debt's principal near the Art. 196 line (below ¥50,000 but close). */
  'CARD_PRINCIPAL_NEAR_196',
  /** A card debt at or above the line with fewer than two collection notices recorded. */
  'CARD_PRINCIPAL_AT_196',
  /** Two notices recorded: the three months run; `until` is the day the line is crossed. */
  'MALICIOUS_OVERDRAFT_COUNTING',
  /** Three months have passed since the second notice with the principal unpaid. */
  'MALICIOUS_OVERDRAFT_LINE_CROSSED',
  /** The limitation period ends soon (`until`), unless interrupted. */
  'LIMITATION_ENDING',
  /** The limitation period may have run; only a court decides, and a payment or acknowledgement restarts it. */
  'LIMITATION_MAY_HAVE_RUN',
] as const;
export type LitigationRiskReason = (typeof LITIGATION_RISK_REASONS)[number];
