import type { ComponentType } from 'react';
import { CourtTab } from '../../court/CourtTab';
import { CreditRecordTab } from '../../credit-record/CreditRecordTab';
import { ContactsTab } from './ContactsTab';
import { DebtsTab } from './DebtsTab';
import { DocumentsTab } from './DocumentsTab';
import { FinancialStatementTab } from './FinancialStatementTab';
import { ProposalsTab } from './ProposalsTab';
import { RemindersTab } from './RemindersTab';
import { RepaymentTab } from './RepaymentTab';
import { TimelineTab } from './TimelineTab';

export interface CaseTab {
  /** The tab's address under the case page (/cases/:id/show/<path>); the first tab has none. */
  path: string;
  /** Message key of the tab's label. */
  label: string;
  component: ComponentType;
}

/**
 * The case page's tabs, in order. A feature that adds a tab (documents, contacts, proposals, the plan)
 * writes one component and adds one line here.
 */
export const CASE_TABS: readonly CaseTab[] = [
  { path: '', label: 'accord.cases.tabs.debts', component: DebtsTab },
  { path: 'documents', label: 'accord.cases.tabs.documents', component: DocumentsTab },
  { path: 'statement', label: 'accord.cases.tabs.statement', component: FinancialStatementTab },
  { path: 'contacts', label: 'accord.cases.tabs.contacts', component: ContactsTab },
  { path: 'proposals', label: 'accord.cases.tabs.proposals', component: ProposalsTab },
  { path: 'repayment', label: 'accord.cases.tabs.repayment', component: RepaymentTab },
  { path: 'credit-record', label: 'accord.cases.tabs.credit_record', component: CreditRecordTab },
  { path: 'court', label: 'accord.cases.tabs.court', component: CourtTab },
  { path: 'reminders', label: 'accord.cases.tabs.reminders', component: RemindersTab },
  { path: 'timeline', label: 'accord.cases.tabs.timeline', component: TimelineTab },
];
