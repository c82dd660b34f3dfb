import type {
  CreditDisputeGround,
  CreditDisputeOutcome,
  CreditDisputeStatus,
  CreditDisputeVenue,
  CreditEntryStatus,
  CreditorProduct,
  Currency,
  Locale,
  Market,
  Relief2025Reason,
} from '@accord/contracts';

/** Until when the record is shown: a date, or "until repaid, then N years" while it is owed. */
export class ShownUntilView {
  kind!: 'date' | 'until_repaid_plus';
  /** @example "2031-02-15" */
  until!: string | null;
  /** @example 5 */
  years!: number | null;
}

/** The one-off relief of 2025-12-22 (mainland entries): whether it applies, and if not, why. */
export class Relief2025View {
  applies!: boolean;
  reasons!: Relief2025Reason[];
  /** Not yet repaid and the deadline ahead: repaying in full by this day brings it under the relief. */
  stillPossibleUntil!: string | null;
}

export class CreditEntryView {
  id!: string;
  caseId!: string;
  debtId!: string | null;
  reportFileId!: string | null;
  market!: Market;
  /** CNY for mainland entries, TWD for Taiwan ones. */
  currency!: Currency;
  /** @example "招商銀行" */
  institution!: string;
  /** @example "4821" */
  accountLast4!: string | null;
  product!: CreditorProduct;
  status!: CreditEntryStatus;
  /** @example 860000 */
  overdueFen!: number;
  /** @example "2024-03-10" */
  defaultStartedOn!: string | null;
  /** @example "2026-02-15" */
  repaidOn!: string | null;
  displayRuleCode!: string | null;
  note!: string | null;
  /** Worked out: null for an account with no negative record. */
  shownUntil!: ShownUntilView | null;
  /** Worked out for mainland entries with a negative record; null otherwise. */
  relief!: Relief2025View | null;
  createdAt!: string;
  updatedAt!: string;
  version!: number;
}

export class CreditDisputeView {
  id!: string;
  entryId!: string;
  caseId!: string;
  grounds!: CreditDisputeGround[];
  explanation!: string;
  venue!: CreditDisputeVenue;
  status!: CreditDisputeStatus;
  filedOn!: string | null;
  /** 20 days after filing. */
  answerDueOn!: string | null;
  /** Filed, unanswered and past its due day (the firm's today). */
  overdue!: boolean;
  answeredOn!: string | null;
  outcome!: CreditDisputeOutcome | null;
  answerFileId!: string | null;
  answerNote!: string | null;
  withdrawnOn!: string | null;
  withdrawalReason!: string | null;
  evidenceFileIds!: string[];
  createdAt!: string;
  updatedAt!: string;
  version!: number;
}

/** An agency's display period, kept as data (Taiwan's 聯徵). */
export class CreditDisplayRuleView {
  /** @example "jcic_card_late" */
  code!: string;
  market!: Market;
  /** @example 12 */
  months!: number;
  countsFrom!: 'repaid' | 'default_started';
  labels!: CreditDisplayRuleLabels;
}

export class CreditDisplayRuleLabels {
  'zh-TW'!: string;
  'zh-CN'!: string;
  en!: string;
}

export class NothingToDisputeView {
  reason!: string;
  decidedBy!: string | null;
  decidedAt!: string;
}

/** A case's credit record: the entries read from the report, the disputes, and the officer's review. */
export class CaseCreditRecordView {
  entries!: CreditEntryView[];
  disputes!: CreditDisputeView[];
  nothingToDispute!: NothingToDisputeView | null;
}

export class ClientSummaryParagraph {
  entryId!: string;
  /** @example "花唄（重慶螞蟻消費金融）（花唄，帳號末四碼 0731）：自 2023年5月2日 起逾期 ¥860.00，已於 2026年2月15日 全數清償。…" */
  text!: string;
}

/**
 * The client's credit record in plain words, in the client's language: one paragraph per entry (what it
 * is, until when it shows, what was disputed and the answer), and a notice of what nobody can promise.
 */
export class ClientSummaryView {
  locale!: Locale;
  paragraphs!: ClientSummaryParagraph[];
  notice!: string;
}
