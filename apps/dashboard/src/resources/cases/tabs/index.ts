import type { ComponentType } from 'react';
import { DebtsTab } from './DebtsTab';
import { DocumentsTab } from './DocumentsTab';
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
  { path: 'timeline', label: 'accord.cases.tabs.timeline', component: TimelineTab },
];
