import type {
  CaseMoneyTotals,
  CaseOutcome,
  CaseStage,
  CurrencyTotals,
  LitigationRisk,
  OverdueReason,
} from '@accord/contracts';
import type { DebtRecord } from '../debts/debt';

/** A case as lists show it. */
export interface CaseListRecord {
  id: string;
  reference: string;
  clientId: string;
  clientName: string | null;
  officerId: string;
  officerName: string | null;
  stage: CaseStage;
  outcome: CaseOutcome | null;
  overdueReason: OverdueReason;
  litigationRisk: LitigationRisk;
  openedOn: string;
  closedOn: string | null;
  totalOutstandingFen: number;
  totalOverdueFen: number;
  /** What is owed per currency; shown instead of totalOutstandingFen, which only orders the list. */
  totalsByCurrency: CurrencyTotals[];
  earliestOverdueSince: string | null;
  maxDaysOverdue: number;
  openDebtCount: number;
  lastActivityAt: string;
  version: number;
}

/**
 * The case page's record: the list item with its client, debts, totals and the moves it may make. Until
 * the page's own read arrives, React-admin may show the list's copy, without these: read them guardedly.
 */
export interface CaseRecord extends CaseListRecord {
  closingNote?: string | null;
  /** The stage a closed case was closed from: the steps after it were never reached. */
  closedFrom?: CaseStage | null;
  overdueReasonText?: string | null;
  client?: {
    id: string;
    fullName: string;
    idNumberMasked: string;
    phoneMasked: string | null;
    consentAt: string | null;
  } | null;
  debts?: DebtRecord[];
  /** The client withdrew consent (PIPL): all work stops but closing and exporting their data. */
  consentWithdrawn?: boolean;
  totalsByCurrency: CurrencyTotals[] | CaseMoneyTotals[];
  allowedMoves?: CaseStage[];
}
