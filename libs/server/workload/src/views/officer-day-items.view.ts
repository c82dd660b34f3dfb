import type {
  ContactChannel,
  ContactParty,
  Currency,
  DocumentKind,
  OpenStage,
  ReminderStatus,
  RequirementStatus,
} from '@accord/contracts';

/** What every item of the day names: its case, so the page can link straight to where to act. */
export class OfficerDayCaseItem {
  /** @example "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e" */
  caseId!: string;
  /** @example "AC-2025-000123" */
  reference!: string;
  clientName!: string;
}

/** A reminder to me due today, or due earlier and not yet handled (still scheduled, or failed). */
export class OfficerDayReminder extends OfficerDayCaseItem {
  id!: string;
  /** @example "installment_due" */
  kind!: string;
  status!: ReminderStatus;
  /** @example "2025-06-02T01:00:00.000Z" */
  dueAt!: Date;
  /** Due before today began. */
  overdue!: boolean;
  /** What the reminder is about; its keys depend on the kind. */
  payload!: Record<string, unknown>;
}

/** The latest contact of a case, whose next follow-up falls today or earlier. */
export class OfficerDayFollowUp extends OfficerDayCaseItem {
  id!: string;
  /** When the follow-up is due. */
  dueAt!: Date;
  /** Due before today began. */
  overdue!: boolean;
  party!: ContactParty;
  channel!: ContactChannel;
  /** Whom the officer spoke to, when noted. */
  person!: string | null;
  summary!: string;
}

/** A paper received and not yet checked. */
export class OfficerDayDocumentToVerify extends OfficerDayCaseItem {
  id!: string;
  kind!: DocumentKind;
  receivedAt!: Date | null;
}

/** A paper still waiting on the client past its due date. */
export class OfficerDayDocumentOverdue extends OfficerDayCaseItem {
  id!: string;
  kind!: DocumentKind;
  status!: RequirementStatus;
  /**
   * On the firm's calendar.
   * @example "2025-05-20"
   */
  dueOn!: string;
  daysLate!: number;
}

/** An installment not yet paid in full: due within a week, or missed. */
export class OfficerDayInstallment extends OfficerDayCaseItem {
  id!: string;
  number!: number;
  /**
   * On the firm's calendar.
   * @example "2025-06-05"
   */
  dueDate!: string;
  /** @example 250000 */
  amountFen!: number;
  /** What is still owed on it (less than the amount when part is paid). */
  owedFen!: number;
  /** The plan's debt's currency: both amounts are in it. */
  currency!: Currency;
  missed!: boolean;
  /** Days since the due date: negative while it is still to come, 0 on the day. */
  daysLate!: number;
  planId!: string;
  /** The creditor's name. */
  creditor!: string;
}

/** An open case with no activity for the firm's stale period or longer. */
export class OfficerDayStaleCase extends OfficerDayCaseItem {
  stage!: OpenStage;
  lastActivityAt!: Date;
  /** Calendar days since the last activity. */
  daysQuiet!: number;
}
