import type { Schema } from '../../providers/api';

/** A case as lists show it. */
export type CaseListRecord = Schema<'CaseListItem'>;

/** What `GET /cases/:id` adds to the list item: its client, debts, full totals and the moves it may make. */
type CaseDetailOnly = Omit<Schema<'CaseDetail'>, keyof CaseListRecord>;

/**
 * The case page's record: the case as `GET /cases/:id` answers it. Until the page's own read arrives,
 * React-admin may show the list's copy, without what the page adds: read those guardedly.
 */
export type CaseRecord = Omit<CaseListRecord, 'totalsByCurrency'> &
  Partial<CaseDetailOnly> & {
    totalsByCurrency: CaseListRecord['totalsByCurrency'] | Schema<'CaseDetail'>['totalsByCurrency'];
  };
