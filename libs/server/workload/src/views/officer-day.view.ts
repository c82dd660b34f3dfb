import {
  OfficerDayDocumentOverdue,
  OfficerDayDocumentToVerify,
  OfficerDayFollowUp,
  OfficerDayInstallment,
  OfficerDayReminder,
  OfficerDayStaleCase,
} from './officer-day-items.view';

// Each section holds its first items (up to 50, earliest first) and how many there are in all.

export class OfficerDayReminders {
  total!: number;
  items!: OfficerDayReminder[];
}

export class OfficerDayFollowUps {
  total!: number;
  items!: OfficerDayFollowUp[];
}

export class OfficerDayDocumentsToVerify {
  total!: number;
  items!: OfficerDayDocumentToVerify[];
}

export class OfficerDayDocumentsOverdue {
  total!: number;
  items!: OfficerDayDocumentOverdue[];
}

export class OfficerDayInstallments {
  total!: number;
  items!: OfficerDayInstallment[];
}

export class OfficerDayStaleCases {
  total!: number;
  items!: OfficerDayStaleCase[];
}

/** What to do today on my own open cases, read as of the moment it was asked. */
export class OfficerDay {
  /**
   * Today on the firm's calendar.
   * @example "2025-06-02"
   */
  date!: string;
  /** @example "Asia/Taipei" */
  timeZone!: string;
  /** A case with no activity for this many days is stale. */
  staleAfterDays!: number;
  reminders!: OfficerDayReminders;
  followUps!: OfficerDayFollowUps;
  documentsToVerify!: OfficerDayDocumentsToVerify;
  documentsOverdue!: OfficerDayDocumentsOverdue;
  /** Unpaid installments due within the next seven days (today included). */
  installmentsDueSoon!: OfficerDayInstallments;
  /** Unpaid installments whose due date has passed. */
  installmentsMissed!: OfficerDayInstallments;
  staleCases!: OfficerDayStaleCases;
}
