import type {
  CourtAttendee,
  CourtDeadlineOutcome,
  CourtEventKind,
  CourtMatterKind,
  CourtMatterStatus,
  CreditorDemandKind,
  CreditorLitigationPractice,
  Currency,
  LitigationRiskLevel,
  LitigationRiskReason,
} from '@accord/contracts';

export class CourtEventView {
  id!: string;
  matterId!: string;
  caseId!: string;
  kind!: CourtEventKind;
  /** The day: received, sitting, decided, deadline's last day, start of a limit. @example "2026-12-15" */
  occursOn!: string;
  /** A sitting's time, firm wall clock. @example "09:30" */
  startsAt!: string | null;
  /** A sitting elsewhere than the matter's court. */
  court!: string | null;
  /** @example "第三法庭" */
  room!: string | null;
  attendees!: CourtAttendee[];
  /** A judgment's or ruling's service on the client. @example "2026-12-01" */
  servedOn!: string | null;
  /** A judgment's amount, an enforcement's sum. @example 5230000 */
  amountFen!: number | null;
  /** A consumption limit or the defaulter list: until when. */
  untilOn!: string | null;
  /** A deadline: the summons or decision it counts from. */
  countsFrom!: string | null;
  /** A deadline: the day worked out from the statutory period and the court calendar. */
  computedOn!: string | null;
  /** A deadline set to another day than worked out: why. */
  changeReason!: string | null;
  /** A deadline: the day the answer or appeal was filed, or the decision to let it pass. */
  completedOn!: string | null;
  outcome!: CourtDeadlineOutcome | null;
  completionNote!: string | null;
  note!: string | null;
  /** The case's documents attached to the event. */
  documentIds!: string[];
  /** A deadline past with nothing recorded. */
  passed!: boolean;
  createdAt!: string;
  version!: number;
}

export class CourtMatterView {
  id!: string;
  caseId!: string;
  kind!: CourtMatterKind;
  /** @example "上海市浦東新區人民法院" */
  court!: string;
  /** @example "(2026)滬0115民初12345號" */
  caseNumber!: string | null;
  /** Who brought it (the creditor, or the client for 更生 / 清算). @example "招商銀行信用卡中心" */
  claimant!: string | null;
  /** @example 5230000 */
  claimedFen!: number | null;
  currency!: Currency;
  status!: CourtMatterStatus;
  concludedOn!: string | null;
  note!: string | null;
  debtIds!: string[];
  events!: CourtEventView[];
  createdAt!: string;
  version!: number;
}

export class CreditorDemandView {
  id!: string;
  debtId!: string;
  caseId!: string;
  kind!: CreditorDemandKind;
  /** @example "2026-09-10" */
  receivedOn!: string;
  note!: string | null;
  createdAt!: string;
}

export class RiskReasonView {
  reason!: LitigationRiskReason;
  level!: LitigationRiskLevel;
  /** The day the reason speaks of (the Art. 196 line, the limitation period's end). */
  on!: string | null;
  /** The figure it was worked out from (days overdue, fen, notices). */
  figure!: number | null;
}

export class DebtRiskView {
  debtId!: string;
  creditorName!: string;
  currency!: Currency;
  creditorPractice!: CreditorLitigationPractice;
  level!: LitigationRiskLevel;
  reasons!: RiskReasonView[];
  /** The day the limitation period would end (3 years from the default or the last interruption). */
  limitationEndsOn!: string | null;
}

export class CaseLitigationRiskView {
  level!: LitigationRiskLevel;
  /** The firm's day it was worked out on. */
  asOf!: string;
  debts!: DebtRiskView[];
}

/** A case's court side at once: its matters with their events, the demands recorded, the risk. */
export class CaseCourtView {
  matters!: CourtMatterView[];
  demands!: CreditorDemandView[];
  risk!: CaseLitigationRiskView;
}

export class AgendaItemView {
  eventId!: string;
  matterId!: string;
  caseId!: string;
  /** @example "A-2026-0012" */
  caseReference!: string;
  clientName!: string;
  officerName!: string | null;
  kind!: CourtEventKind;
  matterKind!: CourtMatterKind;
  occursOn!: string;
  startsAt!: string | null;
  court!: string;
  room!: string | null;
  caseNumber!: string | null;
  /** A deadline past with nothing recorded. */
  passed!: boolean;
}

/** What is coming at court for the caller's cases (an officer's own, a manager's team, an admin's all). */
export class CourtAgendaView {
  /** The firm's day the agenda starts. */
  from!: string;
  to!: string;
  hearings!: AgendaItemView[];
  deadlines!: AgendaItemView[];
  /** Answer or appeal deadlines passed with nothing recorded. */
  passedDeadlines!: AgendaItemView[];
}

export class MattersByKindView {
  kind!: CourtMatterKind;
  open!: number;
  concluded!: number;
}

/** The managers' view: the team's sittings ahead, deadlines passed unrecorded, matters by kind. */
export class CourtReportView extends CourtAgendaView {
  mattersByKind!: MattersByKindView[];
}

export class CourtCalendarDayView {
  /** @example "2026-10-01" */
  day!: string;
  working!: boolean;
  /** @example "國慶日" */
  name!: string;
}

export class CalendarFeedView {
  active!: boolean;
  createdAt!: string | null;
  lastFetchedAt!: string | null;
  /** Officers' feeds hold their own cases; managers' their team's; admins' the firm's. */
  scope!: 'own' | 'team' | 'firm';
}

/** Shown once, when the feed is made: the address calendars subscribe to. */
export class CalendarFeedCreatedView extends CalendarFeedView {
  /** @example "https://accord.example/api/calendar-feeds/…/accord.ics" */
  url!: string;
}
