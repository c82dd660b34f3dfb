import { UsersTeamsAudit1764057600000 } from './1764057600000-users-teams-audit';
import { ClientsCreditorsCases1764144000000 } from './1764144000000-clients-creditors-cases';
import { CaseCreditorIndex1764230400000 } from './1764230400000-case-creditor-index';
import { CaseCounts1764316800000 } from './1764316800000-case-counts';
import { Documents1764403200000 } from './1764403200000-documents';
import { DocumentFiles1764489600000 } from './1764489600000-document-files';
import { UploadLinks1764576000000 } from './1764576000000-upload-links';
import { CaseReferenceFunction1764662400000 } from './1764662400000-case-reference-function';
import { CaseListIndexes1764748800000 } from './1764748800000-case-list-indexes';
import { FinancialStatements1764835200000 } from './1764835200000-financial-statements';
import { Contacts1764921600000 } from './1764921600000-contacts';
import { ProposalsPlans1765008000000 } from './1765008000000-proposals-plans';
import { Payments1765094400000 } from './1765094400000-payments';
import { PaymentProofs1765180800000 } from './1765180800000-payment-proofs';
import { Reminders1765267200000 } from './1765267200000-reminders';
import { WorkloadFigures1765353600000 } from './1765353600000-workload-figures';
import { OfficerWorkIndex1765440000000 } from './1765440000000-officer-work-index';
import { WorkloadSnapshots1765526400000 } from './1765526400000-workload-snapshots';
import { SignInFailures1765612800000 } from './1765612800000-sign-in-failures';
import { MaintenanceRuns1765785600000 } from './1765785600000-maintenance-runs';
import { CasePolicy1765872000000 } from './1765872000000-case-policy';
import { DebtCurrency1766044800000 } from './1766044800000-debt-currency';
import { HonestSavings1766131200000 } from './1766131200000-honest-savings';
import { StatementCurrency1766217600000 } from './1766217600000-statement-currency';
import { CaseSettings1766304000000 } from './1766304000000-case-settings';
import { CaseOutstandingOrder1766390400000 } from './1766390400000-case-outstanding-order';
import { PenaltyModel1766476800000 } from './1766476800000-penalty-model';
import { LivingMinimums1766563200000 } from './1766563200000-living-minimums';
import { PlanKindsPayments1766649600000 } from './1766649600000-plan-kinds-payments';
import { LprRates1766736000000 } from './1766736000000-lpr-rates';
import { NamedSql1766822400000 } from './1766822400000-named-sql';
import { OwnPassword1766908800000 } from './1766908800000-own-password';
import { SecondFactor1766995200000 } from './1766995200000-second-factor';
import { SecondFactorRequired1767081600000 } from './1767081600000-second-factor-required';
import { Sessions1767168000000 } from './1767168000000-sessions';
import { CreditRecord1767254400000 } from './1767254400000-credit-record';
import { Court1767340800000 } from './1767340800000-court';

/** Listed explicitly, in order: a glob would make TypeORM require() raw .ts files under Vitest. */
export const migrations = [
  UsersTeamsAudit1764057600000,
  ClientsCreditorsCases1764144000000,
  CaseCreditorIndex1764230400000,
  CaseCounts1764316800000,
  Documents1764403200000,
  DocumentFiles1764489600000,
  UploadLinks1764576000000,
  CaseReferenceFunction1764662400000,
  CaseListIndexes1764748800000,
  FinancialStatements1764835200000,
  Contacts1764921600000,
  ProposalsPlans1765008000000,
  Payments1765094400000,
  PaymentProofs1765180800000,
  Reminders1765267200000,
  WorkloadFigures1765353600000,
  OfficerWorkIndex1765440000000,
  WorkloadSnapshots1765526400000,
  SignInFailures1765612800000,
  MaintenanceRuns1765785600000,
  CasePolicy1765872000000,
  DebtCurrency1766044800000,
  HonestSavings1766131200000,
  StatementCurrency1766217600000,
  CaseSettings1766304000000,
  CaseOutstandingOrder1766390400000,
  PenaltyModel1766476800000,
  LivingMinimums1766563200000,
  PlanKindsPayments1766649600000,
  LprRates1766736000000,
  NamedSql1766822400000,
  OwnPassword1766908800000,
  SecondFactor1766995200000,
  SecondFactorRequired1767081600000,
  Sessions1767168000000,
  CreditRecord1767254400000,
  Court1767340800000,
];
